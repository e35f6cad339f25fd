using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>Combines translated parts; a null part means "no condition".</summary>
public static class FilterCombinations
{
    /// <summary>Matches nothing: the negation of "no condition".</summary>
    public static readonly NodeFilter Nothing = new NodeFilter.IdIn([]);

    /// <summary>AND of parts; nested ANDs are flattened so each filter level costs one level of store nesting.</summary>
    public static NodeFilter? All(IReadOnlyList<NodeFilter> parts)
    {
        var flat = new List<NodeFilter>(parts.Count);
        foreach (var part in parts)
        {
            if (part is NodeFilter.And and) flat.AddRange(and.Filters);
            else flat.Add(part);
        }
        return flat.Count switch
        {
            0 => null,
            1 => flat[0],
            _ => new NodeFilter.And(flat),
        };
    }

    /// <summary>OR of parts; any unconstrained part makes the whole OR unconstrained.</summary>
    public static NodeFilter? Any(IReadOnlyList<NodeFilter?> parts)
    {
        if (parts.Count == 0) return null;
        if (parts.Any(p => p is null)) return null;
        return parts.Count == 1 ? parts[0] : new NodeFilter.Or(parts.Select(p => p!).ToList());
    }

    public static NodeFilter Negate(NodeFilter? part) => part is null ? Nothing : new NodeFilter.Not(part);
}
