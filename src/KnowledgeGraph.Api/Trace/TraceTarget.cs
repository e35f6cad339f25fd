using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Trace;

/// <summary>
/// Which nodes a targeted trace looks for (<c>to</c>) or must pass (<c>through</c>): every given
/// condition holds. <see cref="PlanLevel"/> and <see cref="PlanRegion"/> are those of the node's
/// plan (a plan's own for a plan); nodes outside plans (places, strategies, indicators…) have none.
/// </summary>
public sealed record TraceTarget(string? Label, string? PlanLevel, string? PlanRegion, IReadOnlyList<string>? Ids)
{
    public bool IsEmpty => Label is null && PlanLevel is null && PlanRegion is null && Ids is null;

    public bool NeedsPlan => PlanLevel is not null || PlanRegion is not null;

    /// <param name="plan">The node's plan (the node itself for a plan); null when it has none.</param>
    public bool Matches(GraphNode node, GraphNode? plan) =>
        (Label is null || node.Label == Label)
        && (Ids is null || Ids.Contains(node.Id, StringComparer.Ordinal))
        && (PlanLevel is null || plan?.Props.GetString("level") == PlanLevel)
        && (PlanRegion is null || plan?.Props.GetString("region") == PlanRegion);

    /// <summary>The id of a node's plan: its own for a plan, else its <c>planId</c>.</summary>
    public static string? PlanIdOf(GraphNode node) =>
        node.Label == Labels.Plan ? node.Id : node.Props.GetString(NodesByPlanDataLoader.PlanIdProperty);

    public override string ToString() => string.Join(", ", new[]
    {
        Label is null ? null : $"label {Label}",
        PlanLevel is null ? null : $"plan level {PlanLevel}",
        PlanRegion is null ? null : $"plan region {PlanRegion}",
        Ids is null ? null : $"{Ids.Count} id(s)",
    }.OfType<string>());
}
