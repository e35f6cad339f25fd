using System.Net;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Api.Tests.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static KnowledgeGraph.Api.Tests.Http.HttpTestClient;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>Automatic persisted queries as Apollo's clients speak them.</summary>
public sealed class PersistedQueryTests : IAsyncLifetime
{
    private const string Query = "{ plans { totalCount edges { node { title } } } }";

    private ApiFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new ApiFactory(new InMemoryGraphStore(SampleGraph.Create()));
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    internal static string Sha256(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    internal static HttpRequestMessage Persisted(string hash, string? query = null, int version = 1)
    {
        var body = new JObject
        {
            ["extensions"] = new JObject { ["persistedQuery"] = new JObject { ["version"] = version, ["sha256Hash"] = hash } },
        };
        if (query is not null)
        {
            body["query"] = query;
        }

        return Post(body.ToString());
    }

    [Fact]
    public async Task An_unknown_hash_answers_persisted_query_not_found_so_the_client_sends_the_query()
    {
        using var response = await _client.SendAsync(Persisted(Sha256(Query)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("PersistedQueryNotFound", json.FirstErrorMessage());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", json.FirstErrorCode());
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Hash_and_query_register_it_and_later_the_hash_alone_runs_it_by_post_and_get()
    {
        var hash = Sha256(Query);

        using var register = await _client.SendAsync(Persisted(hash, Query));
        using var byHash = await _client.SendAsync(Persisted(hash));
        var extensions = Uri.EscapeDataString(new JObject { ["persistedQuery"] = new JObject { ["version"] = 1, ["sha256Hash"] = hash } }.ToString());
        using var byGet = await _client.GetAsync("/graphql?extensions=" + extensions);

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(1, (int?)(await byHash.JsonAsync())["data"]!["plans"]!["totalCount"]);
        Assert.Equal(HttpStatusCode.OK, byGet.StatusCode);
        Assert.Contains(SampleGraph.PlanTitle, await byGet.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_400()
    {
        using var response = await _client.SendAsync(Persisted(Sha256("{ other }"), Query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task An_invalid_query_is_not_registered()
    {
        const string invalid = "{ plans { noSuchField } }";
        var hash = Sha256(invalid);

        using var register = await _client.SendAsync(Persisted(hash, invalid));
        using var byHash = await _client.SendAsync(Persisted(hash));

        Assert.Equal(HttpStatusCode.BadRequest, register.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await byHash.JsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData(2, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(1, "not-a-hash")]
    public async Task Unknown_versions_and_malformed_hashes_are_400(int version, string hash)
    {
        using var response = await _client.SendAsync(Persisted(hash, version: version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_INVALID", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task When_turned_off_clients_are_told_it_is_not_supported()
    {
        await using var factory = new ApiFactory(new InMemoryGraphStore(SampleGraph.Create()), new Dictionary<string, string?> { ["Cache:PersistedQueries"] = "false" });
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Persisted(Sha256(Query), Query));

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", (await response.JsonAsync()).FirstErrorCode());
    }
}
