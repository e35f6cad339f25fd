using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Http.HttpTestClient;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>Tools can read the schema; introspection cannot be turned into a bomb.</summary>
public sealed class IntrospectionTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new(new InMemoryGraphStore(SampleGraph.Create()));
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_introspection_query_of_graphiql_is_answered()
    {
        using var response = await _client.SendAsync(PostQuery(ClientQueries.GraphiQLIntrospection));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Null(json["errors"]);
        Assert.Contains(json["data"]!["__schema"]!["types"]!, t => (string?)t["name"] == "Plan");
    }

    [Fact]
    public async Task Nested_type_walking_introspection_is_refused_as_too_complex()
    {
        using var response = await _client.SendAsync(PostQuery(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("complex", (await response.JsonAsync()).FirstErrorMessage(), StringComparison.OrdinalIgnoreCase);
    }
}
