using KnowledgeGraph.Api.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Hosting;

public static class GraphCacheExtensions
{
    /// <summary>
    /// Two-level cache for query results and persisted queries: HybridCache in process memory,
    /// plus Redis when <c>Cache:Redis</c> is set (otherwise in-process only).
    /// </summary>
    public static IHostApplicationBuilder AddGraphCache(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(CacheOptions.SectionName);
        builder.Services.AddOptions<CacheOptions>()
            .Bind(section)
            .Validate(o => o.Expiration > TimeSpan.Zero && o.LocalExpiration > TimeSpan.Zero, "Cache:Expiration and Cache:LocalExpiration must be positive.")
            .Validate(o => o.RedisTimeout > TimeSpan.Zero && o.RedisRetryAfter >= TimeSpan.Zero, "Cache:RedisTimeout must be positive and Cache:RedisRetryAfter not negative.")
            .Validate(o => o.MaxEntryBytes > 0, "Cache:MaxEntryBytes must be positive.")
            .ValidateOnStart();

        // Read now: whether there is a second level decides what gets registered.
        var settings = section.Get<CacheOptions>() ?? new CacheOptions();
        builder.Services.AddHybridCache(o =>
            {
                o.MaximumPayloadBytes = settings.MaxEntryBytes;
                o.DefaultEntryOptions = new() { Expiration = settings.Expiration, LocalCacheExpiration = settings.LocalExpiration };
            })
            .AddSerializer<CachedResponse, CachedResponseSerializer>();

        if (!string.IsNullOrWhiteSpace(settings.Redis))
        {
            builder.Services.AddSingleton(sp => new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConfigurationOptions = RedisConfiguration(sp.GetRequiredService<IOptions<CacheOptions>>().Value),
                InstanceName = settings.KeyPrefix,
            })));
            builder.Services.AddSingleton(sp => new CircuitBreakingDistributedCache(
                sp.GetRequiredService<RedisCache>(),
                sp.GetRequiredService<IOptions<CacheOptions>>(),
                sp.GetService<TimeProvider>() ?? TimeProvider.System,
                sp.GetRequiredService<ILogger<CircuitBreakingDistributedCache>>()));
            builder.Services.AddSingleton<IDistributedCache>(sp => sp.GetRequiredService<CircuitBreakingDistributedCache>());
        }

        builder.Services.AddSingleton<QueryResultCache>();
        builder.Services.AddSingleton<PersistedQueryStore>();
        return builder;
    }

    /// <summary>
    /// The Redis client's defaults (5 s timeouts, commands queued while disconnected) would stall
    /// every request behind a dead Redis; the cache is an optimisation, so fail fast instead.
    /// Settings written in the configuration string win.
    /// </summary>
    internal static ConfigurationOptions RedisConfiguration(CacheOptions options)
    {
        var text = options.Redis ?? string.Empty;
        var configuration = ConfigurationOptions.Parse(text);
        var timeout = (int)options.RedisTimeout.TotalMilliseconds;
        if (!Mentions(text, "connectTimeout"))
        {
            configuration.ConnectTimeout = timeout;
        }

        if (!Mentions(text, "syncTimeout"))
        {
            configuration.SyncTimeout = timeout;
        }

        if (!Mentions(text, "asyncTimeout"))
        {
            configuration.AsyncTimeout = timeout;
        }

        if (!Mentions(text, "abortConnect"))
        {
            configuration.AbortOnConnectFail = false;
        }

        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return configuration;
    }

    private static bool Mentions(string configuration, string setting) =>
        configuration.Contains(setting + "=", StringComparison.OrdinalIgnoreCase);
}
