using KnowledgeGraph.Api.Http;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Caches successful query results by normalised query, operation name, variables and graph
/// version. A result that must not be cached (mutation, errors, timeout) leaves the factory as an
/// exception, because HybridCache stores whatever a factory returns but never an exception; callers
/// waiting on the same key at that moment share the same answer, which is the one they would get.
/// </summary>
internal sealed class QueryResultCache(HybridCache cache, IOptions<CacheOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    /// <param name="execute">Runs the query; returns the response and whether it may be cached.</param>
    public async ValueTask<CacheLookup> GetOrExecuteAsync<TState>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<ExecutedResponse>> execute,
        CancellationToken cancellationToken)
    {
        var call = new FactoryCall<TState>(state, execute);
        try
        {
            var cached = await cache.GetOrCreateAsync(
                key,
                call,
                static async (call, ct) =>
                {
                    call.Ran = true;
                    var response = await call.Execute(call.State, ct);
                    return response.Cacheable
                        ? new CachedResponse(response.Utf8Json)
                        : throw new UncacheableResponseException(response);
                },
                EntryOptions(),
                tags: null,
                cancellationToken);
            return new CacheLookup(new ExecutedResponse(cached.Utf8Json, ResponseOutcome.Success), call.Ran ? CacheStatus.Miss : CacheStatus.Hit);
        }
        catch (UncacheableResponseException uncacheable)
        {
            return new CacheLookup(uncacheable.Response, CacheStatus.Bypass);
        }
    }

    private HybridCacheEntryOptions EntryOptions()
    {
        var value = options.Value;
        return new HybridCacheEntryOptions
        {
            Expiration = value.Expiration,
            LocalCacheExpiration = value.LocalExpiration < value.Expiration ? value.LocalExpiration : value.Expiration,
        };
    }

    private sealed class FactoryCall<TState>(TState state, Func<TState, CancellationToken, ValueTask<ExecutedResponse>> execute)
    {
        public TState State { get; } = state;

        public Func<TState, CancellationToken, ValueTask<ExecutedResponse>> Execute { get; } = execute;

        public bool Ran { get; set; }
    }

    private sealed class UncacheableResponseException(ExecutedResponse response) : Exception("The response is not cacheable.")
    {
        public ExecutedResponse Response { get; } = response;
    }
}

/// <summary>Whether a response came from the cache; sent as the <c>KG-Cache</c> response header.</summary>
internal enum CacheStatus
{
    /// <summary>Served from the cache (memory or Redis).</summary>
    Hit,
    /// <summary>Executed now and stored.</summary>
    Miss,
    /// <summary>Executed and not stored (mutation, errors, caching off, empty store).</summary>
    Bypass,
}

internal readonly record struct CacheLookup(ExecutedResponse Response, CacheStatus Status);
