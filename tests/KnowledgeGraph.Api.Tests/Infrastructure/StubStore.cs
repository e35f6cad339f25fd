using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

internal sealed class StubStore(GraphSnapshot graph) : IGraphStore
{
    public Task ReplaceAsync(GraphSnapshot g, IProgress<StoreProgress>? p, CancellationToken c) => throw new NotSupportedException();
    public Task<string?> GetVersionAsync(CancellationToken c) => Task.FromResult<string?>("v");
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken c) =>
        Task.FromResult<IReadOnlyList<GraphNode>>(graph.Nodes.Where(n => ids.Contains(n.Id)).ToList());
    public Task<NodePage> FindNodesAsync(NodeQuery q, CancellationToken c)
    {
        var all = graph.Nodes.Where(n => n.Label == q.Label).ToList();
        if (q.Where is NodeFilter.PropertyIn pin) all = all.Where(n => n.Props.TryGetValue(pin.Property, out var v) && pin.Values.Contains(v)).ToList();
        return Task.FromResult(new NodePage(all.Skip(q.Offset).Take(q.First).ToList(), all.Count));
    }
    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery q, CancellationToken c) =>
        Task.FromResult<IReadOnlyList<GraphEdge>>(graph.Edges.Where(e => (q.Types is null || q.Types.Contains(e.Type)) &&
            (q.Direction == EdgeDirection.Outgoing ? q.NodeIds.Contains(e.From) : q.NodeIds.Contains(e.To))).ToList());
    public Task<SearchPage> SearchAsync(SearchQuery q, CancellationToken c) => throw new NotSupportedException();
    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery q, CancellationToken c) => throw new NotSupportedException();
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken c) => throw new NotSupportedException();
    public Task<GraphSnapshot> ReadAllAsync(CancellationToken c) => Task.FromResult(graph);
    public ValueTask DisposeAsync() => default;
}
