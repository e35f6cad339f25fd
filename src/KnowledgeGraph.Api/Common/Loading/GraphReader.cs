using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// Node and relationship reads of one request, through the shared <see cref="GraphReadCache"/>:
/// the graph version is read once per request, cached entries are served from memory and the
/// misses of a batch are fetched in one store query and remembered for later requests.
/// </summary>
public sealed class GraphReader(IGraphStore store, GraphReadCache cache)
{
    private Task<GraphReadCache.Generation?>? _generation;

    public IGraphStore Store => store;

    /// <summary>The nodes with these ids that exist, by id.</summary>
    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, GraphNode>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        var generation = await GenerationAsync(cancellationToken).ConfigureAwait(false);
        List<string>? missing = null;
        foreach (var id in ids)
        {
            if (generation is not null && generation.TryGetNode(id, out var node)) found[id] = node;
            else (missing ??= []).Add(id);
        }
        if (missing is null) return found;
        foreach (var node in await store.GetNodesAsync(missing, cancellationToken).ConfigureAwait(false))
        {
            found[node.Id] = node;
            generation?.AddNode(node);
        }
        return found;
    }

    /// <summary>
    /// The relationships of each key (a node's outgoing or incoming relationships of one type), in
    /// graph order; keys without relationships get an empty list. One store query per direction for the misses.
    /// </summary>
    public async Task<IReadOnlyDictionary<EdgeKey, IReadOnlyList<GraphEdge>>> GetEdgesAsync(IReadOnlyCollection<EdgeKey> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<EdgeKey, IReadOnlyList<GraphEdge>>(keys.Count);
        if (keys.Count == 0) return found;
        var generation = await GenerationAsync(cancellationToken).ConfigureAwait(false);
        List<EdgeKey>? missing = null;
        foreach (var key in keys)
        {
            if (key.Direction == EdgeDirection.Both) throw new ArgumentException("ask for outgoing and incoming relationships as two keys", nameof(keys));
            if (generation is not null && generation.TryGetEdges(key, out var edges)) found[key] = edges;
            else (missing ??= []).Add(key);
        }
        if (missing is null) return found;
        foreach (var direction in new[] { EdgeDirection.Outgoing, EdgeDirection.Incoming })
        {
            var wanted = missing.Where(k => k.Direction == direction).ToHashSet();
            if (wanted.Count == 0) continue;
            var ids = wanted.Select(k => k.NodeId).Distinct(StringComparer.Ordinal).ToList();
            var types = wanted.Select(k => k.Type).Distinct(StringComparer.Ordinal).ToList();
            var lists = wanted.ToDictionary(k => k, _ => new List<GraphEdge>());
            foreach (var edge in await store.GetEdgesAsync(new EdgeQuery(ids, direction, types), cancellationToken).ConfigureAwait(false))
            {
                // The query asks for every id × type; only the pairs asked for are kept.
                var key = new EdgeKey(direction == EdgeDirection.Outgoing ? edge.From : edge.To, edge.Type, direction);
                if (lists.TryGetValue(key, out var list)) list.Add(edge);
            }
            foreach (var (key, list) in lists)
            {
                IReadOnlyList<GraphEdge> edges = list.Count == 0 ? [] : list.ToArray();
                found[key] = edges;
                generation?.AddEdges(key, edges);
            }
        }
        return found;
    }

    // Once per request: the entries a request reuses all belong to the version it saw first.
    private Task<GraphReadCache.Generation?> GenerationAsync(CancellationToken cancellationToken) =>
        _generation ??= LoadGenerationAsync(cancellationToken);

    private async Task<GraphReadCache.Generation?> LoadGenerationAsync(CancellationToken cancellationToken) =>
        cache.For(await store.GetVersionAsync(cancellationToken).ConfigureAwait(false));
}
