using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>
/// Counts the reads that answer queries (not version checks), so a test can see whether a
/// response came from the cache; optionally slows them down to provoke the execution timeout.
/// </summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public TimeSpan ReadDelay { get; set; }

    public Task ReplaceAsync(GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken) =>
        inner.ReplaceAsync(graph, progress, cancellationToken);

    public Task<string?> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await CountAsync(cancellationToken);
        return await inner.GetNodesAsync(ids, cancellationToken);
    }

    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        await CountAsync(cancellationToken);
        return await inner.FindNodesAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken)
    {
        await CountAsync(cancellationToken);
        return await inner.GetEdgesAsync(query, cancellationToken);
    }

    public async Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await CountAsync(cancellationToken);
        return await inner.SearchAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken)
    {
        await CountAsync(cancellationToken);
        return await inner.AggregateAsync(query, cancellationToken);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => inner.GetStatisticsAsync(cancellationToken);

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken) => inner.ReadAllAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private async Task CountAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        if (ReadDelay > TimeSpan.Zero)
        {
            // Deliberately ignores cancellation: a store call that does not stop must not hold the response.
            await Task.Delay(ReadDelay, CancellationToken.None);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
