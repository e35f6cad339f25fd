using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Tests.Fixtures;

namespace KnowledgeGraph.Store.Tests.Sqlite;

public sealed class SqliteRoundTripTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Export_from_the_store_is_byte_identical_to_the_export_of_the_snapshot()
    {
        var graph = PlanGraph.Build();
        await using var store = Store("graph.db");
        await store.ReplaceAsync(graph, null, CancellationToken.None);

        var read = await store.ReadAllAsync(CancellationToken.None);

        Assert.Equal(Export.Bytes(graph), Export.Bytes(read));
        Assert.Equal(graph.Nodes.Select(n => n.Id), read.Nodes.Select(n => n.Id));
        Assert.Equal(graph.Edges.Select(e => e.Key), read.Edges.Select(e => e.Key));
    }

    [Fact]
    public async Task Property_types_survive_the_round_trip()
    {
        var graph = PlanGraph.Build();
        await using var store = Store("graph.db");
        await store.ReplaceAsync(graph, null, CancellationToken.None);

        var read = await store.ReadAllAsync(CancellationToken.None);

        // The export prints 1.0 as 1; the store must still give back a double, and 2025 an integer.
        var implements = read.Edges.First(e => e.Type == RelationshipTypes.Implements);
        Assert.IsType<double>(implements.Props["confidence"]);
        Assert.Equal(1.0, implements.Props["confidence"]);
        var gdp = read.Node(Labels.Goal, "province/gdp");
        Assert.IsType<long>(gdp.Props["targetYear"]);
        Assert.Equal(6.0, Assert.IsType<double>(gdp.Props["targetValue"]));
        Assert.Equal("地区生产总值（GDP）年均增长6%左右", gdp.Props.GetString("text"));
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            Assert.Equal(graph.Nodes[i].Props.ToList(), read.Nodes[i].Props.ToList());
            Assert.Equal(graph.Nodes[i].Provenance, read.Nodes[i].Provenance);
        }
    }

    [Fact]
    public async Task Same_graph_gives_the_same_version_and_the_same_file()
    {
        await using var first = Store("a.db");
        await using var second = Store("b.db");
        await first.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        await second.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);

        var version = await first.GetVersionAsync(CancellationToken.None);
        Assert.Matches("^[0-9a-f]{64}$", version);
        Assert.Equal(version, await second.GetVersionAsync(CancellationToken.None));
        Assert.Equal(Export.FileHash(_directory.File("a.db")), Export.FileHash(_directory.File("b.db")));
    }

    [Fact]
    public async Task A_changed_graph_gets_a_new_version()
    {
        await using var store = Store("graph.db");
        await store.ReplaceAsync(PlanGraph.Build(), null, CancellationToken.None);
        var before = await store.GetVersionAsync(CancellationToken.None);

        await store.ReplaceAsync(PlanGraph.BuildEdited(), null, CancellationToken.None);

        Assert.NotEqual(before, await store.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_file_the_store_is_empty_and_has_no_version()
    {
        await using var store = Store("missing/graph.db");

        Assert.Null(await store.GetVersionAsync(CancellationToken.None));
        Assert.Empty((await store.ReadAllAsync(CancellationToken.None)).Nodes);
        Assert.Equal(0, (await store.FindNodesAsync(new NodeQuery(Labels.Plan), CancellationToken.None)).TotalCount);
        Assert.Empty((await store.SearchAsync(new SearchQuery("冰雪"), CancellationToken.None)).Hits);
        Assert.All((await store.GetStatisticsAsync(CancellationToken.None)).NodesByLabel.Values, count => Assert.Equal(0, count));
        Assert.False(File.Exists(_directory.File("missing/graph.db")));
    }

    [Fact]
    public async Task Writing_creates_the_directory_and_leaves_no_temporary_files()
    {
        var progress = new List<StoreProgress>();
        await using var store = Store("nested/dir/graph.db");

        await store.ReplaceAsync(PlanGraph.Build(), new SyncProgress(progress.Add), CancellationToken.None);

        Assert.Equal(["graph.db"], Directory.GetFiles(_directory.File("nested/dir")).Select(Path.GetFileName));
        Assert.Contains(progress, p => p.Stage == "nodes" && p.Done == p.Total && p.Total == PlanGraph.Build().Nodes.Count);
        Assert.Contains(progress, p => p.Stage == "edges" && p.Done == p.Total);
    }

    [Fact]
    public async Task Empty_graph_round_trips()
    {
        await using var store = Store("graph.db");
        await store.ReplaceAsync(GraphSnapshot.Empty, null, CancellationToken.None);

        var read = await store.ReadAllAsync(CancellationToken.None);

        Assert.Empty(read.Nodes);
        Assert.Empty(read.Edges);
        Assert.NotNull(await store.GetVersionAsync(CancellationToken.None));
    }

    private SqliteGraphStore Store(string name) => new(new SqliteStoreOptions { Path = _directory.File(name) });

    public void Dispose() => _directory.Dispose();
}
