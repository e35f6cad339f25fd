using GraphQL.Types;
using KnowledgeGraph.Api.Common.Connections;

namespace KnowledgeGraph.Api.Search;

public sealed class SearchConnectionType : ObjectGraphType<Connection<SearchEdge>>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A page of search hits, best first (Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("edges").Description("The hits of this page, best first.")
            .Resolve(c => c.Source.Edges)
            .FieldType.Inner();
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the list of hits.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many nodes match in all.")
            .Resolve(c => c.Source.TotalCount);
    }
}
