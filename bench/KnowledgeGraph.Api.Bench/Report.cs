using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeGraph.Api.Bench;

/// <summary>bench/results/api.md: the run's numbers with the conditions they were taken under.</summary>
internal static class Report
{
    private const string HistoryHeading = "## History";

    public static string Render(
        BenchOptions options, BenchCorpus corpus, IReadOnlyList<StoreCallResult> storeCalls, IReadOnlyList<LatencyResult> latencies, IReadOnlyList<ThroughputRow> throughput,
        IReadOnlyList<string> load, string loadGenerator)
    {
        var text = new StringBuilder();
        string F(double value, string format = "F2") => value.ToString(format, CultureInfo.InvariantCulture);
        text.AppendLine("# API benchmark");
        text.AppendLine();
        text.AppendLine("Written by `dotnet run -c Release --project bench/KnowledgeGraph.Api.Bench` (see its BenchMain for options).");
        text.AppendLine($"Bundled plans imported into SQLite: {corpus.NodeCount:N0} nodes, {corpus.EdgeCount:N0} relationships.");
        text.AppendLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; " +
            $"1-minute load average at start / after in-process / after HTTP: {string.Join(" / ", load)}.");
        text.AppendLine();
        text.AppendLine("## In process (GraphQLExecutor, no HTTP)");
        text.AppendLine();
        text.AppendLine($"{options.Runs} sequential requests after at least {options.Warmup} warm-up ones and 3 s (so that tiered compilation has");
        text.AppendLine("replaced the first code of the hot methods); each runs in its own service scope and is");
        text.AppendLine("written as UTF-8 JSON. CPU is the process's CPU time per request.");
        text.AppendLine();
        text.AppendLine("| request | p50 ms | p90 ms | p99 ms | CPU ms | response bytes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var l in latencies)
        {
            text.AppendLine($"| {l.Case.Name} | {F(l.P50)} | {F(l.P90)} | {F(l.P99)} | {F(l.Cpu)} | {l.ResponseBytes:N0} |");
        }
        text.AppendLine();
        text.AppendLine("## Store round trips (SqliteGraphStore alone)");
        text.AppendLine();
        text.AppendLine("| call | µs per call |");
        text.AppendLine("|---|---:|");
        foreach (var call in storeCalls)
        {
            text.AppendLine($"| {call.Name} | {F(call.MicrosecondsPerCall, "F1")} |");
        }
        if (throughput.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## HTTP over loopback (Kestrel on 127.0.0.1)");
            text.AppendLine();
            text.AppendLine($"Load: {loadGenerator}, {options.Connections} connections, {options.Seconds} s per column after a 2 s warm-up, server and load");
            text.AppendLine("generator on the same machine. *minimal* is a `MapPost` writing the same bytes as the cached answer; *cached*");
            text.AppendLine("repeats one request (result-cache hit); *uncached* adds a distinct unused `nonce` variable to every request,");
            text.AppendLine("so each one misses the result cache and executes.");
            text.AppendLine();
            text.AppendLine("| request | response bytes | minimal req/s | cached req/s | uncached req/s | cached / minimal |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var t in throughput)
            {
                text.AppendLine($"| {t.Name} | {t.ResponseBytes:N0} | {F(t.Minimal.RequestsPerSecond, "N0")} | {F(t.Cached.RequestsPerSecond, "N0")} | " +
                    $"{F(t.Uncached.RequestsPerSecond, "N0")} | {F(100 * t.Cached.RequestsPerSecond / t.Minimal.RequestsPerSecond, "F0")} % |");
            }
        }
        text.AppendLine();
        text.AppendLine("Targets: plan → chapters → goals p50 ≤ 2 ms, trace p50 ≤ 10 ms, cached ≥ 60 % of minimal.");
        return text.ToString();
    }

    /// <summary>The hand-kept history section of an earlier report, carried over so that runs do not erase it.</summary>
    public static string History(string path)
    {
        if (!File.Exists(path)) return "";
        var old = File.ReadAllText(path);
        var at = old.IndexOf(HistoryHeading, StringComparison.Ordinal);
        return at < 0 ? "" : Environment.NewLine + old[at..];
    }
}
