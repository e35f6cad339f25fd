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
        var directions = spec.Direction == EdgeDirection.Both
            ? new[] { EdgeDirection.Outgoing, EdgeDirection.Incoming }
            : [spec.Direction];
        return loader.LoadMany(directions.Select(d => new EdgeKey(nodeId, spec.Type, d)))
            .Then(lists =>
            {
                var links = new List<Link>();
                for (var i = 0; i < directions.Length; i++)
                {
                    var outgoing = directions[i] == EdgeDirection.Outgoing;
                    foreach (var edge in lists[i])
                    {
                        var link = new Link(edge, outgoing);
                        // Ids carry their label, so a mixed-label end is filtered before any node is read.
                        if (spec.Label is null || NodeIds.LabelOf(link.OtherId) == spec.Label) links.Add(link);
                    }
                }
                links.Sort(spec.Order == RelationOrder.Confidence ? ByConfidence : ByDocument);
                return (IReadOnlyList<Link>)links;
            });
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
                    var pairs = links.Zip(all).Where(p => p.Second is not null)
                        .OrderBy(p => p.Second!.Props.GetNumber("ordinal") ?? double.MaxValue)
                        .ThenBy(p => p.Second!.Id, StringComparer.Ordinal)
                        .ToList();
                    return Connection.Slice(pairs, page, (p, cursor) => new NodeEdge(cursor, p.Second!, p.First.Edge, p.First.Outgoing));
                });
            }
            var start = Math.Min(page.Offset, links.Count);
            var slice = links.Skip(start).Take(page.First).ToList();
            return nodes.LoadMany(slice.Select(l => l.OtherId)).Then(found =>
            {
                var present = slice.Zip(found).Where(p => p.Second is not null).ToList();
                return Connection.FromPage(present, page with { Offset = start }, links.Count,
                    (p, cursor) => new NodeEdge(cursor, p.Second!, p.First.Edge, p.First.Outgoing));
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
