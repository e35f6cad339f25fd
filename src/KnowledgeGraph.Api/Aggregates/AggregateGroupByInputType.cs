using GraphQL.Types;
using KnowledgeGraph.Api.Common;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class AggregateGroupByInputType : InputObjectGraphType
{
    public AggregateGroupByInputType()
    {
        Name = "AggregateGroupBy";
        Description = "A grouping for Query.aggregate.";
        Field<NonNullGraphType<AggregateDimensionEnum>>("dimension").Description("What to group by.");
        Field<StringGraphType>("property").Description("For PROPERTY: the node property (camelCase, as in the schema). For NEIGHBOUR: the neighbour's property (default name).");
        Field<RelationshipTypeEnum>("relationship").Description("For NEIGHBOUR: the relationship to the neighbour.");
        Field<LinkDirectionEnum>("direction").Description("For NEIGHBOUR: OUTGOING (default) when the relationship starts at the counted node, INCOMING when it ends there.");
    }
}
