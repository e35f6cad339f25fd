using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Nested lists cost a fixed number of store queries, however many parents a level has.</summary>
public sealed class BatchingTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-api-batching-" + Guid.NewGuid().ToString("N"));
    private IGraphStore _store = null!;

    public async Task InitializeAsync() => _store = await SqliteStoreFixture.CreateAsync(_directory, WideFixture.Build(plans: 25, goalsPerPlan: 12));

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public async Task Plans_their_goals_and_each_goals_indicator_take_four_store_queries(int plans)
    {
        var counting = new CountingStore(_store);
        await using var api = new TestApi(counting);
        var data = await api.DataAsync($$"""
            { plans(first: {{plans}}) { edges { node { title goals(first: 10) { totalCount edges { node { text target indicator { name unit } } } } } } } }
            """);

        Assert.Equal(plans * 10, data.Strings("$.plans.edges[*].node.goals.edges[*].node.indicator.name").Count);
        Assert.All(data.Strings("$.plans.edges[*].node.goals.totalCount"), c => Assert.Equal("12", c));
        // plans page, all plans' goals, the MEASURES edges of all goals, all indicators; the graph version once.
        Assert.Equal(
            new Dictionary<string, int> { ["FindNodesAsync"] = 2, ["GetEdgesAsync"] = 1, ["GetNodesAsync"] = 1, ["GetVersionAsync"] = 1 },
            counting.Calls);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public async Task Plans_chapters_and_their_goals_take_five_store_queries(int plans)
    {
        var counting = new CountingStore(_store);
        await using var api = new TestApi(counting);
        await api.DataAsync($$"""
            { plans(first: {{plans}}) { nodes { sections { nodes { title goals(first: 5) { nodes { text indicator { name } } } } } } } }
            """);
        // plans page; HAS_SECTION edges + sections; STATES edges + goals; MEASURES edges + indicators; the graph version once.
        Assert.Equal(
            new Dictionary<string, int> { ["FindNodesAsync"] = 1, ["GetEdgesAsync"] = 3, ["GetNodesAsync"] = 3, ["GetVersionAsync"] = 1 },
            counting.Calls);
    }

    [Fact]
    public async Task A_repeated_query_reads_nodes_and_relationships_from_memory()
    {
        var counting = new CountingStore(_store);
        await using var api = new TestApi(counting);
        const string Query = "{ plans(first: 5) { nodes { sections { nodes { title goals(first: 5) { nodes { text indicator { name } } } } } } } }";
        var first = await api.RunAsync(Query);
        counting.Reset();

        var second = await api.RunAsync(Query);

        Assert.Equal(first, second);
        // Only the plans page (a filtered list, not cached) and the version check reach the store.
        Assert.Equal(new Dictionary<string, int> { ["FindNodesAsync"] = 1, ["GetVersionAsync"] = 1 }, counting.Calls);
    }
}
