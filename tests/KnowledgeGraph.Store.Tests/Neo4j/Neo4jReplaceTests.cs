using System.Net;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Tests.Fixtures;

namespace KnowledgeGraph.Store.Tests.Neo4j;

public sealed class Neo4jReplaceTests
{
    private readonly FakeNeo4j _server = new();

    private Neo4jGraphStore Store(int batchSize = 5000) => new(new Neo4jStoreOptions
    {
        Url = "http://graph.example:7474/",
        Database = "plans",
        User = "neo4j",
        Password = "secret",
        BatchSize = batchSize,
    }, _server);

    [Fact]
    public async Task Replace_runs_schema_then_one_transaction_of_parameterised_batches_and_commits()
    {
        await using var store = Store(batchSize: 4);
        var graph = PlanGraph.Build();

        await store.ReplaceAsync(graph, null, CancellationToken.None);

        var requests = _server.Requests;
        Assert.All(requests, r => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), r.Authorization));
        Assert.All(requests.Take(4), r => Assert.Equal("/db/plans/query/v2", r.Path));
        Assert.Contains(requests.Take(4), r => r.Statement!.Contains("FULLTEXT INDEX node_search", StringComparison.Ordinal));
        Assert.Equal("/db/plans/query/v2/tx", requests[4].Path);
        Assert.Equal("MATCH (n:Node) DETACH DELETE n", requests[4].Statement);
        var inTransaction = requests.Skip(5).ToList();
        Assert.All(inTransaction, r => Assert.StartsWith($"/db/plans/query/v2/tx/{FakeNeo4j.TransactionId}", r.Path, StringComparison.Ordinal));
        Assert.All(inTransaction, r => Assert.Equal(FakeNeo4j.Affinity, r.Affinity));
        Assert.Equal($"/db/plans/query/v2/tx/{FakeNeo4j.TransactionId}/commit", inTransaction[^1].Path);
        Assert.DoesNotContain(requests, r => r.Method == HttpMethod.Delete);

        // Batches never mix labels or types and never exceed the batch size.
        var nodeBatches = inTransaction.Where(r => r.Statement!.Contains("CREATE (n:Node:", StringComparison.Ordinal)).ToList();
        Assert.Equal(graph.Nodes.Count, nodeBatches.Sum(r => r.Parameters!["rows"]!.AsArray().Count));
        Assert.All(nodeBatches, r => Assert.InRange(r.Parameters!["rows"]!.AsArray().Count, 1, 4));
        Assert.Contains(nodeBatches, r => r.Statement == "UNWIND $rows AS row CREATE (n:Node:`Goal`) SET n = row");
        Assert.Equal(graph.Edges.Count, _server.Edges.Count);
        Assert.Equal(graph.Nodes.Count, _server.Nodes.Count);
    }

    [Fact]
    public async Task Node_rows_carry_flattened_properties_provenance_seq_and_search_text()
    {
        await using var store = Store();
        var graph = PlanGraph.Build();

        await store.ReplaceAsync(graph, null, CancellationToken.None);

        var goal = graph.Node(Labels.Goal, "province/gdp");
        var (label, row) = _server.Nodes.Single(n => n.Row["id"]!.GetValue<string>() == goal.Id);
        Assert.Equal(Labels.Goal, label);
        Assert.Equal("6.0", FakeNeo4j.Raw(row["targetValue"]!));
        Assert.Equal("2025", FakeNeo4j.Raw(row["targetYear"]!));
        Assert.Equal("地区生产总值（GDP）年均增长6%左右", row["text"]!.GetValue<string>());
        Assert.Equal(goal.Provenance.Quote, row["provenanceQuote"]!.GetValue<string>());
        Assert.Equal(goal.Provenance.LineStart, row["provenanceLineStart"]!.GetValue<int>());
        Assert.Equal(graph.Nodes.ToList().IndexOf(goal), row["seq"]!.GetValue<int>());
        Assert.Equal("地 区 生 产 总 值 gdp 年 均 增 长 6 左 右", row["searchMain"]!.GetValue<string>());
        var aligns = _server.Edges.First(e => e.Type == RelationshipTypes.AlignsWith).Row["props"]!.AsObject();
        Assert.Equal("0.9", FakeNeo4j.Raw(aligns["confidence"]!));
        Assert.Equal("indicator", aligns["basis"]!.GetValue<string>());
    }

    [Fact]
    public async Task What_was_written_reads_back_byte_identical_and_with_the_sqlite_version()
    {
        await using var store = Store(batchSize: 7);
        var graph = PlanGraph.Build();
        await store.ReplaceAsync(graph, null, CancellationToken.None);

        var read = await store.ReadAllAsync(CancellationToken.None);

        Assert.Equal(Export.Bytes(graph), Export.Bytes(read));
        Assert.IsType<double>(read.Edges.First(e => e.Type == RelationshipTypes.Implements).Props["confidence"]);
        // Both stores hash the same canonical stream: one graph, one version, whichever store.
        var meta = _server.Requests.Single(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        using var directory = new TempDirectory();
        await using var sqlite = new SqliteGraphStore(new SqliteStoreOptions { Path = directory.File("g.db") });
        await sqlite.ReplaceAsync(graph, null, CancellationToken.None);
        Assert.Equal(await sqlite.GetVersionAsync(CancellationToken.None), meta.Parameters!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_batch_rolls_the_transaction_back_and_surfaces_the_server_message()
    {
        await using var store = Store(batchSize: 3);
        var batches = 0;
        _server.Override = request => request.Statement?.StartsWith("UNWIND", StringComparison.Ordinal) == true && ++batches == 3
            ? FakeNeo4j.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed",
                "Node(12) already exists with label `Node` and property `id` = 'goal_1'")
            : null;

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains("already exists with label `Node`", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        var rollback = Assert.Single(_server.Requests, r => r.Method == HttpMethod.Delete);
        Assert.Equal($"/db/plans/query/v2/tx/{FakeNeo4j.TransactionId}", rollback.Path);
        Assert.Equal(FakeNeo4j.Affinity, rollback.Affinity);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Empty(_server.Nodes);
    }

    [Fact]
    public async Task A_cancelled_import_rolls_back()
    {
        await using var store = Store(batchSize: 5);
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == "edges") cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReplaceAsync(PlanGraph.Build(), progress, cancel.Token));

        Assert.Single(_server.Requests, r => r.Method == HttpMethod.Delete);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_graph_is_refused_before_any_request()
    {
        await using var store = Store();
        var graph = PlanGraph.Build();
        var dangling = new GraphSnapshot(graph.Nodes, [.. graph.Edges, graph.Edges[0] with { To = "place_0000000000000000" }]);
        var repeated = new GraphSnapshot(graph.Nodes, [.. graph.Edges, graph.Edges[^1]]);
        var reserved = new GraphSnapshot([graph.Nodes[0] with { Props = graph.Nodes[0].Props.With("seq", 3) }, .. graph.Nodes.Skip(1)], []);

        await Assert.ThrowsAsync<InvalidGraphException>(() => store.ReplaceAsync(dangling, null, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidGraphException>(() => store.ReplaceAsync(repeated, null, CancellationToken.None));
        var error = await Assert.ThrowsAsync<InvalidGraphException>(() => store.ReplaceAsync(reserved, null, CancellationToken.None));

        Assert.Contains("'seq'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
