using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Plans;

/// <summary>Query.plans and Query.plan.</summary>
public static class PlanQueries
{
    public static void Add(ObjectGraphType query, ApiLimitsOptions limits)
    {
        query.AddNodeList<PlanType, PlanFilterInputType, PlanOrderFieldEnum>("plans", Labels.Plan,
                "Plans, optionally of one level and region; 'where' adds any other condition.", limits,
                c =>
                {
                    var conditions = new List<NodeFilter>();
                    if (c.GetArgument<string?>("level") is { } level) conditions.Add(new NodeFilter.PropertyEquals("level", level));
                    if (c.GetArgument<string?>("region") is { } region) conditions.Add(new NodeFilter.PropertyEquals("region", region));
                    return conditions;
                },
                field => field
                    .Argument<PlanLevelEnum>("level", "Only plans of this level.")
                    .Argument<StringGraphType>("region", "Only plans of this region, exactly as named (长春市)."));

        query.Field<PlanType>("plan").Description("The plan with this id; null when no plan has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A plan id (plan_…).")
            .Resolve(c => NodeQueries.LoadLabelled(c, c.GetArgument<string>("id"), Labels.Plan));
    }
}
