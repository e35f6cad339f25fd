using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Bench;

internal sealed record ThroughputRow(string Name, int ResponseBytes, LoadResult Minimal, LoadResult Cached, LoadResult Uncached);

/// <summary>
/// One query over loopback HTTP three ways in the same run: the result cache hit (the same body
/// again and again), a cache miss on every request (each body carries a distinct, unused
/// <c>nonce</c> variable, so the cache key differs and the query executes), and <c>/minimal</c>
/// writing the very bytes the cached query answers.
/// </summary>
internal static class HttpBench
{
    public static async Task<ThroughputRow> RunAsync(BenchServer server, BenchCase benchCase, BenchOptions options)
    {
        var body = JsonSerializer.Serialize(new { query = benchCase.Query, variables = JsonDocument.Parse(benchCase.VariablesJson ?? "{}").RootElement });
        var cached = new LoadRequest("/graphql", body);
        var uncached = new LoadRequest("/graphql", body[..^2] + ",\"nonce\":", "}}");
        var minimal = new LoadRequest(BenchServer.MinimalPath, body);

        using var client = new HttpClient { BaseAddress = server.Address };
        var (bytes, contentType, _) = await PostAsync(client, body);
        var (again, _, cacheStatus) = await PostAsync(client, body);
        var (_, _, missStatus) = await PostAsync(client, uncached.Body + "0" + uncached.NonceSuffix);
        Check(cacheStatus == "hit" && again.AsSpan().SequenceEqual(bytes), $"the repeated request should be a cache hit (got {cacheStatus})");
        Check(missStatus == "miss", $"a request with a fresh nonce should miss the cache (got {missStatus})");
        server.MinimalBody = bytes;
        server.MinimalContentType = contentType;
        var (minimalBytes, _, _) = await PostAsync(client, body, BenchServer.MinimalPath);
        Check(minimalBytes.AsSpan().SequenceEqual(bytes), "/minimal should answer the same bytes");

        var duration = TimeSpan.FromSeconds(options.Seconds);
        var warmup = TimeSpan.FromSeconds(2);
        foreach (var request in new[] { minimal, cached, uncached })
        {
            await LoadGenerator.RunAsync(server.Address, request, options.Connections, warmup);
        }
        var results = new List<LoadResult>();
        foreach (var request in new[] { minimal, cached, uncached })
        {
            var result = await LoadGenerator.RunAsync(server.Address, request, options.Connections, duration);
            Check(result.Failures == 0, $"{result.Failures} failed requests to {request.Path}");
            results.Add(result);
        }
        Console.WriteLine($"HTTP {benchCase.Name}: minimal {results[0].RequestsPerSecond:N0}/s, cached {results[1].RequestsPerSecond:N0}/s, uncached {results[2].RequestsPerSecond:N0}/s");
        return new ThroughputRow(benchCase.Name, bytes.Length, results[0], results[1], results[2]);
    }

    private static async Task<(byte[] Body, string ContentType, string? CacheStatus)> PostAsync(HttpClient client, string body, string path = "/graphql")
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(message);
        Check(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var status = response.Headers.TryGetValues("KG-Cache", out var values) ? values.First() : null;
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType!.ToString(), status);
    }

    private static void Check(bool condition, string message)
    {
        if (!condition) throw new InvalidOperationException(message);
    }
}
