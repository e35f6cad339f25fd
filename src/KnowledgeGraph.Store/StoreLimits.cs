namespace KnowledgeGraph.Store;

/// <summary>
/// Hard bounds every store applies whatever the caller asks, so no query path is unbounded even
/// when a caller forgets to clamp its arguments.
/// </summary>
public static class StoreLimits
{
    /// <summary>Largest page <see cref="IGraphStore.FindNodesAsync"/> and <see cref="IGraphStore.SearchAsync"/> return.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Deepest nesting of And/Or/Not/OnPlan/Related a filter may have.</summary>
    public const int MaxFilterDepth = 8;

    /// <summary>Most values an IdIn or PropertyIn filter, or an id batch, may carry.</summary>
    public const int MaxValues = 100_000;

    /// <summary>Most search terms (space-separated words) one search may have.</summary>
    public const int MaxSearchTerms = 16;

    /// <summary>Most sort keys one query may have.</summary>
    public const int MaxOrderKeys = 4;
}
