using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Api.Bench;

/// <summary>
/// POSTs to one path. With <see cref="NonceSuffix"/> set, each request's body is
/// <c>Body + n + NonceSuffix</c> for a counter n, so that no two requests are alike.
/// </summary>
internal sealed record LoadRequest(string Path, string Body, string? NonceSuffix = null);

internal sealed record LoadResult(double RequestsPerSecond, double MeanLatencyMs, long Requests, long Failures);

/// <summary>
/// Keeps N connections busy for a while and counts answers: Debian's <c>wrk</c> when installed (a
/// C load generator that takes little CPU from the server on the same machine), else an HttpClient
/// loop in this process.
/// </summary>
internal static partial class LoadGenerator
{
    public static string Name { get; } = FindWrk() is { } wrk ? $"wrk ({wrk}), 1 thread" : "in-process HttpClient loop";

    public static Task<LoadResult> RunAsync(Uri server, LoadRequest request, int connections, TimeSpan duration) =>
        FindWrk() is { } wrk ? RunWrkAsync(wrk, server, request, connections, duration) : RunClientAsync(server, request, connections, duration);

    private static async Task<LoadResult> RunWrkAsync(string wrk, Uri server, LoadRequest request, int connections, TimeSpan duration)
    {
        var script = Path.GetTempFileName();
        var lua = new StringBuilder();
        lua.AppendLine("wrk.method = \"POST\"");
        lua.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        lua.AppendLine("wrk.headers[\"Accept\"] = \"application/graphql-response+json\"");
        if (request.NonceSuffix is null)
        {
            lua.AppendLine($"wrk.body = {LuaString(request.Body)}");
        }
        else
        {
            lua.AppendLine($"local prefix, suffix, n = {LuaString(request.Body)}, {LuaString(request.NonceSuffix)}, 0");
            lua.AppendLine($"request = function() n = n + 1; return wrk.format(nil, \"{request.Path}\", nil, prefix .. n .. suffix) end");
        }
        await File.WriteAllTextAsync(script, lua.ToString());
        try
        {
            var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-t1", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "-s", script, new Uri(server, request.Path).ToString() })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var requests = long.Parse(Total().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var failures = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var errors = SocketErrors().Matches(output).Sum(e => long.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture));
            var rate = double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            return new LoadResult(rate, connections * 1000.0 / rate, requests, failures + errors);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static async Task<LoadResult> RunClientAsync(Uri server, LoadRequest request, int connections, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false }) { BaseAddress = server };
        var accept = new MediaTypeWithQualityHeaderValue("application/graphql-response+json");
        var fixedBody = Encoding.UTF8.GetBytes(request.Body);
        long counter = 0, done = 0, failures = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var body = request.NonceSuffix is null
                    ? fixedBody
                    : Encoding.UTF8.GetBytes(request.Body + Interlocked.Increment(ref counter) + request.NonceSuffix);
                using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = new ByteArrayContent(body) };
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                message.Headers.Accept.Add(accept);
                using var response = await client.SendAsync(message);
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref done);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        }).ToList();
        await Task.WhenAll(workers);
        var rate = done / clock.Elapsed.TotalSeconds;
        return new LoadResult(rate, connections * 1000.0 / rate, done, failures);
    }

    private static string LuaString(string text) => "[==[" + text + "]==]";

    private static string? FindWrk() =>
        Environment.GetEnvironmentVariable("KG_BENCH_LOAD") == "client"
            ? null
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, "wrk")).FirstOrDefault(File.Exists);

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Total();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
