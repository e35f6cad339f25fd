using GraphQL.Types;
using KnowledgeGraph.Api.Common;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class RelationshipCountType : ObjectGraphType<NamedCount>
{
    public RelationshipCountType()
    {
        Name = "RelationshipCount";
        Description = "How many relationships have a type.";
        Field<NonNullGraphType<RelationshipTypeEnum>>("type").Description("The relationship type.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many relationships.").Resolve(c => c.Source.Count);
    }
}
