using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Tests.Fixtures;

namespace KnowledgeGraph.Store.Tests.Sqlite;

/// <summary>Replacing the graph is all or nothing, and readers follow a replacement made elsewhere.</summary>
public sealed class SqliteReplaceTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private string DbPath => _directory.File("graph.db");

    private SqliteGraphStore NewStore(TimeSpan? timeout = null) =>
        new(new SqliteStoreOptions { Path = DbPath, CommandTimeout = timeout ?? TimeSpan.FromSeconds(30) });

    [Theory]
    [InlineData("nodes")]
    [InlineData("edges")]
    [InlineData("provenance")]
    [InlineData("search")]
    [InlineData("indexes")]
    public async Task A_cancelled_write_leaves_the_previous_file_byte_for_byte(string stage)
    {
        await using var store = NewStore();
        await store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        var before = Export.FileHash(DbPath);
        var version = await store.GetVersionAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelledAt = new List<StoreProgress>();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage != stage || cancel.IsCancellationRequested) return;
            cancelledAt.Add(p);
            cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.ReplaceAsync(PlanGraph.BuildEdited(), progress, cancel.Token));

        Assert.Single(cancelledAt);
        Assert.Equal(before, Export.FileHash(DbPath));
        Assert.Equal(["graph.db"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName));
        Assert.Equal(version, await store.GetVersionAsync(CancellationToken.None));
    }

    public static TheoryData<string, string> InvalidGraphs => new()
    {
        { "duplicate-node", "occurs twice" },
        // Every relationship's ends given right, as the importer gives them: only the file's unique
        // index on node ids sees the repeat.
        { "duplicate-node-hinted", "occurs twice" },
        { "dangling-edge", "which is not a node of the graph" },
        { "unknown-label", "unknown label 'Budget'" },
        { "duplicate-edge", "occurs twice" },
    };

    [Theory]
    [MemberData(nameof(InvalidGraphs))]
    public async Task A_graph_that_fails_midway_leaves_the_previous_file_byte_for_byte(string defect, string message)
    {
        await using var store = NewStore();
        await store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        var before = Export.FileHash(DbPath);

        var error = await Assert.ThrowsAsync<InvalidGraphException>(
            () => store.ReplaceAsync(Broken(PlanGraph.BuildEdited(), defect), null, CancellationToken.None));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Export.FileHash(DbPath));
        Assert.Equal(["graph.db"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName));
        Assert.Equal(Export.Bytes(PlanGraph.Build()), Export.Bytes(await store.ReadAllAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_reader_sees_a_graph_replaced_by_another_store_instance_without_restarting()
    {
        // Two instances on one path stand for `kg serve` and a concurrent `kg import`.
        await using var server = NewStore();
        await using var importer = NewStore();
        await importer.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        var first = await server.GetVersionAsync(CancellationToken.None);
        var goal = NodeIds.For(Labels.Goal, "city/gdp");
        Assert.Equal("6.5", (await server.GetNodesAsync([goal], CancellationToken.None)).Single().Props.GetString("target"));

        for (var round = 0; round < 5; round++)
        {
            // Alternate quickly between two graphs of the same file size: the pool must still notice.
            var edited = round % 2 == 0;
            await importer.ReplaceAsync(edited ? PlanGraph.BuildEdited() : PlanGraph.Build(), null, CancellationToken.None);

            var node = (await server.GetNodesAsync([goal], CancellationToken.None)).Single();
            Assert.Equal(edited ? "7" : "6.5", node.Props.GetString("target"));
            var version = await server.GetVersionAsync(CancellationToken.None);
            Assert.Equal(await importer.GetVersionAsync(CancellationToken.None), version);
            Assert.Equal(edited, version != first);
        }
    }

    [Fact]
    public async Task The_file_is_a_plain_rollback_journal_database_with_no_sidecars()
    {
        await using var store = NewStore();
        await store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        await store.GetVersionAsync(CancellationToken.None);

        var header = new byte[100];
        await using (var file = File.OpenRead(DbPath)) await file.ReadExactlyAsync(header);
        // Bytes 18 and 19 are the write and read format versions: 1 = rollback journal, 2 = WAL.
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(header, 0, 16));
        Assert.Equal((byte)1, header[18]);
        Assert.Equal((byte)1, header[19]);
        Assert.Equal(["graph.db"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_search_index_built_beside_the_file_passes_its_own_integrity_check()
    {
        await using (var store = NewStore())
        {
            await store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        // FTS5 compares its index with the rows' sizes and fails the statement on any mismatch.
        check.CommandText = "INSERT INTO search(search, rank) VALUES ('integrity-check', 0); SELECT count(*) FROM search_docsize;";
        Assert.Equal(PlanGraph.Build().Nodes.Count(n => n.Props.GetString(SearchFields.MainOf(n.Label)) is not null
            || SearchFields.SecondaryOf(n.Label) is { } field && n.Props.GetString(field) is not null), Convert.ToInt32(check.ExecuteScalar()));
    }

    [Fact]
    public async Task Concurrent_readers_see_a_whole_graph_while_it_is_being_replaced()
    {
        await using var server = NewStore();
        await using var importer = NewStore();
        await importer.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        var versions = new[] { await importer.GetVersionAsync(CancellationToken.None) };
        var goal = NodeIds.For(Labels.Goal, "city/gdp");
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested)
            {
                var all = await server.ReadAllAsync(CancellationToken.None);
                // Each read sees one graph or the other in full, never a mixture or a torn file.
                Assert.Equal(PlanGraph.Build().Nodes.Count, all.Nodes.Count);
                Assert.Contains(all.Nodes.Single(n => n.Id == goal).Props.GetString("target"), new[] { "6.5", "7" });
                reads++;
            }
            return reads;
        })).ToList();
        for (var i = 0; i < 6; i++)
        {
            await importer.ReplaceAsync(i % 2 == 0 ? PlanGraph.BuildEdited() : PlanGraph.Build(), null, CancellationToken.None);
        }
        await stop.CancelAsync();

        Assert.All(await Task.WhenAll(readers), reads => Assert.True(reads > 0));
        Assert.Equal(versions[0], await server.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_replacement_always_carries_a_later_modification_time()
    {
        // Readers detect a new file by time and size; file clocks tick coarsely, so the writer
        // must never produce a time equal to (or before) the file it replaces.
        await using var store = NewStore();
        await store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        var future = DateTime.UtcNow.AddHours(1);
        File.SetLastWriteTimeUtc(DbPath, future);

        await store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);

        Assert.True(File.GetLastWriteTimeUtc(DbPath) > future);
    }

    [Fact]
    public async Task A_read_running_during_a_replacement_finishes_on_the_old_graph()
    {
        await using var server = NewStore();
        await using var importer = NewStore();
        await importer.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        var pool = new SqliteReaderPool(DbPath, TimeSpan.FromSeconds(30));

        var targets = pool.Read(connection =>
        {
            var before = Target(connection);
            importer.ReplaceAsync(PlanGraph.BuildEdited(), null, CancellationToken.None).GetAwaiter().GetResult();
            return (before, after: Target(connection));
        }, default, CancellationToken.None);

        Assert.Equal(("6.5", "6.5"), targets);
        Assert.Equal("7", pool.Read(Target, null, CancellationToken.None));
        pool.Dispose();

        static string? Target(Microsoft.Data.Sqlite.SqliteConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT json_extract(props, '$.target') FROM nodes WHERE id = $id";
            command.Parameters.AddWithValue("$id", NodeIds.For(Labels.Goal, "city/gdp"));
            return command.ExecuteScalar() as string;
        }
    }

    [Fact]
    public async Task A_query_that_outlives_the_timeout_is_interrupted()
    {
        await using var store = NewStore();
        await store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        using var pool = new SqliteReaderPool(DbPath, TimeSpan.FromMilliseconds(200));

        var error = Assert.Throws<TimeoutException>(() => pool.Read(Endless, 0L, CancellationToken.None));
        Assert.Contains("0.2 s", error.Message, StringComparison.Ordinal);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        using var patient = new SqliteReaderPool(DbPath, TimeSpan.Zero);
        Assert.ThrowsAny<OperationCanceledException>(() => patient.Read(Endless, 0L, cancel.Token));
        // A bulk export is bounded by cancellation only: unbounded, the same endless query outlives
        // the 0.2 s limit and ends by cancellation (a TimeoutException would fail ThrowsAny here).
        using var later = new CancellationTokenSource(TimeSpan.FromMilliseconds(600));
        Assert.ThrowsAny<OperationCanceledException>(() => pool.Read(Endless, 0L, later.Token, bounded: false));
        // The pool stays usable after an interrupted query.
        Assert.Equal(5L, pool.Read(c => Scalar(c, "SELECT COUNT(*) FROM nodes WHERE label = 'Plan'"), 0L, CancellationToken.None));

        static long Endless(Microsoft.Data.Sqlite.SqliteConnection connection) =>
            Scalar(connection, "WITH RECURSIVE x(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM x) SELECT COUNT(*) FROM x");
    }

    private static long Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static GraphSnapshot Broken(GraphSnapshot graph, string defect)
    {
        var nodes = graph.Nodes.ToList();
        var edges = graph.Edges.ToList();
        var middle = nodes.Count / 2;
        switch (defect)
        {
            case "duplicate-node":
                nodes.Insert(middle, nodes[middle - 1] with { Props = Props.Of(("name", "again")) });
                break;
            case "duplicate-node-hinted":
                nodes.Insert(middle, nodes[middle - 1] with { Props = Props.Of(("name", "again")) });
                var position = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < nodes.Count; i++) position.TryAdd(nodes[i].Id, i);
                return new GraphSnapshot(nodes, edges) { EndPositions = [.. edges.Select(e => (position[e.From], position[e.To]))] };
            case "dangling-edge":
                edges.Insert(edges.Count / 2, edges[0] with { To = NodeIds.For(Labels.Place, "nowhere") });
                break;
            case "unknown-label":
                nodes.Insert(middle, nodes[middle] with { Id = "budget_1", Label = "Budget" });
                break;
            case "duplicate-edge":
                edges.Add(edges[^1] with { Props = Props.Empty });
                break;
        }
        return new GraphSnapshot(nodes, edges);
    }

    public void Dispose() => _directory.Dispose();
}
