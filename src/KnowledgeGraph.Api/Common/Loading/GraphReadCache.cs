using System.Collections.Concurrent;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// Nodes by id and each node's relationships (<see cref="NodeLinks"/>) of one graph version, shared by
/// all requests. The graph is immutable between imports, so an entry never goes stale within its
/// version; when a request sees a new version, the entries of the old one are dropped at once.
/// Bounded by <see cref="ReadCacheOptions"/>: when full, reads simply go to the store.
/// </summary>
public sealed class GraphReadCache(IOptions<ReadCacheOptions> options)
{
    private Generation? _current;

    /// <summary>The entries of this version (a new, empty set when the version changed); null when caching is off.</summary>
    public Generation? For(string? version)
    {
        if (version is null || !options.Value.Enabled) return null;
        var current = Volatile.Read(ref _current);
        if (current?.Version == version) return current;
        var fresh = new Generation(version, options.Value);
        // Two requests seeing the new version at once may both try; either set serves both.
        return Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current) ?? fresh;
    }

    public sealed class Generation(string version, ReadCacheOptions limits)
    {
        private readonly ConcurrentDictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, NodeLinks> _links = new(StringComparer.Ordinal);

        public string Version { get; } = version;

        public bool TryGetNode(string id, out GraphNode node) => _nodes.TryGetValue(id, out node!);

        public bool TryGetLinks(string nodeId, out NodeLinks links) => _links.TryGetValue(nodeId, out links!);

        // Count is approximate under concurrency (a few entries over the bound at most), which is all a memory bound needs.
        public void AddNode(GraphNode node)
        {
            if (_nodes.Count < limits.MaxNodes) _nodes.TryAdd(node.Id, node);
        }

        public void AddLinks(string nodeId, NodeLinks links)
        {
            if (_links.Count < limits.MaxNodeRelationships) _links.TryAdd(nodeId, links);
        }
    }
}
