using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class PlanStatisticsType : ObjectGraphType<PlanStatistics>
{
    public PlanStatisticsType()
    {
        Name = "PlanStatistics";
        Description = "How many nodes of each label belong to one plan.";
        Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan's id.").Resolve(c => c.Source.PlanId);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The plan's title.").Resolve(c => c.Source.Title);
        Field<PlanType>("plan").Description("The plan.").Resolve(c => c.NodeLoader().Load(c.Source.PlanId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabelCountType>>>>("nodesByLabel")
            .Description("Node counts per label, every label listed (zero when absent), in schema order.")
            .Resolve(c => GraphStatisticsType.Counts(Labels.All, c.Source.NodesByLabel));
    }
}
