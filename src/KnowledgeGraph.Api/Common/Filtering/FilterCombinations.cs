using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>Combines translated parts; a null part means "no condition".</summary>
public static class FilterCombinations
{
    /// <summary>Matches nothing: the negation of "no condition".</summary>
    public static readonly NodeFilter Nothing = new NodeFilter.IdIn([]);

    public static NodeFilter? All(IReadOnlyList<NodeFilter> parts) => parts.Count switch
    {
        0 => null,
        1 => parts[0],
        _ => new NodeFilter.And(parts),
    };

    /// <summary>OR of parts; any unconstrained part makes the whole OR unconstrained.</summary>
    public static NodeFilter? Any(IReadOnlyList<NodeFilter?> parts)
    {
        if (parts.Count == 0) return null;
        if (parts.Any(p => p is null)) return null;
        return parts.Count == 1 ? parts[0] : new NodeFilter.Or(parts.Select(p => p!).ToList());
    }

    public static NodeFilter Negate(NodeFilter? part) => part is null ? Nothing : new NodeFilter.Not(part);
}
