using GraphQL;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// All nodes of a label belonging to each plan of a batch (its goals, projects, columns…), one
/// store query per filter shape whatever the number of plans. Pages are cut in memory, so the
/// batch is capped by <see cref="ApiLimitsOptions.MaxBatchNodes"/>.
/// </summary>
public sealed class NodesByPlanDataLoader(IGraphStore store, IOptions<ApiLimitsOptions> options)
    : BatchLoader<PlanScope, IReadOnlyList<GraphNode>>
{
    public const string PlanIdProperty = "planId";

    protected override async Task<IReadOnlyDictionary<PlanScope, IReadOnlyList<GraphNode>>> FetchAsync(IReadOnlyList<PlanScope> keys, CancellationToken cancellationToken)
    {
        var cap = options.Value.MaxBatchNodes;
        var found = new Dictionary<PlanScope, IReadOnlyList<GraphNode>>();
        foreach (var shape in keys.GroupBy(k => k.Shape, StringComparer.Ordinal))
        {
            var first = shape.First();
            var planIds = shape.Select(k => k.PlanId).Distinct(StringComparer.Ordinal).ToList();
            NodeFilter byPlan = new NodeFilter.PropertyIn(PlanIdProperty, planIds.ConvertAll(id => (object)id));
            var where = first.Where is null ? byPlan : new NodeFilter.And([byPlan, first.Where]);
            var page = await store.FindNodesAsync(new NodeQuery(first.Label, where, first.OrderBy, cap + 1, 0), cancellationToken).ConfigureAwait(false);
            if (page.Nodes.Count > cap)
            {
                throw new ExecutionError(
                    $"The {planIds.Count} plan(s) on this page hold more than {cap} {first.Label} nodes together; " +
                    $"ask for fewer plans per page, or page through the top-level field with a plan filter.")
                { Code = "BATCH_TOO_LARGE" };
            }
            var byPlan2 = page.Nodes.GroupBy(n => n.Props.GetString(PlanIdProperty) ?? "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<GraphNode>)g.ToList(), StringComparer.Ordinal);
            foreach (var key in shape)
            {
                found[key] = byPlan2.TryGetValue(key.PlanId, out var nodes) ? nodes : [];
            }
        }
        return found;
    }

    protected override IReadOnlyList<GraphNode> ValueForMissing(PlanScope key) => [];
}
