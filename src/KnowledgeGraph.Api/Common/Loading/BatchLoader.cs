using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// A per-request batching loader: every key asked for while the execution strategy resolves one
/// level of the query is queued, and the first result awaited fetches the whole queue in one store
/// round trip. Results are cached for the rest of the request, so a key is fetched at most once.
/// Thread-safe because the parallel execution strategy resolves sibling fields concurrently.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Entry> _entries;
    private List<Entry> _queue = [];

    protected BatchLoader(IEqualityComparer<TKey>? comparer = null) => _entries = new Dictionary<TKey, Entry>(comparer);

    /// <summary>Queues a key (or returns the cached result) without touching the store.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry)) return entry;
            entry = new Entry(this, key);
            _entries.Add(key, entry);
            _queue.Add(entry);
            return entry;
        }
    }

    /// <summary>Queues several keys; the result keeps their order.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys) =>
        new ManyResult<TValue>(keys.Select(Load).ToList());

    /// <summary>Fetches a batch; keys missing from the answer get <see cref="ValueForMissing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected abstract TValue ValueForMissing(TKey key);

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<Entry> batch;
        lock (_gate)
        {
            if (_queue.Count == 0) return;
            batch = _queue;
            _queue = [];
        }
        try
        {
            var found = await FetchAsync(batch.ConvertAll(e => e.Key), cancellationToken).ConfigureAwait(false);
            foreach (var entry in batch)
            {
                entry.Complete(found.TryGetValue(entry.Key, out var value) ? value : ValueForMissing(entry.Key));
            }
        }
        catch (Exception ex)
        {
            foreach (var entry in batch) entry.Fail(ex);
        }
    }

    private sealed class Entry(BatchLoader<TKey, TValue> owner, TKey key) : IDataLoaderResult<TValue>
    {
        // Continuations run inline on the dispatching thread: the batch is complete by then, no lock is
        // held, and a thread-pool hop per waiting field would cost more than the field itself.
        private readonly TaskCompletionSource<TValue> _result = new();

        public TKey Key => key;

        public void Complete(TValue value) => _result.TrySetResult(value);

        public void Fail(Exception exception) => _result.TrySetException(exception);

        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            // Most keys are asked for again once their batch is in (and every key of a cached read):
            // hand out the finished task rather than a new state machine per field.
            _result.Task.IsCompleted ? _result.Task : DispatchThenWaitAsync(cancellationToken);

        private async Task<TValue> DispatchThenWaitAsync(CancellationToken cancellationToken)
        {
            // When another caller already dispatched this key's batch, the queue holds other keys
            // (or none) and awaiting the result simply waits for that batch.
            await owner.DispatchAsync(cancellationToken).ConfigureAwait(false);
            return await _result.Task.ConfigureAwait(false);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
