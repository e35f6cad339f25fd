using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Api.Bench;

/// <summary>
/// The schema and executor over a store, wired as `kg query` wires them (no HTTP): each request in
/// its own service scope, the result written as UTF-8 JSON as the HTTP layer writes it.
/// </summary>
internal sealed class InProcessApi : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly GraphQLExecutor _executor;
    private readonly IGraphQLTextSerializer _serializer;

    public InProcessApi(IGraphStore store)
    {
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(store)
            .AddKnowledgeGraphSchema(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        _executor = _services.GetRequiredService<GraphQLExecutor>();
        _serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
    }

    /// <summary>Runs a request and returns the response body; throws when the result has errors.</summary>
    public async Task<byte[]> RunAsync(string query, string? variablesJson = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await _executor.ExecuteAsync(
            new GraphQLRequest { Query = query, Variables = variablesJson is null ? null : _serializer.Deserialize<Inputs>(variablesJson) },
            scope.ServiceProvider,
            CancellationToken.None);
        var body = await _executor.ToUtf8Async(result, CancellationToken.None);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"the benchmark query failed: {errors[0].Message}\n{query}");
        }
        return body;
    }

    public async Task<JsonNode> DataAsync(string query, string? variablesJson = null) =>
        JsonNode.Parse(await RunAsync(query, variablesJson))!["data"]!;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
