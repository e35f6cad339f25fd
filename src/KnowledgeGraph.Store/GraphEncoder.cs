using System.Buffers;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Walks a snapshot once for a writer: checks it (labels, types, unique ids, relationship ends),
/// numbers nodes and relationships in graph order (their <c>seq</c>), interns provenance (a
/// relationship usually carries the very provenance of its source node), serialises properties
/// and feeds the <see cref="GraphDigest"/>. Stores share it so they agree on order and version.
/// </summary>
internal sealed class GraphEncoder : IDisposable
{
    // Null until needed when the store checks that node ids are distinct itself (a unique index):
    // then only a relationship without a good hint to its ends looks its ids up.
    private Dictionary<string, int>? _nodeSeq;
    private readonly (int From, int To)[]? _endPositions;
    private int _nodesEncoded;
    private readonly HashSet<(int Type, int From, int To)>? _edgeKeys;
    private readonly FileHashes _fileHashes = new();
    private readonly Dictionary<Provenance, int> _provenanceByValue;
    // Each node's provenance id, by seq: most relationships carry the very provenance of one of their ends.
    private readonly int[] _nodeProvenance;
    private readonly (Provenance? Value, int Id)[] _recentProvenance = new (Provenance?, int)[1 << RecentProvenanceBits];
    private const int RecentProvenanceBits = 18;
    private readonly ArrayBufferWriter<byte> _props = new(256);
    private readonly System.Text.Json.Utf8JsonWriter _propsWriter;
    private readonly GraphDigest _digest = new();

    /// <param name="checkEdgeKeys">
    /// Whether to reject a second relationship of a type between the same two nodes here; a store
    /// with a unique index that does the same can skip the memory this costs.
    /// </param>
    /// <param name="checkNodeIds">
    /// Whether to reject a second node with the id of an earlier one here. A store whose unique
    /// index on node ids does the same skips it: a table of every id, filled on the thread that
    /// encodes the nodes while the writer waits for them (0.08 CPU-seconds of a 100× write).
    /// </param>
    public GraphEncoder(GraphSnapshot graph, bool checkEdgeKeys, bool checkNodeIds = true)
    {
        Graph = graph;
        if (checkNodeIds) _nodeSeq = new Dictionary<string, int>(graph.Nodes.Count, StringComparer.Ordinal);
        // Nearly every node has a provenance of its own, and relationships add a few more: sized for
        // the nodes, the table grows once or twice instead of a dozen times (large arrays at 100×).
        _provenanceByValue = new(graph.Nodes.Count, new ProvenanceComparer(_fileHashes));
        Provenances = new List<Provenance>(graph.Nodes.Count);
        _propsWriter = PropsJson.CreateWriter(_props);
        _endPositions = graph.EndPositions;
        _nodeProvenance = new int[graph.Nodes.Count];
        if (checkEdgeKeys) _edgeKeys = new HashSet<(int, int, int)>(graph.Edges.Count);
    }

    public GraphSnapshot Graph { get; }

    /// <summary>Distinct provenance values in first-seen order (index = provenance id).</summary>
    public List<Provenance> Provenances { get; }

    /// <summary>The serialised properties of the node or relationship last encoded (valid until the next call).</summary>
    public ReadOnlySpan<byte> PropsUtf8 => _props.WrittenSpan;

    /// <summary>
    /// Checks and encodes node <paramref name="seq"/>; returns its provenance id. New provenance
    /// values are appended to <see cref="Provenances"/> (write them before the node).
    /// </summary>
    public int EncodeNode(int seq)
    {
        var node = Graph.Nodes[seq];
        if (string.IsNullOrEmpty(node.Id)) throw new InvalidGraphException($"node #{seq} has no id");
        if (Vocabulary.LabelIndex(node.Label) < 0)
        {
            throw new InvalidGraphException($"node '{node.Id}' has unknown label '{node.Label}'");
        }
        if (_nodeSeq is not null && !_nodeSeq.TryAdd(node.Id, seq)) throw Twice(node.Id, _nodeSeq[node.Id], seq);
        _nodesEncoded++;
        var provenance = Intern(node.Provenance);
        _nodeProvenance[seq] = provenance;
        SerialiseProps(node.Props);
        _digest.Add(node.Id);
        _digest.Add(node.Label);
        _digest.Add(PropsUtf8);
        _digest.Add(provenance);
        return provenance;
    }

