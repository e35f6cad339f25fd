namespace KnowledgeGraph.Store;

/// <summary>
/// A store-neutral filter over nodes; each store translates it into parameterised SQL or Cypher.
/// Property names are the camelCase names of MODEL.md; values are strings, numbers or booleans.
/// </summary>
public abstract record NodeFilter
{
    public sealed record And(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

    public sealed record Or(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

    public sealed record Not(NodeFilter Filter) : NodeFilter;

    public sealed record IdIn(IReadOnlyList<string> Ids) : NodeFilter;

    public sealed record PropertyEquals(string Property, object Value) : NodeFilter;

    public sealed record PropertyIn(string Property, IReadOnlyList<object> Values) : NodeFilter;

    /// <summary>Substring match, case-insensitive for Latin text.</summary>
    public sealed record PropertyContains(string Property, string Text) : NodeFilter;

    /// <summary>Inclusive numeric range; either end may be open.</summary>
    public sealed record PropertyRange(string Property, double? Min, double? Max) : NodeFilter;

    public sealed record PropertyExists(string Property) : NodeFilter;

    /// <summary>The plan the node belongs to (its <c>planId</c>, or the node itself for a Plan) matches.</summary>
    public sealed record OnPlan(NodeFilter PlanFilter) : NodeFilter;

    /// <summary>Some neighbour across a relationship of this type and direction matches (when given) a label and a filter.</summary>
    public sealed record Related(string Type, EdgeDirection Direction, string? Label = null, NodeFilter? Where = null) : NodeFilter;
}
