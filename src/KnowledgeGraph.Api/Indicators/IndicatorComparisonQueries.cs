using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Indicators;

/// <summary>Query.compareIndicator.</summary>
public static class IndicatorComparisonQueries
{
    private const int MaxCandidates = 10;

    public static void Add(ObjectGraphType query, ApiLimitsOptions limits)
    {
        query.Field<IndicatorComparisonType>("compareIndicator")
            .Description("One indicator's goals in every plan, by level (province → city → district/zone): baseline, target, growth, unit, attribute. Give the indicator's id or its name; null when no indicator matches.")
            .Argument<IdGraphType>("indicator", "The indicator's id (ind_…).")
            .Argument<StringGraphType>("name", "The indicator's name: an exact name, or a part of exactly one indicator's name.")
            .ResolveAsync(async context =>
            {
                var store = context.Store();
                var indicator = await FindIndicatorAsync(store, context.GetArgument<string?>("indicator"), context.GetArgument<string?>("name"), context.CancellationToken).ConfigureAwait(false);
                return indicator is null ? null : await CompareAsync(store, indicator, context.CancellationToken).ConfigureAwait(false);
            });
    }

    private static async Task<GraphNode?> FindIndicatorAsync(IGraphStore store, string? id, string? name, CancellationToken cancellationToken)
    {
        if ((id is null) == (name is null))
        {
            throw new ExecutionError("Give exactly one of 'indicator' (an id) and 'name'.") { Code = "BAD_ARGUMENTS" };
        }
        if (id is not null)
        {
            return (await store.GetNodesAsync([id], cancellationToken).ConfigureAwait(false)).FirstOrDefault(n => n.Label == Labels.Indicator);
        }
        var text = name!.Trim();
        var exact = await store.FindNodesAsync(new NodeQuery(Labels.Indicator, new NodeFilter.PropertyEquals("name", text), First: 1), cancellationToken).ConfigureAwait(false);
        if (exact.Nodes.Count > 0) return exact.Nodes[0];
        var partial = await store.FindNodesAsync(
            new NodeQuery(Labels.Indicator, new NodeFilter.PropertyContains("name", text), [new NodeOrder("name")], MaxCandidates), cancellationToken).ConfigureAwait(false);
        if (partial.TotalCount > 1)
        {
            var names = string.Join("、", partial.Nodes.Select(n => n.Props.GetString("name")));
            throw new ExecutionError($"'{text}' is part of {partial.TotalCount} indicator names ({names}{(partial.TotalCount > partial.Nodes.Count ? "…" : "")}); give the full name or the id.")
            {
                Code = "AMBIGUOUS_INDICATOR",
            };
        }
        return partial.Nodes.FirstOrDefault();
    }

    private static async Task<IndicatorComparison> CompareAsync(IGraphStore store, GraphNode indicator, CancellationToken cancellationToken)
    {
        var edges = await store.GetEdgesAsync(new EdgeQuery([indicator.Id], EdgeDirection.Incoming, [RelationshipTypes.Measures]), cancellationToken).ConfigureAwait(false);
        var goals = await store.GetNodesAsync(edges.Select(e => e.From).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var planIds = goals.Select(g => g.Props.GetString("planId")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var plans = (await store.GetNodesAsync(planIds, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var rows = goals
            .Select(g => new IndicatorComparisonRow(g, g.Props.GetString("planId") is { } pid && plans.TryGetValue(pid, out var p) ? p : null))
            .OrderBy(r => r.Plan?.Props.GetString("level") is { } level ? PlanLevels.Rank(level) : int.MaxValue)
            .ThenBy(r => r.Plan?.Props.GetString("region") ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Plan?.Props.GetString("title") ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Goal.Provenance.File, StringComparer.Ordinal)
            .ThenBy(r => r.Goal.Provenance.LineStart)
            .ThenBy(r => r.Goal.Id, StringComparer.Ordinal)
            .ToList();
        return new IndicatorComparison(indicator, rows);
    }
}
