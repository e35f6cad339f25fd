using System.Diagnostics;

namespace KnowledgeGraph.Api.Bench;

/// <param name="Cpu">Process CPU time per request: steadier than wall time on a shared machine.</param>
internal sealed record LatencyResult(BenchCase Case, double P50, double P90, double P99, double Cpu, int ResponseBytes, int Runs);

/// <summary>Sequential requests through the executor (no HTTP): wall-clock percentiles and CPU per request.</summary>
internal static class LatencyBench
{
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(3);

    public static async Task<LatencyResult> MeasureAsync(InProcessApi api, BenchCase benchCase, int runs, int warmup)
    {
        // Warm up by count and by time: tiered compilation replaces the first code of hot methods
        // in the background during the first seconds; what a server runs after that is what counts.
        var bytes = 0;
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmup || warming.Elapsed < WarmupTime; i++) bytes = (await api.RunAsync(benchCase.Query, benchCase.VariablesJson)).Length;
        var times = new double[runs];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await api.RunAsync(benchCase.Query, benchCase.VariablesJson);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        Array.Sort(times);
        return new LatencyResult(benchCase, Percentile(times, 0.50), Percentile(times, 0.90), Percentile(times, 0.99), cpu, bytes, runs);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
