using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Assembly;

/// <summary>
/// Collects nodes and relationships in the order they are added. A node added twice keeps its
/// first provenance and gains the properties it did not have; a relationship added twice keeps
/// the first. The snapshot lists nodes by label and relationships by type, each in that order.
/// </summary>
internal sealed class GraphBuilder
{
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly List<GraphNode> _nodes = [];
    private readonly HashSet<(string, string, string)> _edgeKeys = [];
    private readonly List<GraphEdge> _edges = [];

    public bool HasNode(string id) => _nodeIndex.ContainsKey(id);

    public void AddNode(string id, string label, Props props, Provenance provenance)
    {
        if (_nodeIndex.TryGetValue(id, out var index))
        {
            var existing = _nodes[index];
            if (existing.Label != label) throw new InvalidOperationException($"node {id} is both {existing.Label} and {label}");
            var merged = existing.Props;
            foreach (var (key, value) in props)
            {
                if (!merged.ContainsKey(key)) merged = merged.With(key, value);
            }
            if (!ReferenceEquals(merged, existing.Props)) _nodes[index] = existing with { Props = merged };
            return;
        }
        _nodeIndex[id] = _nodes.Count;
        _nodes.Add(new GraphNode(id, label, props, provenance));
    }

    public void AddEdge(string type, string from, string to, Provenance provenance, Props? props = null)
    {
        if (!_edgeKeys.Add((type, from, to))) return;
        _edges.Add(new GraphEdge(type, from, to, props ?? Props.Empty, provenance));
    }

    /// <summary>The graph, checked: every relationship must join two nodes of the graph.</summary>
    public GraphSnapshot Build()
    {
        foreach (var edge in _edges)
        {
            if (!_nodeIndex.ContainsKey(edge.From) || !_nodeIndex.ContainsKey(edge.To))
            {
                throw new InvalidOperationException($"{edge.Type} {edge.From} → {edge.To} joins a node the graph does not have");
            }
        }
        return new GraphSnapshot(ByOrder(_nodes, n => Labels.OrderOf(n.Label)), ByOrder(_edges, e => RelationshipTypes.OrderOf(e.Type)));
    }

    /// <summary>The items grouped by their label's (or type's) place in the vocabulary, each group in the order added.</summary>
    private static List<T> ByOrder<T>(List<T> items, Func<T, int> orderOf)
    {
        var orders = new int[items.Count];
        var max = 0;
        for (var i = 0; i < items.Count; i++) max = Math.Max(max, orders[i] = orderOf(items[i]));
        var buckets = new List<T>[max + 1];
        for (var i = 0; i < items.Count; i++) (buckets[orders[i]] ??= []).Add(items[i]);
        var result = new List<T>(items.Count);
        foreach (var bucket in buckets)
        {
            if (bucket is not null) result.AddRange(bucket);
        }
        return result;
    }
}
