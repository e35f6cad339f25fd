using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>Nodes by id, one store query per batch; an unknown id loads as null.</summary>
public sealed class NodeByIdDataLoader(IGraphStore store) : BatchLoader<string, GraphNode?>(StringComparer.Ordinal)
{
    protected override async Task<IReadOnlyDictionary<string, GraphNode?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var nodes = await store.GetNodesAsync(keys, cancellationToken).ConfigureAwait(false);
        var byId = new Dictionary<string, GraphNode?>(nodes.Count, StringComparer.Ordinal);
        foreach (var node in nodes) byId[node.Id] = node;
        return byId;
    }

    protected override GraphNode? ValueForMissing(string key) => null;
}
