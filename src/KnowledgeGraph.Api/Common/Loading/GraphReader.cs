using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// Node and relationship reads of one request, through the shared <see cref="GraphReadCache"/>:
/// the graph version is read once per request, cached entries are served from memory and the
/// misses of a batch are fetched in one store query and remembered for later requests. A node's
/// relationships are read all at once (every type, both ways): nodes have few, and whichever
/// relationship a later request follows from the node is then in memory.
/// </summary>
public sealed class GraphReader(IGraphStore store, GraphReadCache cache)
{
    private Task<GraphReadCache.Generation?>? _generation;

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

    /// <summary>Every relationship of each node, by node id (nodes without any get an empty set). One store query for the misses.</summary>
    public async Task<IReadOnlyDictionary<string, NodeLinks>> GetLinksAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, NodeLinks>(nodeIds.Count, StringComparer.Ordinal);
        if (nodeIds.Count == 0) return found;
        var generation = await GenerationAsync(cancellationToken).ConfigureAwait(false);
        HashSet<string>? missing = null;
        foreach (var id in nodeIds)
        {
            if (generation is not null && generation.TryGetLinks(id, out var links)) found[id] = links;
            else (missing ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
        }
        if (missing is null) return found;
        var outgoing = new Dictionary<string, List<GraphEdge>>(StringComparer.Ordinal);
        var incoming = new Dictionary<string, List<GraphEdge>>(StringComparer.Ordinal);
        // Both directions in one query; a relationship between two of the nodes comes once and counts at both ends.
        foreach (var edge in await store.GetEdgesAsync(new EdgeQuery(missing, EdgeDirection.Both), cancellationToken).ConfigureAwait(false))
        {
            if (missing.Contains(edge.From)) Add(outgoing, edge.From, edge);
            if (missing.Contains(edge.To)) Add(incoming, edge.To, edge);
        }
        foreach (var id in missing)
        {
            var links = new NodeLinks(outgoing.GetValueOrDefault(id) ?? [], incoming.GetValueOrDefault(id) ?? []);
            found[id] = links;
            generation?.AddLinks(id, links);
        }
        return found;
    }

    /// <summary>The relationships of each key (a node's outgoing or incoming relationships of one type), in graph order.</summary>
    public async Task<IReadOnlyDictionary<EdgeKey, IReadOnlyList<GraphEdge>>> GetEdgesAsync(IReadOnlyCollection<EdgeKey> keys, CancellationToken cancellationToken)
    {
        var links = await GetLinksAsync(keys.Select(k => k.NodeId).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<EdgeKey, IReadOnlyList<GraphEdge>>(keys.Count);
        foreach (var key in keys) found[key] = links[key.NodeId].Of(key.Type, key.Direction);
        return found;
    }

    private static void Add(Dictionary<string, List<GraphEdge>> lists, string id, GraphEdge edge)
    {
        if (!lists.TryGetValue(id, out var list)) lists[id] = list = [];
        list.Add(edge);
    }

    // Once per request: the entries a request reuses all belong to the version it saw first.
    private Task<GraphReadCache.Generation?> GenerationAsync(CancellationToken cancellationToken) =>
        _generation ??= LoadGenerationAsync(cancellationToken);

    private async Task<GraphReadCache.Generation?> LoadGenerationAsync(CancellationToken cancellationToken) =>
        cache.For(await store.GetVersionAsync(cancellationToken).ConfigureAwait(false));
}