    /// <summary>
    /// Checks and encodes relationship <paramref name="seq"/>, <paramref name="edge"/> as the caller
    /// already read it (a graph may make each relationship object when it is asked for one); all
    /// nodes must be encoded first.
    /// </summary>
    public (int From, int To, int Provenance) EncodeEdge(int seq, GraphEdge edge)
    {
        var type = Vocabulary.TypeIndex(edge.Type);
        if (type < 0)
        {
            throw new InvalidGraphException($"relationship #{seq} has unknown type '{edge.Type}'");
        }
        (int From, int To) hint = _endPositions is { } ends && seq < ends.Length ? ends[seq] : (-1, -1);
        if (!IsNodeAt(hint.From, edge.From) && !NodeSeq().TryGetValue(edge.From, out hint.From))
        {
            throw new InvalidGraphException($"{edge.Type} relationship #{seq} starts at '{edge.From}', which is not a node of the graph");
        }
        if (!IsNodeAt(hint.To, edge.To) && !NodeSeq().TryGetValue(edge.To, out hint.To))
        {
            throw new InvalidGraphException($"{edge.Type} relationship #{seq} ends at '{edge.To}', which is not a node of the graph");
        }
        var (from, to) = hint;
        if (_edgeKeys is not null && !_edgeKeys.Add((type, from, to)))
        {
            throw new InvalidGraphException($"{edge.Type} relationship from '{edge.From}' to '{edge.To}' occurs twice");
        }
        // At 100×, 574,000 of 995,000 relationships: no lookup, where the instance cache missed for many.
        var provenance = ReferenceEquals(edge.Provenance, Graph.Nodes[from].Provenance) ? _nodeProvenance[from]
            : ReferenceEquals(edge.Provenance, Graph.Nodes[to].Provenance) ? _nodeProvenance[to]
            : Intern(edge.Provenance);
        SerialiseProps(edge.Props);
        _digest.Add(edge.Type);
        _digest.Add(from);
        _digest.Add(to);
        _digest.Add(PropsUtf8);
        _digest.Add(provenance);
        return (from, to, provenance);
    }

    /// <summary>Every node's seq by id, made on first use when the nodes' encoding did not make it.</summary>
    private Dictionary<string, int> NodeSeq()
    {
        if (_nodeSeq is not null) return _nodeSeq;
        var seqs = new Dictionary<string, int>(Graph.Nodes.Count, StringComparer.Ordinal);
        for (var seq = 0; seq < Graph.Nodes.Count; seq++)
        {
            var id = Graph.Nodes[seq].Id;
            if (!seqs.TryAdd(id, seq)) throw Twice(id, seqs[id], seq);
        }
        return _nodeSeq = seqs;
    }

    /// <summary>The error for two nodes with one id, at positions <paramref name="first"/> and <paramref name="second"/>.</summary>
    public static InvalidGraphException Twice(string id, long first, long second) =>
        new($"node id '{id}' occurs twice (#{first} and #{second})");

    /// <summary>
    /// Whether the snapshot's hint <paramref name="seq"/> is the node <paramref name="id"/>, once every
    /// node is encoded. Should two nodes share the id, the write fails all the same: here when this
    /// encoder checks ids, at the store's unique index otherwise.
    /// </summary>
    private bool IsNodeAt(int seq, string id)
    {
        if (_nodesEncoded != Graph.Nodes.Count || (uint)seq >= (uint)_nodesEncoded) return false;
        var nodeId = Graph.Nodes[seq].Id;
        return ReferenceEquals(nodeId, id) || string.Equals(nodeId, id, StringComparison.Ordinal);
    }

