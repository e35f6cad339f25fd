using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Trace;

/// <summary>
/// A node reached by a trace and how: the link from its parent step (null for the start), whether
/// that link points from parent to child (<see cref="Outgoing"/>), and the steps reached from it.
/// </summary>
public sealed class TraceStep(GraphNode node, int depth, TraceStep? parent, GraphEdge? link, bool outgoing)
{
    public GraphNode Node { get; } = node;
    public int Depth { get; } = depth;
    public TraceStep? Parent { get; } = parent;
    public GraphEdge? Link { get; } = link;
    public bool Outgoing { get; } = outgoing;
    public List<TraceStep> Children { get; } = [];
}
