using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// An <see cref="IGraphStore"/> over a fixed <see cref="GraphSnapshot"/> held in memory, for tests of
/// the HTTP layer that need a graph but not a database. It answers node and relationship reads and
/// per-plan lists (filters of the form <c>planId IN (…)</c>); search, aggregates, statistics and
/// writes are not part of what those tests exercise and throw <see cref="NotSupportedException"/>,
/// so a test that starts to need them fails loudly instead of reading an empty answer.
/// </summary>
internal sealed class InMemoryGraphStore(GraphSnapshot graph, string version = "v") : IGraphStore
{
    public Task ReplaceAsync(GraphSnapshot g, IProgress<StoreProgress>? p, CancellationToken c) => throw Unsupported();

    public Task<string?> GetVersionAsync(CancellationToken c) => Task.FromResult<string?>(version);

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken c) =>
        Task.FromResult<IReadOnlyList<GraphNode>>(graph.Nodes.Where(n => ids.Contains(n.Id)).ToList());

    public Task<NodePage> FindNodesAsync(NodeQuery q, CancellationToken c)
    {
        var all = graph.Nodes.Where(n => n.Label == q.Label).ToList();
        all = q.Where switch
        {
            null => all,
            NodeFilter.PropertyIn pin => all.Where(n => n.Props.TryGetValue(pin.Property, out var v) && pin.Values.Contains(v)).ToList(),
            _ => throw Unsupported(),
        };
        return Task.FromResult(new NodePage(all.Skip(q.Offset).Take(q.First).ToList(), all.Count));
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery q, CancellationToken c) =>
        Task.FromResult<IReadOnlyList<GraphEdge>>(graph.Edges.Where(e => (q.Types is null || q.Types.Contains(e.Type)) && q.Direction switch
        {
            EdgeDirection.Outgoing => q.NodeIds.Contains(e.From),
            EdgeDirection.Incoming => q.NodeIds.Contains(e.To),
            _ => q.NodeIds.Contains(e.From) || q.NodeIds.Contains(e.To),
        }).ToList());

    public Task<SearchPage> SearchAsync(SearchQuery q, CancellationToken c) => throw Unsupported();

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery q, CancellationToken c) => throw Unsupported();

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken c) => throw Unsupported();

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken c) => Task.FromResult(graph);

    public ValueTask DisposeAsync() => default;

    private static NotSupportedException Unsupported([System.Runtime.CompilerServices.CallerMemberName] string method = "") =>
        new($"{nameof(InMemoryGraphStore)} does not implement {method} (or this form of it); use a SQLite store fixture for that.");
}
