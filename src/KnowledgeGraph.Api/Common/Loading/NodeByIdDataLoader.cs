using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>Nodes by id, one store query per batch for those not already cached; an unknown id loads as null.</summary>
public sealed class NodeByIdDataLoader(GraphReader reader) : BatchLoader<string, GraphNode?>(StringComparer.Ordinal)
{
    protected override async Task<IReadOnlyDictionary<string, GraphNode?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var nodes = await reader.GetNodesAsync(keys, cancellationToken).ConfigureAwait(false);
        return nodes.ToDictionary(kv => kv.Key, kv => (GraphNode?)kv.Value, StringComparer.Ordinal);
    }

    protected override GraphNode? ValueForMissing(string key) => null;
}
