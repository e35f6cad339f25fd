namespace KnowledgeGraph.Graph;

/// <summary>
/// A whole graph as the importer built it: nodes in label order, then relationships in type
/// order, each group in the deterministic order the importer produced it.
/// </summary>
public sealed record GraphSnapshot(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static readonly GraphSnapshot Empty = new([], []);

    /// <summary>
    /// Where each relationship's ends stand in <see cref="Nodes"/> (parallel to <see cref="Edges"/>),
    /// when whoever built the snapshot knows them. A hint, never trusted: a store checks each
    /// position by comparing one node's id, which is far cheaper than finding the id among a
    /// million, and looks the id up when the hint is absent or wrong.
    /// </summary>
    public (int From, int To)[]? EndPositions { get; init; }
}
