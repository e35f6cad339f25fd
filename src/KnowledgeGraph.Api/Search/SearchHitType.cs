using GraphQL.Types;
using KnowledgeGraph.Api.Common;

namespace KnowledgeGraph.Api.Search;

public sealed class SearchHitType : ObjectGraphType<SearchEdge>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A node matching a search, with where and how well it matched.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position of this hit; pass it as 'after' to continue after it.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The matching node.")
            .Resolve(c => c.Source.Hit.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance: higher is better; only comparable within one search.")
            .Resolve(c => c.Source.Hit.Score);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The property that matched (name, title, text, description, quote…).")
            .Resolve(c => c.Source.Hit.Field);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("Up to about 80 characters around the first match, each match wrapped in <em>…</em>.")
            .Resolve(c => c.Source.Hit.Snippet);
    }
}
