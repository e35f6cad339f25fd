using GraphQL.Types;
using KnowledgeGraph.Api.Common;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class AggregateResultType : ObjectGraphType<AggregateResult>
{
    public AggregateResultType()
    {
        Name = "AggregateResult";
        Description = "Counts of one label's nodes per group, largest group first (ties by key).";
        Field<NonNullGraphType<NodeLabelEnum>>("label").Description("The label counted.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<StringGraphType>>("groupedBy").Description("The grouping, spelled out (e.g. plan.level, property attribute, LOCATED_IN→Place.name).")
            .Resolve(c => c.Source.GroupedBy);
        Field<NonNullGraphType<IntGraphType>>("total").Description("How many nodes matched the filter.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AggregateBucketType>>>>("buckets").Description("The groups.")
            .Resolve(c => c.Source.Buckets);
    }
}
