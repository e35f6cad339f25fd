using GraphQL;
using KnowledgeGraph.Api.Common.Connections;
using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Api.Tests;

public sealed class ErrorTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public void Cursors_round_trip_and_foreign_ones_are_refused()
    {
        Assert.Equal(0, Cursor.Decode(Cursor.Encode(0)));
        Assert.Equal(12345, Cursor.Decode(Cursor.Encode(12345)));
        Assert.NotEqual("12345", Cursor.Encode(12345));
        Assert.Throws<ExecutionError>(() => Cursor.Decode("a2cxOi0x")); // kg1:-1
        Assert.Throws<ExecutionError>(() => Cursor.Decode(Cursor.Encode(int.MaxValue)));
        Assert.Throws<ExecutionError>(() => Cursor.Decode("!!"));
        Assert.Throws<ExecutionError>(() => Cursor.Decode("b3RoZXI6MQ")); // other:1
    }

    [Fact]
    public async Task A_query_the_store_refuses_is_answered_with_the_stores_reason()
    {
        await using var api = new TestApi(fixture.Store);
        var errors = await api.ErrorsAsync("""
            { goals(orderBy: [{ field: TEXT }, { field: CATEGORY }, { field: TARGET_VALUE }, { field: TARGET_YEAR }, { field: ATTRIBUTE }]) { totalCount } }
            """);
        Assert.Contains(errors, e => e.Contains("at most 4 sort keys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_store_yields_an_internal_error_without_details_and_keeps_other_fields()
    {
        await using var api = new TestApi(new FailingSearchStore(fixture.Store));
        var json = JObject.Parse(await api.RunAsync("""{ search(text: "冰雪") { totalCount } plans(first: 1) { totalCount } }"""));
        var message = (string)json["errors"]![0]!["message"]!;
        Assert.Equal("Internal error while resolving this field.", message);
        Assert.DoesNotContain("/secret", json.ToString(), StringComparison.Ordinal);
        Assert.Equal(6, (int)json["data"]!["plans"]!["totalCount"]!);
    }

    private sealed class FailingSearchStore(IGraphStore inner) : IGraphStore
    {
        public Task ReplaceAsync(GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken) => inner.ReplaceAsync(graph, progress, cancellationToken);
        public Task<string?> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);
        public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => inner.GetNodesAsync(ids, cancellationToken);
        public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) => inner.FindNodesAsync(query, cancellationToken);
        public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken) => inner.GetEdgesAsync(query, cancellationToken);
        public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
            throw new IOException("disk error reading /secret/graph.db");
        public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken) => inner.AggregateAsync(query, cancellationToken);
        public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => inner.GetStatisticsAsync(cancellationToken);
        public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken) => inner.ReadAllAsync(cancellationToken);
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
