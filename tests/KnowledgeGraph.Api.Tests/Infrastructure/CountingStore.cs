using System.Collections.Concurrent;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Counts the store calls a request makes, per method, to prove batching.</summary>
internal sealed class CountingStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private long _elapsedTicks;

    /// <summary>Wall-clock time spent inside the store's methods (reads run synchronously in SQLite).</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new SortedDictionary<string, int>(_calls, StringComparer.Ordinal);

    public void Reset()
    {
        _calls.Clear();
        Interlocked.Exchange(ref _elapsedTicks, 0);
    }

    private void Count(string method) => _calls.AddOrUpdate(method, 1, (_, n) => n + 1);

    private async Task<T> Timed<T>(string method, Func<Task<T>> call)
    {
        Count(method);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await call().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Add(ref _elapsedTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
        }
    }

    public Task ReplaceAsync(GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken) =>
        inner.ReplaceAsync(graph, progress, cancellationToken);

    public Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    =>
        Timed(nameof(GetVersionAsync), () => inner.GetVersionAsync(cancellationToken));

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    =>
        Timed(nameof(GetNodesAsync), () => inner.GetNodesAsync(ids, cancellationToken));

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    =>
        Timed(nameof(FindNodesAsync), () => inner.FindNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken)
    =>
        Timed(nameof(GetEdgesAsync), () => inner.GetEdgesAsync(query, cancellationToken));

    public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    =>
        Timed(nameof(SearchAsync), () => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken)
    =>
        Timed(nameof(AggregateAsync), () => inner.AggregateAsync(query, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    =>
        Timed(nameof(GetStatisticsAsync), () => inner.GetStatisticsAsync(cancellationToken));

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken) => inner.ReadAllAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
