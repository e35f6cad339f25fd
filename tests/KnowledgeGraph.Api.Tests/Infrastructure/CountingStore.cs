using System.Collections.Concurrent;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Counts the store calls a request makes, per method, to prove batching.</summary>
internal sealed class CountingStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new SortedDictionary<string, int>(_calls, StringComparer.Ordinal);

    public void Reset() => _calls.Clear();

    private void Count(string method) => _calls.AddOrUpdate(method, 1, (_, n) => n + 1);

    public Task ReplaceAsync(GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken) =>
        inner.ReplaceAsync(graph, progress, cancellationToken);

    public Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        Count(nameof(GetVersionAsync));
        return inner.GetVersionAsync(cancellationToken);
    }

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        Count(nameof(GetNodesAsync));
        return inner.GetNodesAsync(ids, cancellationToken);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(FindNodesAsync));
        return inner.FindNodesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(GetEdgesAsync));
        return inner.GetEdgesAsync(query, cancellationToken);
    }

    public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(SearchAsync));
        return inner.SearchAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(AggregateAsync));
        return inner.AggregateAsync(query, cancellationToken);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        Count(nameof(GetStatisticsAsync));
        return inner.GetStatisticsAsync(cancellationToken);
    }

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken) => inner.ReadAllAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
