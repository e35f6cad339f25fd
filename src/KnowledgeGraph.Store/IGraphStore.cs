using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// A place the plan graph is kept. The embedded SQLite file is the default; Neo4j is the
/// scale-out engine. Readers never see a half-written graph: <see cref="ReplaceAsync"/> swaps
/// a complete graph in or leaves the previous one untouched.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>
    /// Replaces the whole graph atomically; on failure (an <see cref="InvalidGraphException"/> for a
    /// graph that breaks the contract, cancellation, I/O) the previous graph stays as it was.
    /// Nodes and relationships are kept in the order given: <see cref="ReadAllAsync"/> returns them so.
    /// </summary>
    Task ReplaceAsync(GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Identifies the stored content (a digest of the graph); it changes when a re-import changes
    /// the graph, so caches keyed by it invalidate themselves. Null when the store holds no graph.
    /// </summary>
    Task<string?> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>The nodes with these ids (in graph order); unknown ids are skipped.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>One page of the nodes of a label that match a filter, in a stable order.</summary>
    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>The relationships touching any of the given nodes (one round trip for a whole batch).</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken);

    /// <summary>Ranked full-text search over names, titles and texts; finds 1-, 2- and 3+-character Chinese terms.</summary>
    Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Counts of a label's nodes grouped by a key.</summary>
    Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken);

    /// <summary>Counts per label, per relationship type and per plan.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The whole graph in the order it was written (nodes by label then import order, then
    /// relationships by type then import order), so its export is byte-identical to the import's.
    /// A bulk operation: bounded by the cancellation token, not by the per-query timeout.
    /// </summary>
    Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken);
}
