using System.Diagnostics;
using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Informal in-process timings of the hot paths, printed to the test output (run with
/// <c>--logger "console;verbosity=detailed"</c>). They assert results, never times.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class MeasurementTests(CorpusFixture fixture, ITestOutputHelper output)
{
    private const int Runs = 200;

    [Fact]
    public async Task Plan_chapters_goals_and_trace_timings()
    {
        var store = new CountingStore(fixture.Store);
        await using var api = new TestApi(store);
        var cityPlanId = (await api.DataAsync("""{ plans(level: CITY, region: "长春市") { nodes { id } } }""")).Strings("$.plans.nodes[*].id").Single();
        var planQuery = $$"""
            { plan(id: "{{cityPlanId}}") { title sections { nodes { title sections { nodes { title
                goals { nodes { text target attribute indicator { name } } }
                columns { nodes { title goals { nodes { text baseline target attribute indicator { name } } } } } } } } } } }
            """;
        var traceQuery = $$"""{ trace(from: "{{cityPlanId}}", maxDepth: 4) { nodeCount steps { depth relationship node { id } } } }""";

        var plan = await MeasureAsync(api, store, planQuery);
        var trace = await MeasureAsync(api, store, traceQuery);
        output.WriteLine($"plan → chapters → goals: p50 {plan.P50:F2} ms, p95 {plan.P95:F2} ms, CPU {plan.Cpu:F2} ms/request, {plan.StoreCalls} store calls taking {plan.StoreMs:F2} ms ({Runs} runs, bundled plans)");
        output.WriteLine($"trace DOWN from the city plan, depth 4: p50 {trace.P50:F2} ms, p95 {trace.P95:F2} ms, CPU {trace.Cpu:F2} ms/request, {trace.StoreCalls} store calls taking {trace.StoreMs:F2} ms ({Runs} runs, bundled plans)");
        Assert.Contains("开启全面建设社会主义现代化长春新征程", await api.RunAsync(planQuery), StringComparison.Ordinal);
    }

    /// <summary>Wall-clock percentiles, and process CPU time per request (steadier on a busy machine).</summary>
    private static async Task<(double P50, double P95, double Cpu, double StoreCalls, double StoreMs)> MeasureAsync(TestApi api, CountingStore store, string query)
    {
        for (var i = 0; i < 20; i++) await api.RunAsync(query);
        store.Reset();
        var times = new double[Runs];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await api.RunAsync(query);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Runs;
        Array.Sort(times);
        return (times[Runs / 2], times[Runs * 95 / 100], cpuPerRequest, (double)store.Total / Runs, store.Elapsed.TotalMilliseconds / Runs);
    }
}
