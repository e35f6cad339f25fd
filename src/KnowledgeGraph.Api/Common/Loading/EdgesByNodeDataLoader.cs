using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// Relationships by (node, type, direction). A batch costs one store query per direction: the
/// union of the batch's node ids and types is fetched and split back per key.
/// </summary>
public sealed class EdgesByNodeDataLoader(IGraphStore store) : BatchLoader<EdgeKey, IReadOnlyList<GraphEdge>>
{
    protected override async Task<IReadOnlyDictionary<EdgeKey, IReadOnlyList<GraphEdge>>> FetchAsync(IReadOnlyList<EdgeKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Any(k => k.Direction == EdgeDirection.Both))
        {
            throw new ArgumentException("load outgoing and incoming relationships as two keys", nameof(keys));
        }
        var found = new Dictionary<EdgeKey, List<GraphEdge>>();
        foreach (var group in keys.GroupBy(k => k.Direction))
        {
            var ids = group.Select(k => k.NodeId).Distinct(StringComparer.Ordinal).ToList();
            var types = group.Select(k => k.Type).Distinct(StringComparer.Ordinal).ToList();
            var edges = await store.GetEdgesAsync(new EdgeQuery(ids, group.Key, types), cancellationToken).ConfigureAwait(false);
            foreach (var edge in edges)
            {
                var key = new EdgeKey(group.Key == EdgeDirection.Outgoing ? edge.From : edge.To, edge.Type, group.Key);
                if (!found.TryGetValue(key, out var list)) found[key] = list = [];
                list.Add(edge);
            }
        }
        return found.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<GraphEdge>)kv.Value);
    }

    protected override IReadOnlyList<GraphEdge> ValueForMissing(EdgeKey key) => [];
}
