using System.Buffers;
using System.Threading.Channels;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Encodes the graph on a thread of its own while the writer inserts: checking, serialising
/// properties and hashing the version take about as long as SQLite's inserts, so on two cores the
/// two halves overlap. Nodes stream through a bounded channel in graph order, and their searchable
/// texts through another to the search index's builder; relationships are encoded in graph order
/// (for the digest) and then sorted into the edges table's key order.
/// </summary>
internal sealed class SqliteRowProducer
{
    private const int BatchSize = 2048;

    private readonly Channel<NodeBatch> _nodes = Channel.CreateBounded<NodeBatch>(
        new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });

    // Unbounded: the texts are the graph's own strings, and the search builder must never hold up
    // the nodes, which are the longer job.
    private readonly Channel<SearchBatch> _search = Channel.CreateUnbounded<SearchBatch>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    // Batches go round between the two threads instead of being allocated per 2048 nodes: each
    // holds a large-object-heap buffer, and fresh ones would trigger full collections of a heap
    // that holds the whole graph.
    private readonly System.Collections.Concurrent.ConcurrentQueue<NodeBatch> _free = new();

    private SqliteRowProducer(GraphSnapshot graph)
    {
        // The file's unique index on node ids rejects a repeated id (SqliteBuilder names it).
        Encoder = new GraphEncoder(graph, checkEdgeKeys: false, checkNodeIds: false);
    }

    public GraphEncoder Encoder { get; }

    public StatisticsBuilder Statistics { get; } = new();

    public ChannelReader<NodeBatch> Nodes => _nodes.Reader;

    /// <summary>The searchable texts of the nodes that have any, in graph order.</summary>
    public ChannelReader<SearchBatch> Search => _search.Reader;

    /// <summary>How many nodes <see cref="Search"/> carries: final once every node was sent.</summary>
    public long SearchRowCount { get; private set; }

    private static string? SearchMainOf(GraphNode node) => node.Props.GetString(SearchFields.MainOf(node.Label));

    private static string? SearchSecondaryOf(GraphNode node) =>
        SearchFields.SecondaryOf(node.Label) is { } field ? node.Props.GetString(field) : null;

    /// <summary>
    /// The provenance values of the nodes (ids 0 to Length − 1): the relationships only add to
    /// them, so the writer can store these while the relationships are still being encoded.
    /// Set once every node was sent.
    /// </summary>
    public Provenance[] NodeProvenances { get; private set; } = [];

    /// <summary>Completes once every node was sent and every relationship is encoded and sorted.</summary>
    public Task<EncodedEdges> Edges { get; private set; } = null!;

    /// <summary>Hands an inserted batch back for reuse.</summary>
    public void Return(NodeBatch batch)
    {
        batch.Clear();
        _free.Enqueue(batch);
    }

    private NodeBatch Rent() => _free.TryDequeue(out var batch) ? batch : new NodeBatch(BatchSize);

    public static SqliteRowProducer Start(GraphSnapshot graph, CancellationToken cancellationToken)
    {
        var producer = new SqliteRowProducer(graph);
        producer.Edges = Task.Run(() => producer.Run(cancellationToken), cancellationToken);
        return producer;
    }

    private async Task<EncodedEdges> Run(CancellationToken cancellationToken)
    {
        try
        {
            await ProduceNodes(cancellationToken).ConfigureAwait(false);
            // Published before the nodes' channel completes, so the writer sees it once it has read the last node.
            NodeProvenances = [.. Encoder.Provenances];
            _nodes.Writer.Complete();
            _search.Writer.Complete();
        }
        catch (Exception e)
        {
            _nodes.Writer.TryComplete(e);
            _search.Writer.TryComplete(e);
            throw;
        }
        return EncodeEdges(cancellationToken);
    }

    private async Task ProduceNodes(CancellationToken cancellationToken)
    {
        var nodes = Encoder.Graph.Nodes;
        var batch = Rent();
        var search = new SearchBatch(BatchSize);
        for (var seq = 0; seq < nodes.Count; seq++)
        {
            var node = nodes[seq];
            var i = batch.Count++;
            batch.Seq[i] = seq;
            batch.Node[i] = node;
            batch.Provenance[i] = Encoder.EncodeNode(seq);
            batch.LabelUtf8[i] = Vocabulary.LabelsUtf8[Vocabulary.LabelIndex(node.Label)];
            batch.PropsStart[i] = batch.Props.WrittenCount;
            batch.PropsLength[i] = Encoder.PropsUtf8.Length;
            batch.Props.Write(Encoder.PropsUtf8);
            var planId = node.Label == Labels.Plan ? node.Id : node.Props.GetString("planId");
            batch.PlanId[i] = planId;
            var caption = SearchMainOf(node);
            batch.Caption[i] = caption;
            var secondary = SearchSecondaryOf(node);
            if (caption is not null || secondary is not null)
            {
                var s = search.Count++;
                SearchRowCount++;
                (search.Seq[s], search.Main[s], search.Secondary[s]) = (seq, caption, secondary);
                if (search.IsFull)
                {
                    _search.Writer.TryWrite(search);
                    search = new SearchBatch(BatchSize);
                }
            }
            Statistics.AddNode(node, planId);
            if (batch.IsFull)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await _nodes.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                batch = Rent();
            }
        }
        if (batch.Count > 0) await _nodes.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        if (search.Count > 0) _search.Writer.TryWrite(search);
    }

    private EncodedEdges EncodeEdges(CancellationToken cancellationToken)
    {
        var edges = Encoder.Graph.Edges;
        var rows = new EdgeRow[edges.Count];
        var props = new ArrayBufferWriter<byte>(1024);
        Props? previousProps = null;
        for (var seq = 0; seq < edges.Count; seq++)
        {
            if (seq % 65536 == 0) cancellationToken.ThrowIfCancellationRequested();
            // Read once: the graph may make the object on each read (the importer's does).
            var edge = edges[seq];
            var (from, to, provenance) = Encoder.EncodeEdge(seq, edge);
            Statistics.AddEdge(edge);
            ref var row = ref rows[seq];
            row.Seq = seq;
            row.From = from;
            row.To = to;
            row.Provenance = provenance;
            row.Type = EncodedEdges.TypeOf(edge.Type);
            var sameProps = ReferenceEquals(edge.Props, previousProps);
            previousProps = edge.Props;
            if (Encoder.PropsUtf8.SequenceEqual("{}"u8)) continue;
            if (sameProps)
            {
                // The same instance as the relationship before: the same bytes, stored once.
                (row.PropsStart, row.PropsLength) = (rows[seq - 1].PropsStart, rows[seq - 1].PropsLength);
                continue;
            }
            row.PropsStart = props.WrittenCount;
            row.PropsLength = Encoder.PropsUtf8.Length;
            props.Write(Encoder.PropsUtf8);
        }
        var version = Encoder.FinishVersion();
        cancellationToken.ThrowIfCancellationRequested();
        SortByKey(rows, Encoder.Graph.Nodes.Count);
        return new EncodedEdges(rows, props.WrittenSpan.ToArray(), version);
    }

    /// <summary>
    /// Sorts the rows in place: a counting sort on from_seq (linear, and most nodes have only a few
    /// relationships), then a small sort by (type, to_seq) inside each node's run. A repeated key is a repeated
    /// relationship, which the graph contract forbids.
    /// </summary>
    private void SortByKey(EdgeRow[] rows, int nodeCount)
    {
        var starts = new int[nodeCount + 1];
        foreach (var row in rows) starts[row.From + 1]++;
        for (var i = 0; i < nodeCount; i++) starts[i + 1] += starts[i];
        // Each row's place, then the rows moved there in place, one cycle of places at a time: a
        // second array of rows was 28 MB at 100×, large enough to count against the collector's
        // budget for large objects, whose every overrun is a full collection of the graph.
        var next = (int[])starts.Clone();
        var place = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++) place[i] = next[rows[i].From]++;
        for (var i = 0; i < rows.Length; i++)
        {
            while (place[i] != i)
            {
                var target = place[i];
                (rows[i], rows[target]) = (rows[target], rows[i]);
                (place[i], place[target]) = (place[target], target);
            }
        }
        for (var node = 0; node < nodeCount; node++)
        {
            var run = rows.AsSpan(starts[node], starts[node + 1] - starts[node]);
            if (run.Length < 2) continue;
            run.Sort(TypeThenTarget);
            for (var i = 1; i < run.Length; i++)
            {
                if (run[i].Type == run[i - 1].Type && run[i].To == run[i - 1].To)
                {
                    throw new InvalidGraphException(
                        $"{EncodedEdges.TypeNames[run[i].Type]} relationship from '{Encoder.NodeId(node)}' to '{Encoder.NodeId(run[i].To)}' occurs twice");
                }
            }
        }
    }

    // A static comparison: a comparer struct is boxed and wrapped in a new delegate on every sort
    // (two objects per node with several relationships, 11 MB per 100× write).
    private static readonly Comparison<EdgeRow> TypeThenTarget = static (x, y) =>
    {
        var byType = x.Type.CompareTo(y.Type);
        return byType != 0 ? byType : x.To.CompareTo(y.To);
    };
}
