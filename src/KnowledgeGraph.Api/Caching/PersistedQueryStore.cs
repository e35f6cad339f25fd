using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Automatic persisted queries (Apollo's APQ): clients send the SHA-256 of a query instead of its
/// text; the first time, the server answers <c>PersistedQueryNotFound</c> and the client sends
/// both, which registers it. Registrations live in the same two-level cache as results, so every
/// API process sharing a Redis knows them.
/// </summary>
internal sealed class PersistedQueryStore(HybridCache cache, IOptions<CacheOptions> options)
{
    // A lookup must neither run a factory nor remember a miss: the client registers the query next.
    private static readonly HybridCacheEntryOptions LookupOnly = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public bool Enabled => options.Value.PersistedQueries;

    public async ValueTask<string?> FindAsync(string sha256Hash, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync<string?>(
            Key(sha256Hash),
            static _ => ValueTask.FromResult<string?>(null),
            LookupOnly,
            tags: null,
            cancellationToken);

    public ValueTask SaveAsync(string sha256Hash, string query, CancellationToken cancellationToken)
    {
        var expiration = options.Value.PersistedQueryExpiration;
        var entry = new HybridCacheEntryOptions { Expiration = expiration, LocalCacheExpiration = expiration };
        return cache.SetAsync(Key(sha256Hash), query, entry, tags: null, cancellationToken);
    }

    /// <summary>Lower-case hex SHA-256 of the query's UTF-8 bytes, as APQ clients compute it.</summary>
    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>A SHA-256 hash in hex (64 characters), the only form accepted.</summary>
    public static bool IsWellFormed(string hash) => hash.Length == 64 && !hash.AsSpan().ContainsAnyExcept(HexDigits);

    private static string Key(string sha256Hash) => "apq:" + sha256Hash.ToLowerInvariant();
}
