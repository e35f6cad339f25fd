using System.Runtime.InteropServices;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Assembly;

/// <summary>
/// Collects nodes and relationships in the order they are added. A node added twice keeps its
/// first provenance and gains the properties it did not have; a relationship added twice keeps
/// the first. The snapshot lists nodes by label and relationships by type, each in that order.
/// </summary>
internal sealed class GraphBuilder
{
    // Every id seen, as a node or as a relationship's end, gets a number: a relationship's key is
    // then three integers. Hashing the three strings of each key took a twentieth of the link
    // phase at 100× (a million relationships), on the thread that assembles beside the linkers.
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<int> _nodeOfCode = []; // node index, or -1 for an id seen only as an end so far
    private readonly Dictionary<string, int> _typeCodes = new(StringComparer.Ordinal);
    private readonly List<GraphNode> _nodes = [];
    private readonly HashSet<(int Type, int From, int To)> _edgeKeys = [];
    private readonly List<GraphEdge> _edges = [];
    private readonly List<(int From, int To)> _edgeEnds = [];

    public bool HasNode(string id) => _codes.TryGetValue(id, out var code) && _nodeOfCode[code] >= 0;

    public void AddNode(string id, string label, Props props, Provenance provenance)
    {
        var code = CodeOf(id);
        var index = _nodeOfCode[code];
        if (index >= 0)
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
        _nodeOfCode[code] = _nodes.Count;
        _nodes.Add(new GraphNode(id, label, props, provenance));
    }

    public void AddEdge(string type, string from, string to, Provenance provenance, Props? props = null)
    {
        var ends = (From: CodeOf(from), To: CodeOf(to));
        ref var typeCode = ref CollectionsMarshal.GetValueRefOrAddDefault(_typeCodes, type, out var knownType);
        if (!knownType) typeCode = _typeCodes.Count - 1;
        if (!_edgeKeys.Add((typeCode, ends.From, ends.To))) return;
        _edges.Add(new GraphEdge(type, from, to, props ?? Props.Empty, provenance));
        _edgeEnds.Add(ends);
    }

    /// <summary>The graph, checked: every relationship must join two nodes of the graph.</summary>
    public GraphSnapshot Build()
    {
        for (var i = 0; i < _edges.Count; i++)
        {
            if (_nodeOfCode[_edgeEnds[i].From] < 0 || _nodeOfCode[_edgeEnds[i].To] < 0)
            {
                var edge = _edges[i];
                throw new InvalidOperationException($"{edge.Type} {edge.From} → {edge.To} joins a node the graph does not have");
            }
        }
        return new GraphSnapshot(ByOrder(_nodes, n => Labels.OrderOf(n.Label)), ByOrder(_edges, e => RelationshipTypes.OrderOf(e.Type)));
    }

    private int CodeOf(string id)
    {
        ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(_codes, id, out var seen);
        if (!seen)
        {
            code = _nodeOfCode.Count;
            _nodeOfCode.Add(-1);
        }
        return code;
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
