using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// Relationships by (node, type, direction). A batch costs at most one store query per direction
/// for the keys not already cached: the union of their node ids and types is fetched and split back per key.
/// </summary>
public sealed class EdgesByNodeDataLoader(GraphReader reader) : BatchLoader<EdgeKey, IReadOnlyList<GraphEdge>>
{
    protected override Task<IReadOnlyDictionary<EdgeKey, IReadOnlyList<GraphEdge>>> FetchAsync(IReadOnlyList<EdgeKey> keys, CancellationToken cancellationToken) =>
        reader.GetEdgesAsync(keys, cancellationToken);

    protected override IReadOnlyList<GraphEdge> ValueForMissing(EdgeKey key) => [];
}
