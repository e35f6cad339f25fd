namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// The in-process cache of nodes and their relationships (section <c>Api:ReadCache</c>). The graph
/// only changes by a whole re-import, which changes its version; entries are kept per version, so
/// a re-import is seen by the next request and the old entries are dropped.
/// </summary>
public sealed class ReadCacheOptions
{
    public const string SectionName = "Api:ReadCache";

    /// <summary>Keep nodes and relationship lists between requests (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most nodes kept (default 200,000); past it, further nodes are read from the store each time.</summary>
    public int MaxNodes { get; set; } = 200_000;

    /// <summary>Most nodes whose relationships (all types, both directions) are kept (default 200,000).</summary>
    public int MaxNodeRelationships { get; set; } = 200_000;
}
