using System.Net;
using KnowledgeGraph.Api.Tests.Http;
using static KnowledgeGraph.Api.Tests.Http.HttpTestClient;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>Query results are cached by normalised query, variables and graph version (in-process level).</summary>
public sealed class QueryResultCacheTests : IAsyncLifetime
{
    private const string Query = "query Plans { plans { totalCount edges { node { id title } } } }";

    private SqliteFixture _sqlite = null!;
    private CountingGraphStore _store = null!;
    private ApiFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _sqlite = await SqliteFixture.CreateAsync();
        _store = new CountingGraphStore(_sqlite.Store);
        _factory = new ApiFactory(_store);
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _sqlite.DisposeAsync();
    }

    [Fact]
    public async Task A_repeated_query_is_answered_from_the_cache_without_reading_the_store()
    {
        using var first = await _client.SendAsync(PostQuery(Query));
        var readsAfterFirst = _store.Reads;
        using var second = await _client.SendAsync(PostQuery(Query));

        Assert.Equal("miss", first.Header("KG-Cache"));
        Assert.Equal("hit", second.Header("KG-Cache"));
        Assert.True(readsAfterFirst > 0);
        Assert.Equal(readsAfterFirst, _store.Reads);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Contains(SampleGraph.PlanTitle, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Whitespace_commas_and_comments_do_not_change_the_key_and_get_shares_it_with_post()
    {
        using var first = await _client.SendAsync(PostQuery(Query));
        var reads = _store.Reads;

        using var reformatted = await _client.SendAsync(PostQuery("""
            # the same query, formatted by hand
            query   Plans {
              plans {
                totalCount,
                edges { node { id, title } }
              }
            }
            """));
        using var viaGet = await _client.SendAsync(Get(Query));

        Assert.Equal("hit", reformatted.Header("KG-Cache"));
        Assert.Equal("hit", viaGet.Header("KG-Cache"));
        Assert.Equal(reads, _store.Reads);
    }

    [Fact]
    public async Task Different_variables_or_string_values_are_different_entries()
    {
        const string byId = "query ($id: ID!) { node(id: $id) { id } }";
        using var first = await _client.SendAsync(PostQuery(byId, new { id = "plan_1" }));
        using var other = await _client.SendAsync(PostQuery(byId, new { id = "sec_1" }));
        using var literal = await _client.SendAsync(PostQuery("{ node(id: \"plan_1\") { id } }"));
        using var otherLiteral = await _client.SendAsync(PostQuery("{ node(id: \"sec_1\") { id } }"));

        Assert.Equal("miss", first.Header("KG-Cache"));
        Assert.Equal("miss", other.Header("KG-Cache"));
        Assert.Equal("miss", literal.Header("KG-Cache"));
        Assert.Equal("miss", otherLiteral.Header("KG-Cache"));
        Assert.Contains("\"sec_1\"", await otherLiteral.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reimport_changes_the_graph_version_and_so_misses_the_cache()
    {
        using var before = await _client.SendAsync(PostQuery(Query));
        var versionBefore = await _sqlite.Store.GetVersionAsync(CancellationToken.None);

        await _sqlite.ReimportAsync(SampleGraph.Create("长春市新区发展规划"));
        var reads = _store.Reads;
        using var after = await _client.SendAsync(PostQuery(Query));

        Assert.NotEqual(versionBefore, await _sqlite.Store.GetVersionAsync(CancellationToken.None));
        Assert.Equal("miss", after.Header("KG-Cache"));
        Assert.True(_store.Reads > reads);
        Assert.Contains("长春市新区发展规划", await after.Content.ReadAsStringAsync());
        Assert.DoesNotContain(SampleGraph.PlanTitle, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Results_with_errors_are_never_cached()
    {
        const string failing = "{ plans(first: 1000000) { totalCount } }";

        using var first = await _client.SendAsync(PostQuery(failing));
        using var second = await _client.SendAsync(PostQuery(failing));

        Assert.NotNull((await second.JsonAsync())["errors"]);
        Assert.Equal("bypass", first.Header("KG-Cache"));
        Assert.Equal("bypass", second.Header("KG-Cache"));
    }

    [Fact]
    public async Task Caching_can_be_turned_off()
    {
        await using var factory = new ApiFactory(_store, new Dictionary<string, string?> { ["Cache:Enabled"] = "false" });
        using var client = factory.CreateClient();

        using var first = await client.SendAsync(PostQuery(Query));
        var reads = _store.Reads;
        using var second = await client.SendAsync(PostQuery(Query));

        Assert.Equal("bypass", second.Header("KG-Cache"));
        Assert.True(_store.Reads > reads);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }
}
