using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class AggregateBucketType : ObjectGraphType<Bucket>
{
    public AggregateBucketType()
    {
        Name = "AggregateBucket";
        Description = "One group of counted nodes.";
        Field<StringGraphType>("key").Description("The grouped value (a plan id for PLAN); null for nodes without one.")
            .Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many nodes fall in this group.")
            .Resolve(c => c.Source.Count);
        Field<PlanType>("plan").Description("When grouped by PLAN: the plan whose id is the key.")
            .Resolve(c => c.Source is { KeyIsPlanId: true, Key: { } id } ? c.NodeLoader().Load(id) : DataLoaderResultExtensions.Done<GraphNode?>(null));
        Field<ListGraphType<NonNullGraphType<AggregateBucketType>>>("buckets").Description("The second-level groups of this group, when 'thenBy' was given.")
            .Resolve(c => c.Source.Buckets);
    }
}
