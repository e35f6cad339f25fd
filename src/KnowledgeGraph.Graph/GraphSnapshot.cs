namespace KnowledgeGraph.Graph;

/// <summary>
/// A whole graph as the importer built it: nodes in label order, then relationships in type
/// order, each group in the deterministic order the importer produced it.
/// </summary>
public sealed record GraphSnapshot(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static readonly GraphSnapshot Empty = new([], []);
}
