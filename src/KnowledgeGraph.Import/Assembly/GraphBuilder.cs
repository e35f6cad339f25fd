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
    private readonly Dictionary<(string, string, string), int> _edgeIndex = [];
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
        var key = (type, from, to);
        if (_edgeIndex.ContainsKey(key)) return;
        _edgeIndex[key] = _edges.Count;
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
        var nodes = _nodes.Select((n, i) => (n, i)).OrderBy(x => Labels.OrderOf(x.n.Label)).ThenBy(x => x.i).Select(x => x.n).ToList();
        var edges = _edges.Select((e, i) => (e, i)).OrderBy(x => RelationshipTypes.OrderOf(x.e.Type)).ThenBy(x => x.i).Select(x => x.e).ToList();
        return new GraphSnapshot(nodes, edges);
    }
}
