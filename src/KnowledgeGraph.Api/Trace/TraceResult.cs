namespace KnowledgeGraph.Api.Trace;

/// <param name="Steps">Every step, breadth first (the start, then depth 1, …), each level in the children's order.</param>
/// <param name="Truncated">True when the node limit stopped the trace before it reached <c>maxDepth</c>.</param>
/// <param name="MoreBeyondMaxDepth">True when the deepest nodes have further links that a larger maxDepth would follow.</param>
public sealed record TraceResult(
    TraceStep Root,
    IReadOnlyList<TraceStep> Steps,
    TraceDirection Direction,
    int MaxDepth,
    bool Truncated,
    string? TruncationReason,
    bool MoreBeyondMaxDepth)
{
    /// <summary>For a targeted trace: the paths to the nodes matching the target, shortest first; null otherwise.</summary>
    public IReadOnlyList<TracePath>? Paths { get; init; }

    /// <summary>For a targeted trace: how many nodes the search visited (a node counts again per waypoint progress).</summary>
    public int? NodesSearched { get; init; }
}
