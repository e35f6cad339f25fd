using System.Diagnostics;
using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Informal in-process timings of the hot paths, printed to the test output (run with
/// <c>--logger "console;verbosity=detailed"</c>). They assert results, never times.
/// </summary>
public sealed class MeasurementTests(SqliteStoreFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteStoreFixture>
{
    private const int Runs = 200;

    [Fact]
    public async Task Plan_chapters_goals_and_trace_timings()
    {
        await using var api = new TestApi(fixture.Store);
        var planQuery = $$"""
            { plan(id: "{{PlanFixture.CityPlanId}}") { title sections { nodes { title sections { nodes { title
                goals { nodes { text target attribute indicator { name } } }
                columns { nodes { title goals { nodes { text baseline target attribute indicator { name } } } } } } } } } } }
            """;
        var traceQuery = $$"""{ trace(from: "{{PlanFixture.CityPlanId}}", maxDepth: 8) { nodeCount steps { depth relationship node { id } } } }""";

        var plan = await MeasureAsync(api, planQuery);
        var trace = await MeasureAsync(api, traceQuery);
        output.WriteLine($"plan → chapters → goals: p50 {plan.P50:F2} ms, p95 {plan.P95:F2} ms, CPU {plan.Cpu:F2} ms/request ({Runs} runs, fixture graph)");
        output.WriteLine($"trace DOWN from a plan, depth 8: p50 {trace.P50:F2} ms, p95 {trace.P95:F2} ms, CPU {trace.Cpu:F2} ms/request ({Runs} runs, fixture graph)");
        Assert.Contains("森林覆盖率", await api.RunAsync(planQuery), StringComparison.Ordinal);
    }

    /// <summary>Wall-clock percentiles, and process CPU time per request (steadier on a busy machine).</summary>
    private static async Task<(double P50, double P95, double Cpu)> MeasureAsync(TestApi api, string query)
    {
        for (var i = 0; i < 20; i++) await api.RunAsync(query);
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
        return (times[Runs / 2], times[Runs * 95 / 100], cpuPerRequest);
    }
}
