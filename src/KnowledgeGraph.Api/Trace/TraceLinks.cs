using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Trace;

/// <summary>
/// The links a trace follows from a set of nodes: the chosen relationship types, each the way the
/// direction leads (<see cref="TraceRules"/>), derived links below the confidence floor left out.
/// One batched read per call, whatever the number of nodes.
/// </summary>
public static class TraceLinks
{
    /// <summary>Each node's links in a stable order: by relationship type, then position in the documents, then far end.</summary>
    public static async Task<IReadOnlyDictionary<string, List<Link>>> FromAsync(
        GraphReader reader, IReadOnlyCollection<string> nodeIds, TraceDirection direction, IReadOnlyCollection<string> types, double minConfidence,
        CancellationToken cancellationToken)
    {
        var keys = new List<EdgeKey>();
        foreach (var edgeDirection in new[] { EdgeDirection.Outgoing, EdgeDirection.Incoming })
        {
            foreach (var type in types)
            {
                if (TraceRules.Follow(type, direction) is var d && (d == edgeDirection || d == EdgeDirection.Both))
                {
                    keys.AddRange(nodeIds.Select(id => new EdgeKey(id, type, edgeDirection)));
                }
            }
        }
        var links = new Dictionary<string, List<Link>>(StringComparer.Ordinal);
        foreach (var (key, edges) in await reader.GetEdgesAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            var outgoing = key.Direction == EdgeDirection.Outgoing;
            foreach (var edge in edges)
            {
                if (edge.Props.GetNumber(LinkProps.Confidence) is { } confidence && confidence < minConfidence) continue;
                if (!links.TryGetValue(key.NodeId, out var list)) links[key.NodeId] = list = [];
                list.Add(new Link(edge, outgoing));
            }
        }
        foreach (var list in links.Values) list.Sort(Compare);
        return links;
    }

    private static int Compare(Link a, Link b)
    {
        var c = RelationshipTypes.OrderOf(a.Edge.Type).CompareTo(RelationshipTypes.OrderOf(b.Edge.Type));
        if (c == 0) c = string.CompareOrdinal(a.Edge.Provenance.File, b.Edge.Provenance.File);
        if (c == 0) c = a.Edge.Provenance.LineStart.CompareTo(b.Edge.Provenance.LineStart);
        if (c == 0) c = string.CompareOrdinal(a.OtherId, b.OtherId);
        // A symmetric link stored both ways between the same two nodes: the outgoing copy first.
        if (c == 0) c = b.Outgoing.CompareTo(a.Outgoing);
        return c;
    }
}
