using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>Relay page information.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// One item of a node connection. <paramref name="Link"/> is the relationship that led to the node
/// (null for top-level lists) and <paramref name="Outgoing"/> says whether it points away from the
/// node that owns the list.
/// </summary>
public sealed record NodeEdge(string Cursor, GraphNode Node, GraphEdge? Link = null, bool Outgoing = true);

/// <summary>A page of items of any kind with Relay page information and the size of the whole list.</summary>
public sealed record Connection<TEdge>(IReadOnlyList<TEdge> Edges, PageInfo PageInfo, int TotalCount)
{
    public static Connection<TEdge> Empty(PageRequest page) => new([], new PageInfo(false, page.Offset > 0, null, null), 0);
}

/// <summary>Builds pages whose edge cursors are the items' positions in the full list.</summary>
public static class Connection
{
    public static Connection<TEdge> FromPage<TItem, TEdge>(
        IReadOnlyList<TItem> pageItems, PageRequest page, int totalCount, Func<TItem, string, TEdge> edge)
    {
        var edges = new TEdge[pageItems.Count];
        for (var i = 0; i < pageItems.Count; i++)
        {
            edges[i] = edge(pageItems[i], Cursor.Encode(page.Offset + i));
        }
        var pageInfo = new PageInfo(
            HasNextPage: page.Offset + pageItems.Count < totalCount,
            HasPreviousPage: page.Offset > 0,
            StartCursor: edges.Length == 0 ? null : Cursor.Encode(page.Offset),
            EndCursor: edges.Length == 0 ? null : Cursor.Encode(page.Offset + edges.Length - 1));
        return new Connection<TEdge>(edges, pageInfo, totalCount);
    }

    /// <summary>Cuts a page out of a complete in-memory list.</summary>
    public static Connection<TEdge> Slice<TItem, TEdge>(IReadOnlyList<TItem> all, PageRequest page, Func<TItem, string, TEdge> edge)
    {
        var start = Math.Min(page.Offset, all.Count);
        var count = Math.Min(page.First, all.Count - start);
        var items = new TItem[count];
        for (var i = 0; i < count; i++) items[i] = all[start + i];
        return FromPage(items, page with { Offset = start }, all.Count, edge);
    }
}
