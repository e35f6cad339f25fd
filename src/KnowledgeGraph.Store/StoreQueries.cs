using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Progress of a long write, for progress bars: <see cref="Stage"/> is <c>nodes</c>, <c>edges</c>,
/// then for SQLite <c>provenance</c>, <c>indexes</c> (one step per index) and <c>sync</c>;
/// <see cref="Done"/> of <see cref="Total"/> items of the stage. Reported on the writing thread.
/// </summary>
public readonly record struct StoreProgress(string Stage, long Done, long Total);

public enum EdgeDirection
{
    /// <summary>Relationships whose start node is one of the given nodes.</summary>
    Outgoing,
    /// <summary>Relationships whose end node is one of the given nodes.</summary>
    Incoming,
    Both,
}

/// <param name="Label">Only nodes of this label.</param>
/// <param name="Where">Optional filter.</param>
/// <param name="OrderBy">
/// Sort keys (at most <see cref="StoreLimits.MaxOrderKeys"/>; nodes without the property sort last in
/// either direction); graph order (the import order) always breaks ties, so pages are stable and,
/// without keys, nodes come in document order.
/// </param>
/// <param name="First">Page size, 0..<see cref="StoreLimits.MaxPageSize"/> (the API bounds it further).</param>
/// <param name="Offset">Nodes to skip (the API's cursors encode it).</param>
public sealed record NodeQuery(
    string Label,
    NodeFilter? Where = null,
    IReadOnlyList<NodeOrder>? OrderBy = null,
    int First = 20,
    int Offset = 0);

public sealed record NodeOrder(string Property, bool Descending = false);

public sealed record NodePage(IReadOnlyList<GraphNode> Nodes, int TotalCount)
{
    public bool HasNextPage(int offset) => offset + Nodes.Count < TotalCount;
}

/// <param name="NodeIds">The nodes whose relationships are wanted.</param>
/// <param name="Direction">Which end the given nodes are.</param>
/// <param name="Types">Only these relationship types; null for all. The result is in graph order.</param>
public sealed record EdgeQuery(
    IReadOnlyCollection<string> NodeIds,
    EdgeDirection Direction,
    IReadOnlyCollection<string>? Types = null);

/// <param name="Text">The user's words; Chinese terms of any length, several terms separated by spaces all must match.</param>
/// <param name="Labels">Only nodes of these labels; null or empty for all.</param>
public sealed record SearchQuery(string Text, IReadOnlyCollection<string>? Labels = null, int First = 20, int Offset = 0);

/// <param name="Score">Relevance, higher first (the order of the page): BM25 over the main text and the description, plus 1000 when the whole query equals the node's main text.</param>
/// <param name="Field">The property that matched: the label's main text (title, name or text) or description.</param>
/// <param name="Snippet">
/// Up to ~80 characters around the first match, each match wrapped in <c>&lt;em&gt;</c>…<c>&lt;/em&gt;</c>,
/// cuts marked with …; the rest is HTML-escaped, so the snippet is safe to render as markup.
/// </param>
public sealed record SearchHit(GraphNode Node, double Score, string Field, string Snippet);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int TotalCount);

public sealed record AggregateQuery(string Label, GroupKey GroupBy, NodeFilter? Where = null);

/// <summary>What to group counts by.</summary>
public abstract record GroupKey
{
    /// <summary>A property of the node itself (attribute, kind, category, planId…).</summary>
    public sealed record Property(string Name) : GroupKey;

    /// <summary>A property of the plan the node belongs to (through its <c>planId</c>): level, region, title…</summary>
    public sealed record PlanProperty(string Name) : GroupKey;

    /// <summary>
    /// A property of a neighbour across a relationship: e.g. projects by the name of the Place they are LOCATED_IN.
    /// A node counts once under each distinct value its neighbours have, under null when none has one.
    /// </summary>
    public sealed record Neighbour(string Type, EdgeDirection Direction, string Name) : GroupKey;
}

/// <summary>
/// One group: its key as text (numbers in invariant form, booleans "true"/"false", null when the
/// property is absent) and how many nodes fall in it. Buckets come by count descending, then key.
/// </summary>
public sealed record AggregateBucket(string? Key, int Count);

public sealed record PlanStatistics(string PlanId, string Title, IReadOnlyDictionary<string, int> NodesByLabel);

public sealed record GraphStatistics(
    IReadOnlyDictionary<string, int> NodesByLabel,
    IReadOnlyDictionary<string, int> EdgesByType,
    IReadOnlyList<PlanStatistics> Plans);
