using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Bench;

/// <summary>
/// Measures the API over the bundled plans and writes bench/results/api.md.
/// usage: dotnet run -c Release --project bench/KnowledgeGraph.Api.Bench -- [--runs N] [--seconds S] [--connections C] [--out FILE] [--no-http]
/// [--store-only] (store round trips alone) [--loop I] (run case I for --seconds, e.g. under dotnet-trace).
/// KG_BENCH_LOAD=client uses the in-process HTTP load loop even when wrk is installed.
/// </summary>
internal static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var root = BenchCorpus.FindRepositoryRoot();
        var load = new List<string> { LoadAverage() };
        Console.WriteLine($"importing the bundled plans … (load average {load[0]})");
        await using var corpus = await BenchCorpus.ImportAsync(root);
        Console.WriteLine($"{corpus.NodeCount:N0} nodes, {corpus.EdgeCount:N0} relationships");

        var storeCalls = options.Loop is null ? await StoreCallBench.RunAsync(corpus.Store, options.Runs) : [];
        if (args.Contains("--store-only")) return 0;
        var latencies = new List<LatencyResult>();
        await using (var api = new InProcessApi(corpus.Store))
        {
            var cases = await BenchQueries.ResolveAsync(api, await ExtraCasesAsync(api));
            if (options.Loop is { } loop)
            {
                // For a profiler: one request shape, again and again.
                var until = DateTime.UtcNow.AddSeconds(options.Seconds);
                var (gen0, gen1, gen2, count) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), 0);
                var allocated = GC.GetTotalAllocatedBytes();
                while (DateTime.UtcNow < until)
                {
                    await api.RunAsync(cases[loop].Query, cases[loop].VariablesJson);
                    count++;
                }
                Console.WriteLine($"{count} requests, {(GC.GetTotalAllocatedBytes() - allocated) / count / 1024.0:F0} KiB allocated per request; " +
                    $"GCs gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}");
                return 0;
            }
            foreach (var benchCase in cases)
            {
                var result = await LatencyBench.MeasureAsync(api, benchCase, options.Runs, options.Warmup);
                Console.WriteLine($"{benchCase.Name}: p50 {result.P50:F2} ms, p99 {result.P99:F2} ms, CPU {result.Cpu:F2} ms, {result.ResponseBytes:N0} bytes");
                latencies.Add(result);
            }
        }
        load.Add(LoadAverage());

        var throughput = new List<ThroughputRow>();
        if (options.Http)
        {
            await using var server = await BenchServer.StartAsync(corpus.Store);
            foreach (var benchCase in latencies.Select(l => l.Case).Take(2))
            {
                throughput.Add(await HttpBench.RunAsync(server, benchCase, options));
            }
            load.Add(LoadAverage());
        }

        var report = Report.Render(options, corpus, storeCalls, latencies, throughput, load, LoadGenerator.Name);
        var output = options.Output ?? Path.Combine(root, "bench", "results", "api.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, report + Report.History(output));
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    /// <summary>Cases that need an id found by a query first: the targeted trace from the strategy 一主六双.</summary>
    private static Task<IReadOnlyList<BenchCase>> ExtraCasesAsync(InProcessApi api) => TargetedTrace.CasesAsync(api);

    /// <summary>The 1-minute load average, to judge whether a run was disturbed by other work.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}

internal sealed record BenchOptions(int Runs, int Warmup, int Seconds, int Connections, string? Output, bool Http, int? Loop)
{
    public static BenchOptions Parse(string[] args)
    {
        int Int(string name, int fallback) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var outIndex = Array.IndexOf(args, "--out");
        return new BenchOptions(
            Int("--runs", 300), Int("--warmup", 50), Int("--seconds", 10), Int("--connections", 16),
            outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : null,
            !args.Contains("--no-http"),
            Array.IndexOf(args, "--loop") >= 0 ? Int("--loop", 0) : null);
    }
}
