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

    /// <summary>
    /// NOT of a part, matching exactly the nodes the part does not match, nodes without the property
    /// included. SQL and Cypher compare an absent property as unknown and NOT(unknown) is unknown, so
    /// property conditions are negated as "absent OR NOT condition", pushed through AND/OR (De Morgan).
    /// </summary>
    public static NodeFilter Negate(NodeFilter? part) => part switch
    {
        null => Nothing,
        NodeFilter.Not not => not.Filter,
        NodeFilter.And and => new NodeFilter.Or(and.Filters.Select(Negate).ToList()),
        NodeFilter.Or or => All(or.Filters.Select(Negate).ToList())!,
        NodeFilter.PropertyEquals p => AbsentOrNot(p.Property, p),
        NodeFilter.PropertyIn p => AbsentOrNot(p.Property, p),
        NodeFilter.PropertyContains p => AbsentOrNot(p.Property, p),
        NodeFilter.PropertyRange p => AbsentOrNot(p.Property, p),
        _ => new NodeFilter.Not(part),
    };

    private static NodeFilter AbsentOrNot(string property, NodeFilter condition) =>
        new NodeFilter.Or([new NodeFilter.Not(new NodeFilter.PropertyExists(property)), new NodeFilter.Not(condition)]);
}
