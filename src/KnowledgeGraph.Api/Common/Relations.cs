using GraphQL;
using GraphQL.DataLoader;
using KnowledgeGraph.Api.Common.Connections;
using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common;

/// <summary>
/// Resolves relationship fields through the request's loaders: one batched edge query and one
/// batched node query per level of the GraphQL query, whatever the number of parent nodes.
/// </summary>
public static class Relations
{
    public static IDataLoaderResult<IReadOnlyList<Link>> Links(IResolveFieldContext context, string nodeId, RelationSpec spec)
    {
        var loader = context.EdgeLoader();
        if (spec.Direction != EdgeDirection.Both)
        {
            var outgoing = spec.Direction == EdgeDirection.Outgoing;
            return loader.Load(new EdgeKey(nodeId, spec.Type, spec.Direction)).Then(edges => Select(edges, outgoing, null, false, spec));
        }
        // A symmetric relationship (SAME_AS) is stored one way: look at both ends.
        return loader.LoadMany([new EdgeKey(nodeId, spec.Type, EdgeDirection.Outgoing), new EdgeKey(nodeId, spec.Type, EdgeDirection.Incoming)])
            .Then(lists => Select(lists[0], true, lists[1], false, spec));
    }

    private static IReadOnlyList<Link> Select(IReadOnlyList<GraphEdge> first, bool firstOutgoing, IReadOnlyList<GraphEdge>? second, bool secondOutgoing, RelationSpec spec)
    {
        var links = new List<Link>(first.Count + (second?.Count ?? 0));
        Add(links, first, firstOutgoing, spec.Label);
        if (second is not null) Add(links, second, secondOutgoing, spec.Label);
        links.Sort(spec.Order == RelationOrder.Confidence ? ByConfidence : ByDocument);
        return links;
    }

    private static void Add(List<Link> links, IReadOnlyList<GraphEdge> edges, bool outgoing, string? label)
    {
        foreach (var edge in edges)
        {
            var link = new Link(edge, outgoing);
            // Ids carry their label, so a mixed-label end is filtered before any node is read.
            if (label is null || NodeIds.LabelOf(link.OtherId) == label) links.Add(link);
        }
    }

    /// <summary>One page of neighbours with the links that reach them.</summary>
    public static IDataLoaderResult<IDataLoaderResult<Connection<NodeEdge>>> Page(IResolveFieldContext context, string nodeId, RelationSpec spec, PageRequest page)
    {
        var nodes = context.NodeLoader();
        return Links(context, nodeId, spec).Then(links =>
        {
            if (spec.Order == RelationOrder.Ordinal)
            {
                // Ordinals live on the nodes: read all neighbours (one node's children), sort, then cut.
                return nodes.LoadMany(links.Select(l => l.OtherId)).Then(all =>
                {
                    var items = new List<(double Ordinal, Link Link, GraphNode Node)>(links.Count);
                    for (var i = 0; i < links.Count; i++)
                    {
                        if (all[i] is { } node) items.Add((node.Props.GetNumber("ordinal") ?? double.MaxValue, links[i], node));
                    }
                    items.Sort(static (a, b) => a.Ordinal != b.Ordinal ? a.Ordinal.CompareTo(b.Ordinal) : string.CompareOrdinal(a.Node.Id, b.Node.Id));
                    return Connection.Slice(items, page, (p, cursor) => new NodeEdge(cursor, p.Node, p.Link.Edge, p.Link.Outgoing));
                });
            }
            var start = Math.Min(page.Offset, links.Count);
            var slice = new List<Link>(Math.Min(page.First, links.Count - start));
            for (var i = start; i < links.Count && slice.Count < page.First; i++) slice.Add(links[i]);
            return nodes.LoadMany(slice.Select(l => l.OtherId)).Then(found =>
            {
                var present = new List<(Link Link, GraphNode Node)>(slice.Count);
                for (var i = 0; i < slice.Count; i++)
                {
                    if (found[i] is { } node) present.Add((slice[i], node));
                }
                return Connection.FromPage(present, page with { Offset = start }, links.Count,
                    (p, cursor) => new NodeEdge(cursor, p.Node, p.Link.Edge, p.Link.Outgoing));
            });
        });
    }

    /// <summary>The first neighbour in list order, or null.</summary>
    public static IDataLoaderResult<IDataLoaderResult<GraphNode?>> First(IResolveFieldContext context, string nodeId, RelationSpec spec)
    {
        var nodes = context.NodeLoader();
        return Links(context, nodeId, spec).Then(links =>
            links.Count == 0 ? DataLoaderResultExtensions.Done<GraphNode?>(null) : nodes.Load(links[0].OtherId));
    }

    /// <summary>
    /// The section whose text states or lists a node (<paramref name="type"/>: STATES or LISTS): the
    /// section itself, or the section holding the column that does.
    /// </summary>
    public static IDataLoaderResult<object?> EnclosingSection(IResolveFieldContext context, string nodeId, string type)
    {
        var nodes = context.NodeLoader();
        return Links(context, nodeId, new RelationSpec(type, EdgeDirection.Incoming)).Then(links =>
        {
            var owner = links.Select(l => l.OtherId).FirstOrDefault(id => NodeIds.LabelOf(id) is Labels.Section or Labels.Column);
            return owner switch
            {
                null => (object?)null,
                _ when NodeIds.LabelOf(owner) == Labels.Section => nodes.Load(owner),
                _ => First(context, owner, new RelationSpec(RelationshipTypes.HasColumn, EdgeDirection.Incoming, Labels.Section)),
            };
        });
    }

    private static int ByDocument(Link a, Link b)
    {
        var c = string.CompareOrdinal(a.Edge.Provenance.File, b.Edge.Provenance.File);
        if (c == 0) c = a.Edge.Provenance.LineStart.CompareTo(b.Edge.Provenance.LineStart);
        if (c == 0) c = string.CompareOrdinal(a.OtherId, b.OtherId);
        return c;
    }

    private static int ByConfidence(Link a, Link b)
    {
        var c = (b.Edge.Props.GetNumber(LinkProps.Confidence) ?? 0).CompareTo(a.Edge.Props.GetNumber(LinkProps.Confidence) ?? 0);
        return c != 0 ? c : ByDocument(a, b);
    }
}