    /// <summary>The version of the encoded graph; call once, after every node and relationship.</summary>
    public string FinishVersion()
    {
        _digest.Add(Graph.Nodes.Count);
        _digest.Add(Graph.Edges.Count);
        return _digest.Finish();
    }

    /// <summary>The node id of a sequence number (for messages about a relationship).</summary>
    public string NodeId(int seq) => Graph.Nodes[seq].Id;

    private int Intern(Provenance provenance)
    {
        // Importers hand the same Provenance instance to a node and the relationships read from
        // the same text; a small cache of instances skips hashing the quote for those. Its slot
        // comes from the file, the lines and the quote's length, not from the instance's identity
        // hash, whose first use on each of a million objects costs more than the lookup it saves.
        var slot = (int)((uint)(_fileHashes.Of(provenance.File) + provenance.LineStart * -1640531535
            + provenance.LineEnd * -2048144777 + provenance.QuoteSpan().Length * -1028477379) >> (32 - RecentProvenanceBits));
        if (ReferenceEquals(_recentProvenance[slot].Value, provenance)) return _recentProvenance[slot].Id;
        if (!_provenanceByValue.TryGetValue(provenance, out var id))
        {
            id = Provenances.Count;
            Provenances.Add(provenance);
            _provenanceByValue.Add(provenance, id);
            _digest.Add(provenance.File);
            _digest.Add(provenance.LineStart);
            _digest.Add(provenance.LineEnd);
            _digest.Add(provenance.QuoteSpan());
        }
        _recentProvenance[slot] = (provenance, id);
        return id;
    }

    private Props? _lastProps;

    private void SerialiseProps(Props props)
    {
        // Relationships in a row often share one instance of their properties (the graph keeps
        // one of each): the bytes already written are those.
        if (ReferenceEquals(props, _lastProps)) return;
        _lastProps = props;
        _props.ResetWrittenCount();
        if (props.Count == 0)
        {
            _props.Write("{}"u8);
            return;
        }
        _propsWriter.Reset(_props);
        PropsJson.Write(_propsWriter, props);
    }

    public void Dispose()
    {
        _propsWriter.Dispose();
        _digest.Dispose();
    }

    /// <summary>
    /// Hashes a provenance by its position, its quote's length and three of its characters
    /// instead of the whole 200-character quote; equality still compares everything, so
    /// collisions cost a comparison, never a wrong answer.
    /// </summary>
    private sealed class ProvenanceComparer(FileHashes fileHashes) : IEqualityComparer<Provenance>
    {
        public bool Equals(Provenance? x, Provenance? y) =>
            ReferenceEquals(x, y) || x is not null && y is not null && x.LineStart == y.LineStart
            && x.LineEnd == y.LineEnd && x.File == y.File && x.QuoteSpan().SequenceEqual(y.QuoteSpan());

        public int GetHashCode(Provenance p)
        {
            var quote = p.QuoteSpan();
            var sample = quote.Length == 0 ? 0 : quote[0] | quote[quote.Length / 2] << 8 ^ quote[^1] << 16;
            return HashCode.Combine(fileHashes.Of(p.File), p.LineStart, p.LineEnd, quote.Length, sample);
        }
    }

    /// <summary>
    /// A file name's hash, remembered for the last name seen: a graph's facts come in runs from
    /// one file, whose name is one string, so a million provenance values hash a handful of names.
    /// </summary>
    private sealed class FileHashes
    {
        private string? _file;
        private int _hash;

        public int Of(string file)
        {
            if (!ReferenceEquals(file, _file))
            {
                _hash = file.GetHashCode();
                _file = file;
            }
            return _hash;
        }
    }
}
