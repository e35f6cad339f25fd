using KnowledgeGraph.Api.Tests.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>Nodes and relationship lists kept in memory per graph version, below the result cache.</summary>
public sealed class ReadCacheTests : IAsyncLifetime
{
    private const string Query = """{ node(id: "plan_1") { ... on Plan { title sections { nodes { title goals { nodes { text } } } } } } }""";

    private SqliteFixture _sqlite = null!;

    public async Task InitializeAsync() => _sqlite = await SqliteFixture.CreateAsync();

    public async Task DisposeAsync() => await _sqlite.DisposeAsync();

    [Fact]
    public async Task A_reimport_is_seen_by_the_next_request()
    {
        var store = new CountingStore(_sqlite.Store);
        await using var api = new TestApi(store);
        var before = await api.RunAsync(Query);
        store.Reset();
        Assert.Equal(before, await api.RunAsync(Query));
        Assert.Equal(new Dictionary<string, int> { ["GetVersionAsync"] = 1 }, store.Calls);

        await _sqlite.ReimportAsync(SampleGraph.Create("长春市新区发展规划"));
        var after = await api.RunAsync(Query);

        Assert.Contains(SampleGraph.PlanTitle, before, StringComparison.Ordinal);
        Assert.Contains("长春市新区发展规划", after, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleGraph.PlanTitle, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turned_off_every_request_reads_the_store()
    {
        var store = new CountingStore(_sqlite.Store);
        await using var api = new TestApi(store, new Dictionary<string, string?> { ["Api:ReadCache:Enabled"] = "false" });
        await api.RunAsync(Query);
        store.Reset();

        await api.RunAsync(Query);

        // plan; HAS_SECTION edges + sections; STATES edges + goals; the version check.
        Assert.Equal(new Dictionary<string, int> { ["GetEdgesAsync"] = 2, ["GetNodesAsync"] = 3, ["GetVersionAsync"] = 1 }, store.Calls);
    }

    [Fact]
    public async Task A_full_cache_leaves_further_reads_to_the_store()
    {
        var store = new CountingStore(_sqlite.Store);
        await using var api = new TestApi(store, new Dictionary<string, string?> { ["Api:ReadCache:MaxNodes"] = "1", ["Api:ReadCache:MaxNodeRelationships"] = "0" });
        var first = await api.RunAsync(Query);
        store.Reset();

        Assert.Equal(first, await api.RunAsync(Query));
        // The plan was kept (the first node); the section and the goal and every list were not.
        Assert.Equal(new Dictionary<string, int> { ["GetEdgesAsync"] = 2, ["GetNodesAsync"] = 2, ["GetVersionAsync"] = 1 }, store.Calls);
    }
}
