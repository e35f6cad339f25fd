using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// Every relationship of one node, split by type and direction, each list in graph order. Built
/// once per node and version and then only read, so requests share it without locks.
/// </summary>
public sealed class NodeLinks
{
    private static readonly Dictionary<string, int> TypeIndex =
        RelationshipTypes.All.Select((type, index) => (type, index)).ToDictionary(p => p.type, p => p.index, StringComparer.Ordinal);

    private readonly GraphEdge[]?[] _outgoing = new GraphEdge[]?[RelationshipTypes.All.Count];
    private readonly GraphEdge[]?[] _incoming = new GraphEdge[]?[RelationshipTypes.All.Count];

    /// <param name="outgoing">Relationships starting at the node, in graph order.</param>
    /// <param name="incoming">Relationships ending at the node, in graph order.</param>
    public NodeLinks(IEnumerable<GraphEdge> outgoing, IEnumerable<GraphEdge> incoming)
    {
        Fill(_outgoing, outgoing);
        Fill(_incoming, incoming);
    }

    /// <summary>The relationships of a type with the node at the given end (<see cref="EdgeDirection.Outgoing"/>: its start).</summary>
    public IReadOnlyList<GraphEdge> Of(string type, EdgeDirection direction)
    {
        if (direction == EdgeDirection.Both) throw new ArgumentException("ask for outgoing and incoming relationships apart", nameof(direction));
        return TypeIndex.TryGetValue(type, out var index) ? (direction == EdgeDirection.Outgoing ? _outgoing : _incoming)[index] ?? [] : [];
    }

    private static void Fill(GraphEdge[]?[] slots, IEnumerable<GraphEdge> edges)
    {
        foreach (var group in edges.GroupBy(e => e.Type, StringComparer.Ordinal))
        {
            // The store only holds the contract's types; anything else could not be asked for by type anyway.
            if (TypeIndex.TryGetValue(group.Key, out var index)) slots[index] = group.ToArray();
        }
    }
}
