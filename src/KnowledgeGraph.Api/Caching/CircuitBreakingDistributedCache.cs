using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Wraps the Redis cache so that a dead or hanging Redis costs one timeout, not one per request:
/// after a failure, calls are skipped (reads miss, writes are dropped) for
/// <see cref="CacheOptions.RedisRetryAfter"/>; then a single call probes Redis again. The
/// in-process level of HybridCache keeps serving meanwhile.
/// </summary>
internal sealed partial class CircuitBreakingDistributedCache(
    IDistributedCache inner,
    IOptions<CacheOptions> options,
    TimeProvider time,
    ILogger<CircuitBreakingDistributedCache> logger) : IBufferDistributedCache
{
    private readonly IBufferDistributedCache? _buffered = inner as IBufferDistributedCache;

    // Timestamp until which Redis is skipped; 0 while Redis is healthy.
    private long _openUntil;

    // 1 while one call probes a Redis that failed before; others keep skipping meanwhile.
    private int _probing;

    /// <summary>True while Redis is being skipped after a failure.</summary>
    public bool IsOpen => Volatile.Read(ref _openUntil) != 0;

    public byte[]? Get(string key) => Guard(() => inner.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        GuardAsync(() => inner.GetAsync(key, token), null, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Guard(() => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.SetAsync(key, value, options, token); return true; }, false, token);

    public void Refresh(string key) => Guard(() => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RefreshAsync(key, token); return true; }, false, token);

    // Keys carry the graph version, so nothing relies on removal; a skipped removal only leaves an entry to expire.
    public void Remove(string key) => Guard(() => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RemoveAsync(key, token); return true; }, false, token);

    public bool TryGet(string key, IBufferWriter<byte> destination) => Guard(
        () =>
        {
            if (_buffered is not null)
            {
                return _buffered.TryGet(key, destination);
            }

            var value = inner.Get(key);
            if (value is null)
            {
                return false;
            }

            destination.Write(value);
            return true;
        },
        false);

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default) =>
        await GuardAsync(
            async () =>
            {
                if (_buffered is not null)
                {
                    return await _buffered.TryGetAsync(key, destination, token);
                }

                var value = await inner.GetAsync(key, token);
                if (value is null)
                {
                    return false;
                }

                destination.Write(value);
                return true;
            },
            false,
            token);

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) => Guard(
        () =>
        {
            if (_buffered is not null)
            {
                _buffered.Set(key, value, options);
            }
            else
            {
                inner.Set(key, value.ToArray(), options);
            }

            return true;
        },
        false);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        await GuardAsync(
            async () =>
            {
                if (_buffered is not null)
                {
                    await _buffered.SetAsync(key, value, options, token);
                }
                else
                {
                    await inner.SetAsync(key, value.ToArray(), options, token);
                }

                return true;
            },
            false,
            token);

    private T Guard<T>(Func<T> call, T skipped)
    {
        if (!TryEnter())
        {
            return skipped;
        }

        try
        {
            var result = call();
            Succeeded();
            return result;
        }
        catch (Exception exception)
        {
            Failed(exception);
            return skipped;
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> call, T skipped, CancellationToken token)
    {
        if (!TryEnter())
        {
            return skipped;
        }

        try
        {
            var result = await call();
            Succeeded();
            return result;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The caller gave up; that says nothing about Redis.
            Interlocked.Exchange(ref _probing, 0);
            throw;
        }
        catch (Exception exception)
        {
            Failed(exception);
            return skipped;
        }
    }

    private bool TryEnter()
    {
        var openUntil = Volatile.Read(ref _openUntil);
        if (openUntil == 0)
        {
            return true;
        }

        return time.GetTimestamp() >= openUntil && Interlocked.CompareExchange(ref _probing, 1, 0) == 0;
    }

    private void Succeeded()
    {
        if (Interlocked.Exchange(ref _openUntil, 0) != 0)
        {
            LogRecovered(logger);
        }

        Interlocked.Exchange(ref _probing, 0);
    }

    private void Failed(Exception exception)
    {
        var retryAfter = options.Value.RedisRetryAfter;
        var until = time.GetTimestamp() + (long)(retryAfter.TotalSeconds * time.TimestampFrequency);
        if (Interlocked.Exchange(ref _openUntil, Math.Max(until, 1)) == 0)
        {
            LogTripped(logger, retryAfter.TotalSeconds, exception.GetType().Name, exception.Message);
        }

        Interlocked.Exchange(ref _probing, 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cache unavailable ({ExceptionType}: {Reason}); using the in-process cache alone and retrying Redis in {RetryAfterSeconds} s.")]
    private static partial void LogTripped(ILogger logger, double retryAfterSeconds, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis cache reachable again.")]
    private static partial void LogRecovered(ILogger logger);
}
