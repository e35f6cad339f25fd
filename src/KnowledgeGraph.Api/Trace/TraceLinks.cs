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
        // The (type, direction) pairs to follow, worked out once for every node.
        var follow = new List<(string Type, EdgeDirection Direction)>();
        foreach (var type in types)
        {
            var d = TraceRules.Follow(type, direction);
            if (d != EdgeDirection.Incoming) follow.Add((type, EdgeDirection.Outgoing));
            if (d != EdgeDirection.Outgoing) follow.Add((type, EdgeDirection.Incoming));
        }
        var links = new Dictionary<string, List<Link>>(StringComparer.Ordinal);
        foreach (var (nodeId, all) in await reader.GetLinksAsync(nodeIds, cancellationToken).ConfigureAwait(false))
        {
            List<Link>? list = null;
            foreach (var (type, edgeDirection) in follow)
            {
                foreach (var edge in all.Of(type, edgeDirection))
                {
                    if (edge.Props.GetNumber(LinkProps.Confidence) is { } confidence && confidence < minConfidence) continue;
                    (list ??= []).Add(new Link(edge, edgeDirection == EdgeDirection.Outgoing));
                }
            }
            if (list is not null) links[nodeId] = list;
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
