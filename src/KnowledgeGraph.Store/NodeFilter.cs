namespace KnowledgeGraph.Store;

/// <summary>
/// A store-neutral filter over nodes; each store translates it into parameterised SQL or Cypher.
/// Property names are the camelCase names of MODEL.md (^[a-zA-Z][a-zA-Z0-9]*$; <c>id</c> means the
/// node id); values are strings, numbers or booleans, and numbers compare by value (6 equals 6.0).
/// Invalid names, unknown labels or types, and nesting deeper than <see cref="StoreLimits.MaxFilterDepth"/>
/// are refused with a <see cref="StoreQueryException"/> before anything runs.
/// </summary>
public abstract record NodeFilter
{
    public sealed record And(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

    public sealed record Or(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

    public sealed record Not(NodeFilter Filter) : NodeFilter;

    public sealed record IdIn(IReadOnlyList<string> Ids) : NodeFilter;

    public sealed record PropertyEquals(string Property, object Value) : NodeFilter;

    public sealed record PropertyIn(string Property, IReadOnlyList<object> Values) : NodeFilter;

    /// <summary>Substring match, case-insensitive for Latin (ASCII) letters.</summary>
    public sealed record PropertyContains(string Property, string Text) : NodeFilter;

    /// <summary>Inclusive numeric range; either end may be open; text values (such as "6.5左右") never match.</summary>
    public sealed record PropertyRange(string Property, double? Min, double? Max) : NodeFilter;

    public sealed record PropertyExists(string Property) : NodeFilter;

    /// <summary>The plan the node belongs to (its <c>planId</c>, or the node itself for a Plan) matches.</summary>
    public sealed record OnPlan(NodeFilter PlanFilter) : NodeFilter;

    /// <summary>Some neighbour across a relationship of this type and direction matches (when given) a label and a filter.</summary>
    public sealed record Related(string Type, EdgeDirection Direction, string? Label = null, NodeFilter? Where = null) : NodeFilter;
}
