using GraphQL;
using KnowledgeGraph.Api.Common.Filtering;
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
            var where = FilterCombinations.All(first.Where is null ? [byPlan] : [byPlan, first.Where])!;
            var nodes = await ReadAllAsync(new NodeQuery(first.Label, where, first.OrderBy), planIds.Count, cap, cancellationToken).ConfigureAwait(false);
            var nodesByPlan = nodes.GroupBy(n => n.Props.GetString(PlanIdProperty) ?? "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<GraphNode>)g.ToList(), StringComparer.Ordinal);
            foreach (var key in shape)
            {
                found[key] = nodesByPlan.TryGetValue(key.PlanId, out var ofPlan) ? ofPlan : [];
            }
        }
        return found;
    }

    /// <summary>Reads every match in store-sized pages, refusing up front when there are more than the cap.</summary>
    private async Task<List<GraphNode>> ReadAllAsync(NodeQuery query, int planCount, int cap, CancellationToken cancellationToken)
    {
        var nodes = new List<GraphNode>();
        var pageSize = Math.Min(StoreLimits.MaxPageSize, cap);
        while (true)
        {
            var page = await store.FindNodesAsync(query with { First = pageSize, Offset = nodes.Count }, cancellationToken).ConfigureAwait(false);
            if (page.TotalCount > cap)
            {
                throw new ExecutionError(
                    $"The {planCount} plan(s) on this page hold {page.TotalCount} {query.Label} nodes together, more than the {cap} one request may read; " +
                    "ask for fewer plans per page, or page through the top-level field with a plan filter.")
                { Code = "BATCH_TOO_LARGE" };
            }
            nodes.AddRange(page.Nodes);
            if (page.Nodes.Count == 0 || nodes.Count >= page.TotalCount) return nodes;
        }
    }

    protected override IReadOnlyList<GraphNode> ValueForMissing(PlanScope key) => [];
}
