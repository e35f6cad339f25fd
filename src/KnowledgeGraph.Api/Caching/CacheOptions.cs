namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Caching of query results and automatic persisted queries. Section <c>Cache</c>. Entries live in
/// process memory and, when <see cref="Redis"/> is set, in Redis too so that several API processes
/// share them. Keys include the graph version, so a re-import never serves stale results.
/// </summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>Cache successful query results (default true). Mutations and results with errors are never cached.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// StackExchange.Redis configuration string for the shared second-level cache, e.g.
    /// <c>localhost:6379</c> or <c>redis1:6379,password=…,ssl=true</c>. Empty: in-process cache only.
    /// Unless the string sets them, short timeouts (<see cref="RedisTimeout"/>) and
    /// <c>abortConnect=false</c> are applied so that a slow or dead Redis never stalls requests.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every key written to Redis, so several deployments can share one server (default <c>kg:</c>).</summary>
    public string KeyPrefix { get; set; } = "kg:";

    /// <summary>How long a query result is kept in Redis (default 30 minutes).</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a query result is kept in process memory (default 5 minutes; at most <see cref="Expiration"/>).</summary>
    public TimeSpan LocalExpiration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Accept automatic persisted queries (Apollo's APQ: <c>extensions.persistedQuery.sha256Hash</c>)
    /// (default true). When false, such requests get <c>PersistedQueryNotSupported</c>.
    /// </summary>
    public bool PersistedQueries { get; set; } = true;

    /// <summary>How long a registered persisted query is remembered (default 7 days).</summary>
    public TimeSpan PersistedQueryExpiration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Largest response cached, in bytes (default 4 MiB); larger responses are served but not kept.</summary>
    public int MaxEntryBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Connect, sync and async timeout of the Redis client (default 500 ms).</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// After a Redis failure, how long the API stops calling Redis and uses its in-process cache
    /// alone before trying again (default 15 s). Keeps a dead Redis from costing a timeout per request.
    /// </summary>
    public TimeSpan RedisRetryAfter { get; set; } = TimeSpan.FromSeconds(15);
}
