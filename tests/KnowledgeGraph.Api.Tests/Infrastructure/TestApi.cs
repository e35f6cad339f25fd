using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>The schema and executor over a given store, as the HTTP layer and the CLI wire them.</summary>
internal sealed class TestApi : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public TestApi(IGraphStore store, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(store)
            .AddKnowledgeGraphSchema(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Executor = _services.GetRequiredService<GraphQLExecutor>();
    }

    public GraphQLExecutor Executor { get; }

    /// <summary>Runs a request in its own scope (as one HTTP request would) and returns the serialised result.</summary>
    public async Task<string> RunAsync(string query, Inputs? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, scope.ServiceProvider, CancellationToken.None);
        return Executor.Serialize(result);
    }

    /// <summary>Runs a request that must succeed and returns its parsed <c>data</c>.</summary>
    public async Task<JObject> DataAsync(string query, Inputs? variables = null)
    {
        var json = JObject.Parse(await RunAsync(query, variables));
        if (json["errors"] is JArray { Count: > 0 } errors)
        {
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + errors.ToString());
        }
        return (JObject)json["data"]!;
    }

    /// <summary>Runs a request that must fail and returns its error messages.</summary>
    public async Task<IReadOnlyList<string>> ErrorsAsync(string query, Inputs? variables = null)
    {
        var json = JObject.Parse(await RunAsync(query, variables));
        var errors = json["errors"] as JArray ?? throw new Xunit.Sdk.XunitException("expected errors, got " + json);
        return errors.Select(e => (string)e["message"]!).ToList();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
