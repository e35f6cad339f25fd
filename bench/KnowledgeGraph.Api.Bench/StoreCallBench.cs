using System.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Bench;

internal sealed record StoreCallResult(string Name, double MicrosecondsPerCall);

/// <summary>The store's read calls on their own (no GraphQL): what one round trip costs.</summary>
internal static class StoreCallBench
{
    public static async Task<IReadOnlyList<StoreCallResult>> RunAsync(IGraphStore store, int runs)
    {
        var graph = await store.ReadAllAsync(CancellationToken.None);
        var plan = graph.Nodes.First(n => n.Label == Labels.Plan).Id;
        var sections = graph.Edges.Where(e => e.From == plan && e.Type == RelationshipTypes.HasSection).Select(e => e.To).ToList();
        var goals = graph.Nodes.Where(n => n.Label == Labels.Goal).Take(50).Select(n => n.Id).ToList();
        var calls = new (string Name, Func<Task> Call)[]
        {
            ("GetVersionAsync", () => store.GetVersionAsync(CancellationToken.None)),
            ("GetNodesAsync, 1 id", () => store.GetNodesAsync([plan], CancellationToken.None)),
            ("GetNodesAsync, 50 ids", () => store.GetNodesAsync(goals, CancellationToken.None)),
            ("GetEdgesAsync, 1 node, 1 type, outgoing", () => store.GetEdgesAsync(new EdgeQuery([plan], EdgeDirection.Outgoing, [RelationshipTypes.HasSection]), CancellationToken.None)),
            ($"GetEdgesAsync, {sections.Count} nodes, 3 types, outgoing", () => store.GetEdgesAsync(
                new EdgeQuery(sections, EdgeDirection.Outgoing, [RelationshipTypes.HasSection, RelationshipTypes.States, RelationshipTypes.HasColumn]), CancellationToken.None)),
        };
        var results = new List<StoreCallResult>();
        foreach (var (name, call) in calls)
        {
            for (var i = 0; i < 50; i++) await call();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < runs; i++) await call();
            results.Add(new StoreCallResult(name, Stopwatch.GetElapsedTime(started).TotalMicroseconds / runs));
            Console.WriteLine($"{name}: {results[^1].MicrosecondsPerCall:F1} µs");
        }
        return results;
    }
}
