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
    // Each id is kept as one string (its first), which the nodes and relationships then share:
    // a store can check a relationship's end against its node by reference.
    private readonly Dictionary<string, int> _codes;
    private readonly List<string> _idOfCode;
    private readonly List<int> _nodeOfCode; // node index, or -1 for an id seen only as an end so far
    private readonly Dictionary<string, int> _typeCodes = new(StringComparer.Ordinal);
    private readonly List<string> _typeNames = [];
    private readonly List<GraphNode> _nodes;
    // A relationship's key (type, from, to) packed in one number, in the order added. A second
    // relationship with the key of an earlier one is dropped when the graph is built, the keys
    // grouped by where they start: a hash set checking each as it came was a third of the link
    // phase's tail at 100× (1.3 µs per relationship, most of it cache misses and the set's regrowth).
    private readonly ChunkedList<long> _edgeKeys = new();
    private readonly ChunkedList<(Props Props, Provenance Provenance)> _edges = new();
    // Relationships repeat a few sets of properties (SUPPORTS: a dozen over 85,000 relationships at
    // 100×): the graph keeps one instance of each, which the garbage collector then moves and marks
    // once, and a store serialises once.
    private readonly Dictionary<Props, Props> _edgeProps = new(PropsContentComparer.Instance);
    // The last id looked up at each end, by reference: a section's mentions, a plan's sections and
    // a goal's links come one after another from one source, and a shared target's id is one
    // string. A lookup among 300,000 ids at 100× is a cache miss or two (the table, then the key).
    private (string? Id, int Code) _lastFrom, _lastTo;

    // Per file whose lines were not read one for one (an HTML table's rows): the file's line of each line read.
    private readonly IReadOnlyDictionary<string, IReadOnlyList<int>>? _fileLines;

    public GraphBuilder(int expectedNodes = 0, IReadOnlyDictionary<string, IReadOnlyList<int>>? fileLines = null)
    {
        _fileLines = fileLines is { Count: > 0 } ? fileLines : null;
        _codes = new Dictionary<string, int>(expectedNodes, StringComparer.Ordinal);
        _idOfCode = new List<string>(expectedNodes);
        _nodeOfCode = new List<int>(expectedNodes);
        _nodes = new List<GraphNode>(expectedNodes);
    }

    public bool HasNode(string id) => _codes.TryGetValue(id, out var code) && _nodeOfCode[code] >= 0;

    /// <summary>The provenance with the file's own line numbers, for a file read with its lines renumbered.</summary>
    private Provenance InFile(Provenance provenance) =>
        _fileLines is not null && _fileLines.TryGetValue(provenance.File, out var numbers) && provenance.LineEnd <= numbers.Count
            ? provenance with { LineStart = numbers[provenance.LineStart - 1], LineEnd = numbers[provenance.LineEnd - 1] }
            : provenance;

    public void AddNode(string id, string label, Props props, Provenance provenance)
    {
        provenance = InFile(provenance);
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
        _nodes.Add(new GraphNode(_idOfCode[code], label, props, provenance));
    }

    public void AddEdge(string type, string from, string to, Provenance provenance, Props? props = null)
    {
        provenance = InFile(provenance);
        var (fromCode, toCode) = (CodeOf(from, ref _lastFrom), CodeOf(to, ref _lastTo));
        ref var typeCode = ref CollectionsMarshal.GetValueRefOrAddDefault(_typeCodes, type, out var knownType);
        if (!knownType)
        {
            typeCode = _typeCodes.Count - 1;
            _typeNames.Add(type);
        }
        if (typeCode >= EdgeKey.MaxTypes || _idOfCode.Count > EdgeKey.MaxEnds)
        {
            throw new InvalidOperationException($"a graph holds at most {EdgeKey.MaxEnds:N0} ids and {EdgeKey.MaxTypes} relationship types");
        }
        _edgeKeys.Add(EdgeKey.Of(typeCode, fromCode, toCode));
        _edges.Add((Shared(props), provenance));
    }

    private Props Shared(Props? props)
    {
        if (props is null || props.Count == 0) return Props.Empty;
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(_edgeProps, props, out var known);
        if (!known) shared = props;
        return shared!;
    }

    /// <summary>
    /// The graph, checked: every relationship must join two nodes of the graph. It carries where
    /// each relationship's ends stand among its nodes, which spares a store a million id lookups.
    /// </summary>
    public GraphSnapshot Build()
    {
        var kept = FirstOfEachKey();
        var keys = _edgeKeys;
        foreach (var i in kept)
        {
            var key = keys[i];
            if (_nodeOfCode[EdgeKey.From(key)] < 0 || _nodeOfCode[EdgeKey.To(key)] < 0)
            {
                throw new InvalidOperationException(
                    $"{_typeNames[EdgeKey.Type(key)]} {_idOfCode[EdgeKey.From(key)]} → {_idOfCode[EdgeKey.To(key)]} joins a node the graph does not have");
            }
        }
        var nodeOrder = ByOrder(_nodes.Count, i => Labels.OrderOf(_nodes[i].Label));
        var typeOrder = _typeNames.ConvertAll(RelationshipTypes.OrderOf);
        var edgeOrder = ByOrder(kept.Length, i => typeOrder[EdgeKey.Type(keys[kept[i]])]);
        var positionOfNode = new int[_nodes.Count];
        for (var position = 0; position < nodeOrder.Length; position++) positionOfNode[nodeOrder[position]] = position;
        var edges = new AssembledEdge[edgeOrder.Length];
        var ends = new (int From, int To)[edgeOrder.Length];
        for (var position = 0; position < edgeOrder.Length; position++)
        {
            var i = kept[edgeOrder[position]];
            var key = keys[i];
            var (props, provenance) = _edges[i];
            edges[position] = new AssembledEdge(key, props, provenance);
            ends[position] = (positionOfNode[_nodeOfCode[EdgeKey.From(key)]], positionOfNode[_nodeOfCode[EdgeKey.To(key)]]);
        }
        var nodes = new List<GraphNode>(nodeOrder.Length);
        foreach (var i in nodeOrder) nodes.Add(_nodes[i]);
        return new GraphSnapshot(nodes, new AssembledEdges(_typeNames.ToArray(), _idOfCode.ToArray(), edges)) { EndPositions = ends };
    }

    /// <summary>The relationships (indexes in the order added) without those whose key an earlier one has.</summary>
    private int[] FirstOfEachKey()
    {
        // Grouped by where they start (a counting sort, each group in the order added), equal keys
        // can only meet within a group, and most groups hold a few relationships.
        var keys = _edgeKeys;
        var groupStart = new int[_idOfCode.Count + 1];
        for (var i = 0; i < keys.Count; i++) groupStart[EdgeKey.From(keys[i]) + 1]++;
        for (var code = 0; code < _idOfCode.Count; code++) groupStart[code + 1] += groupStart[code];
        var fill = groupStart.AsSpan(0, _idOfCode.Count).ToArray();
        var byStart = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++) byStart[fill[EdgeKey.From(keys[i])]++] = i;

        bool[]? later = null;
        for (var code = 0; code < _idOfCode.Count; code++)
        {
            var group = byStart.AsSpan(groupStart[code], groupStart[code + 1] - groupStart[code]);
            if (group.Length > 1) MarkLater(keys, group, ref later);
        }
        if (later is null) return [.. Enumerable.Range(0, keys.Count)];
        var kept = new List<int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!later[i]) kept.Add(i);
        }
        return [.. kept];
    }

    /// <summary>Marks the relationships of one group (indexes in the order added) whose key an earlier one of the group has.</summary>
    private static void MarkLater(ChunkedList<long> keys, ReadOnlySpan<int> group, ref bool[]? later)
    {
        // A few relationships are compared pair by pair; a node with many (a project named in
        // many plans) goes through a set. Either way the first of each key is the one kept.
        const int CompareAllUpTo = 16;
        HashSet<long>? seen = group.Length > CompareAllUpTo ? new HashSet<long>(group.Length) : null;
        for (var j = 0; j < group.Length; j++)
        {
            var key = keys[group[j]];
            var repeated = false;
            if (seen is not null) repeated = !seen.Add(key);
            else
            {
                for (var i = 0; i < j && !repeated; i++) repeated = keys[group[i]] == key;
            }
            if (repeated) (later ??= new bool[keys.Count])[group[j]] = true;
        }
    }

    private int CodeOf(string id, ref (string? Id, int Code) last)
    {
        if (ReferenceEquals(id, last.Id)) return last.Code;
        var code = CodeOf(id);
        last = (id, code);
        return code;
    }

    private int CodeOf(string id)
    {
        ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(_codes, id, out var seen);
        if (!seen)
        {
            code = _nodeOfCode.Count;
            _nodeOfCode.Add(-1);
            _idOfCode.Add(id);
        }
        return code;
    }

    /// <summary>
    /// The indexes 0 to <paramref name="count"/> − 1 grouped by their label's (or type's) place in
    /// the vocabulary, each group in the order added: a stable counting sort.
    /// </summary>
    private static int[] ByOrder(int count, Func<int, int> orderOf)
    {
        var orders = new int[count];
        var max = 0;
        for (var i = 0; i < count; i++) max = Math.Max(max, orders[i] = orderOf(i));
        var next = new int[max + 2];
        foreach (var order in orders) next[order + 1]++;
        for (var order = 0; order <= max; order++) next[order + 1] += next[order];
        var result = new int[count];
        for (var i = 0; i < count; i++) result[next[orders[i]]++] = i;
        return result;
    }
}
