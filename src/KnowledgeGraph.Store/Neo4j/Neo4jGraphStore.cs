using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Text;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The scale-out store: a Neo4j 5 server reached through its HTTP Query API (no driver needed).
/// Nodes carry the label <c>Node</c> plus their own, their properties flattened, a <c>seq</c>
/// (graph order) and the provenance as <c>provenanceFile</c>, <c>provenanceLineStart</c>,
/// <c>provenanceLineEnd</c>, <c>provenanceQuote</c>; relationships likewise. A
/// <c>GraphMeta</c> node holds the version and the statistics. Every statement is parameterised.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jWriter _writer;

    /// <param name="handler">The HTTP handler to send through (tests pass a fake); a pooled socket handler by default.</param>
    public Neo4jGraphStore(Neo4jStoreOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"GraphStore:Neo4j:Url must be an http(s) address, not '{options.Url}'");
        }
        if (string.IsNullOrWhiteSpace(options.Database)) throw new ArgumentException("GraphStore:Neo4j:Database must not be empty");
        if (options.BatchSize < 1) throw new ArgumentException("GraphStore:Neo4j:BatchSize must be positive");
        _ownsHttp = handler is null;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Each request gets the configured timeout through its own token (see Neo4jQueryClient).
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client = new Neo4jQueryClient(_http, options);
        _writer = new Neo4jWriter(_client, options.BatchSize);
    }

    public Task ReplaceAsync(GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return _writer.ReplaceAsync(graph, progress, cancellationToken);
    }

    public async Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        var result = await Run($"MATCH (m:{Neo4jNames.MetaLabel}) RETURN m.version AS version LIMIT 1", cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0 ? null : result.Get(result.Rows[0], "version").GetString();
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        QueryValidation.Ids(ids);
        if (ids.Count == 0) return [];
        var result = await _client.RunAsync(new Cypher(
            $"MATCH (n:{Neo4jNames.NodeLabel}) WHERE n.id IN $ids RETURN {Neo4jRows.NodeColumns("n")} ORDER BY n.seq",
            new Dictionary<string, object?> { ["ids"] = ids.ToList() }), cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => Neo4jRows.Node(result.Get(row, "labels"), result.Get(row, "props"))).ToList();
    }

    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryValidation.Node(query);
        var translator = new CypherFilterTranslator();
        var where = translator.Translate(query.Where, "n");
        // Nodes without the sort property come last in either direction, ties in graph order.
        var order = string.Concat((query.OrderBy ?? []).Select(key =>
        {
            var property = CypherFilterTranslator.Property("n", key.Property);
            return $"{property} IS NULL, {property}{(key.Descending ? " DESC" : "")}, ";
        }));
        var offset = translator.Parameter((long)query.Offset);
        var end = translator.Parameter((long)query.Offset + query.First);
        var text = $"""
            MATCH (n:{Neo4jNames.NodeLabel}:{CypherFilterTranslator.Label(query.Label)}) WHERE {where}
            WITH n ORDER BY {order}n.seq
            WITH collect(n) AS nodes
            RETURN size(nodes) AS total, [x IN nodes[{offset}..{end}] | [labels(x), properties(x)]] AS page
            """;
        var result = await _client.RunAsync(new Cypher(text, translator.Parameters), cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0) return new NodePage([], 0);
        var row = result.Rows[0];
        var nodes = result.Get(row, "page").EnumerateArray().Select(x => Neo4jRows.Node(x[0], x[1])).ToList();
        return new NodePage(nodes, result.Get(row, "total").GetInt32());
    }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryValidation.Edge(query);
        if (query.NodeIds.Count == 0 || query.Types is { Count: 0 }) return [];
        var node = Neo4jNames.NodeLabel;
        var branches = query.Direction switch
        {
            EdgeDirection.Outgoing => [$"MATCH (a:{node})-[r]->(:{node}) WHERE a.id IN $ids RETURN r"],
            EdgeDirection.Incoming => [$"MATCH (:{node})-[r]->(b:{node}) WHERE b.id IN $ids RETURN r"],
            _ => new[]
            {
                $"MATCH (a:{node})-[r]->(:{node}) WHERE a.id IN $ids RETURN r",
                $"MATCH (:{node})-[r]->(b:{node}) WHERE b.id IN $ids RETURN r",
            },
        };
        // One statement for the whole batch; UNION drops a relationship found from both ends.
        var text = "CALL { " + string.Join(" UNION ", branches) + " }\n" +
                   "WITH r WHERE $types IS NULL OR type(r) IN $types\n" +
                   $"RETURN {Neo4jRows.EdgeColumns("r")} ORDER BY r.seq";
        var result = await _client.RunAsync(new Cypher(text, new Dictionary<string, object?>
        {
            ["ids"] = query.NodeIds.ToList(),
            ["types"] = query.Types?.ToList(),
        }), cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => Neo4jRows.Edge(
            result.Get(row, "type"), result.Get(row, "from"), result.Get(row, "to"), result.Get(row, "props"))).ToList();
    }

    public async Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryValidation.Search(query);
        var terms = SearchText.ParseTerms(query.Text);
        if (terms.Count == 0) return new SearchPage([], 0);
        var result = await _client.RunAsync(Neo4jSearch.Statement(query, terms), cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0) return new SearchPage([], 0);
        var row = result.Rows[0];
        var hits = new List<SearchHit>();
        foreach (var hit in result.Get(row, "page").EnumerateArray())
        {
            var node = Neo4jRows.Node(hit[0], hit[1]);
            var fields = SearchFields.Of(node.Label)
                .Select(f => (Field: f, Text: node.Props.GetString(f)))
                .Where(f => f.Text is not null)
                .Select(f => (f.Field, f.Text!))
                .ToList();
            var (field, snippet) = Snippets.Best(fields, terms);
            hits.Add(new SearchHit(node, hit[2].GetDouble(), field, snippet));
        }
        return new SearchPage(hits, result.Get(row, "total").GetInt32());
    }

    public async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryValidation.Aggregate(query);
        var result = await _client.RunAsync(Neo4jAggregates.Statement(query), cancellationToken).ConfigureAwait(false);
        return FilterValues.Sort(result.Rows.Select(row => new AggregateBucket(
            FilterValues.KeyText(Neo4jJson.Scalar(result.Get(row, "key"))), result.Get(row, "count").GetInt32())));
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var result = await Run($"MATCH (m:{Neo4jNames.MetaLabel}) RETURN m.statistics AS statistics LIMIT 1", cancellationToken)
            .ConfigureAwait(false);
        if (result.Rows.Count == 0) return StatisticsBuilder.Empty;
        var json = result.Get(result.Rows[0], "statistics").GetString()
            ?? throw new InvalidDataException("the Neo4j GraphMeta node has no statistics: run the import again");
        return JsonSerializer.Deserialize<GraphStatistics>(json, StatisticsJson.Options)!;
    }

    /// <summary>A bulk export in two requests, bounded by cancellation rather than the per-request timeout.</summary>
    public async Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken)
    {
        var node = Neo4jNames.NodeLabel;
        var nodes = await _client.RunAsync(
            new Cypher($"MATCH (n:{node}) RETURN {Neo4jRows.NodeColumns("n")} ORDER BY n.seq"), cancellationToken, bounded: false)
            .ConfigureAwait(false);
        var edges = await _client.RunAsync(
            new Cypher($"MATCH (:{node})-[r]->(:{node}) RETURN {Neo4jRows.EdgeColumns("r")} ORDER BY r.seq"), cancellationToken, bounded: false)
            .ConfigureAwait(false);
        return new GraphSnapshot(
            nodes.Rows.Select(row => Neo4jRows.Node(nodes.Get(row, "labels"), nodes.Get(row, "props"))).ToList(),
            edges.Rows.Select(row => Neo4jRows.Edge(
                edges.Get(row, "type"), edges.Get(row, "from"), edges.Get(row, "to"), edges.Get(row, "props"))).ToList());
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsHttp) _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<Neo4jResult> Run(string statement, CancellationToken cancellationToken) =>
        _client.RunAsync(new Cypher(statement), cancellationToken);
}
