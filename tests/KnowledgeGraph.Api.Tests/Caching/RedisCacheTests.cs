using System.Diagnostics;
using System.Net;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static KnowledgeGraph.Api.Tests.Http.HttpTestClient;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>The Redis second level against a real redis-server: sharing between processes, and outages.</summary>
public sealed class RedisCacheTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Query = "{ plans { totalCount edges { node { id title } } } }";

    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(20);

    private readonly string _prefix = $"kgtest-{Guid.NewGuid():N}:";
    private SqliteFixture _sqlite = null!;
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _sqlite = await SqliteFixture.CreateAsync();
        _redis = await RedisServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _redis?.Dispose();
        await _sqlite.DisposeAsync();
    }

    [RedisFact]
    public async Task A_result_cached_by_one_api_process_is_served_by_another_from_redis()
    {
        var storeA = new CountingGraphStore(_sqlite.Store);
        var storeB = new CountingGraphStore(_sqlite.Store);
        await using var apiA = new ApiFactory(storeA, PatientRedisSettings(_redis.ConnectionString));
        await using var apiB = new ApiFactory(storeB, PatientRedisSettings(_redis.ConnectionString));
        using var clientA = apiA.CreateClient();
        using var clientB = apiB.CreateClient();

        using var first = await clientA.SendAsync(PostQuery(Query));
        await WaitForKeysAsync(1);
        using var second = await clientB.SendAsync(PostQuery(Query));

        Assert.Equal("miss", first.Header("KG-Cache"));
        Assert.Equal("hit", second.Header("KG-Cache"));
        Assert.Equal(0, storeB.Reads);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [RedisFact]
    public async Task A_persisted_query_registered_on_one_process_is_known_to_another()
    {
        await using var apiA = new ApiFactory(new CountingGraphStore(_sqlite.Store), PatientRedisSettings(_redis.ConnectionString));
        await using var apiB = new ApiFactory(new CountingGraphStore(_sqlite.Store), PatientRedisSettings(_redis.ConnectionString));
        using var clientA = apiA.CreateClient();
        using var clientB = apiB.CreateClient();
        var hash = PersistedQueryTests.Sha256(Query);

        using var register = await clientA.SendAsync(PersistedQueryTests.Persisted(hash, Query));
        await WaitForKeysAsync(2);
        using var byHash = await clientB.SendAsync(PersistedQueryTests.Persisted(hash));

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Contains(SampleGraph.PlanTitle, await byHash.Content.ReadAsStringAsync());
    }

    [RedisFact]
    public async Task When_redis_dies_mid_run_every_request_still_answers_and_redis_is_used_again_once_back()
    {
        var store = new CountingGraphStore(_sqlite.Store);
        await using var api = new ApiFactory(store, RedisSettings(_redis.ConnectionString));
        using var client = api.CreateClient();
        var breaker = api.Services.GetRequiredService<CircuitBreakingDistributedCache>();
        var before = new List<double>();
        var after = new List<double>();

        for (var i = 0; i < 60; i++)
        {
            if (i == 20)
            {
                _redis.Stop();
            }

            // A distinct query each time, so every request misses memory and goes to Redis first.
            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(PostQuery($"{{ q{i}: plans {{ totalCount }} }}"));
            (i < 20 ? before : after).Add(watch.Elapsed.TotalMilliseconds);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, (int?)(await response.JsonAsync())["data"]![$"q{i}"]!["totalCount"]);
        }

        output.WriteLine($"with Redis: max {before.Max():0.0} ms, mean {before.Average():0.0} ms; " +
            $"after Redis died: max {after.Max():0.0} ms, mean {after.Average():0.0} ms over {after.Count} requests");
        Assert.True(breaker.IsOpen, "a dead Redis should be skipped instead of costing a timeout per request");

        // The Redis client reconnects in the background and the breaker lets one probe through per
        // RedisRetryAfter, so the first requests after the restart may still skip Redis. Keep sending
        // fresh queries until one's result is written to Redis (bounded), rather than guessing a delay.
        await _redis.StartAgainAsync();
        var sent = 0;
        await UntilAsync(async () =>
        {
            using var response = await client.SendAsync(PostQuery($"{{ recovered{sent++}: plans {{ totalCount }} }}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await _redis.KeyCountAsync() >= 1;
        }, "a result written to Redis after it came back");
        Assert.False(breaker.IsOpen);

        // Redis is really in use again: a result cached now is served to another process from Redis.
        const string Shared = "{ shared: plans { totalCount } }";
        var keys = await _redis.KeyCountAsync();
        using var stored = await client.SendAsync(PostQuery(Shared));
        await WaitForKeysAsync(keys + 1);
        await using var other = new ApiFactory(new CountingGraphStore(_sqlite.Store), RedisSettings(_redis.ConnectionString));
        using var otherClient = other.CreateClient();
        using var fromRedis = await otherClient.SendAsync(PostQuery(Shared));
        Assert.Equal("miss", stored.Header("KG-Cache"));
        Assert.Equal("hit", fromRedis.Header("KG-Cache"));
    }

    [RedisFact]
    public async Task An_unreachable_redis_from_the_start_costs_nothing_but_the_shared_level()
    {
        var deadPort = _redis.Port;
        _redis.Stop();
        await using var api = new ApiFactory(new CountingGraphStore(_sqlite.Store), RedisSettings($"127.0.0.1:{deadPort}"));
        using var client = api.CreateClient();

        using var first = await client.SendAsync(PostQuery(Query));
        using var second = await client.SendAsync(PostQuery(Query));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("hit", second.Header("KG-Cache"));
    }

    private Dictionary<string, string?> RedisSettings(string connection) => new()
    {
        ["Cache:Redis"] = connection,
        ["Cache:KeyPrefix"] = _prefix,
        ["Cache:RedisRetryAfter"] = "00:00:00.200",
    };

    // For the tests that wait for a write to land: on a machine busy with the other test assemblies, the
    // client's first connect can take longer than the default 500 ms, and a cache drops the write it could
    // not make then (the breaker's job), so nothing would ever arrive to wait for.
    private Dictionary<string, string?> PatientRedisSettings(string connection) =>
        new(RedisSettings(connection)) { ["Cache:RedisTimeout"] = "00:00:05" };

    // HybridCache writes to Redis after answering; wait until the write has landed.
    private Task WaitForKeysAsync(int atLeast) =>
        UntilAsync(async () => await _redis.KeyCountAsync() >= atLeast, $"at least {atLeast} keys in Redis");

    /// <summary>Polls a condition until it holds; fails after a deadline generous enough for a loaded machine.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < PollTimeout, $"expected {what} within {PollTimeout.TotalSeconds:0} s");
            await Task.Delay(50);
        }
    }
}
