using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Checks every name and bound of a query before a store turns it into SQL or Cypher. Labels,
/// relationship types and property names end up in statement text (Cypher cannot take them as
/// parameters; SQLite JSON paths are built from them), so they must be known or well formed.
/// </summary>
public static class QueryValidation
{
    /// <summary>The pseudo-property that filters, sorts and groups by the node id.</summary>
    public const string IdProperty = "id";

    public static string Label(string label) =>
        Labels.IsKnown(label)
            ? label
            : throw new StoreQueryException($"unknown label '{label}'; expected one of {string.Join(", ", Labels.All)}");

    public static string RelationshipType(string type) =>
        RelationshipTypes.IsKnown(type)
            ? type
            : throw new StoreQueryException(
                $"unknown relationship type '{type}'; expected one of {string.Join(", ", RelationshipTypes.All)}");

    /// <summary>camelCase names only: ^[a-zA-Z][a-zA-Z0-9]*$, at most 64 characters.</summary>
    public static string PropertyName(string name)
    {
        if (IsPropertyName(name)) return name;
        throw new StoreQueryException($"invalid property name '{name}': use letters and digits, starting with a letter");
    }

    public static bool IsPropertyName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64 || !char.IsAsciiLetter(name[0])) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return true;
    }

    public static void Page(int first, int offset)
    {
        if (first < 0 || first > StoreLimits.MaxPageSize)
        {
            throw new StoreQueryException($"page size {first} is out of range 0..{StoreLimits.MaxPageSize}");
        }
        if (offset < 0) throw new StoreQueryException($"offset {offset} must not be negative");
    }

    public static void Node(NodeQuery query)
    {
        Label(query.Label);
        Page(query.First, query.Offset);
        Filter(query.Where);
        if (query.OrderBy is { } order)
        {
            if (order.Count > StoreLimits.MaxOrderKeys)
            {
                throw new StoreQueryException($"at most {StoreLimits.MaxOrderKeys} sort keys are allowed");
            }
            foreach (var key in order) PropertyName(key.Property);
        }
    }

    /// <summary>A batch of node ids (GetNodesAsync, the id side of GetEdgesAsync).</summary>
    public static void Ids(IReadOnlyCollection<string> ids) => Count(ids.Count, "node ids");

    public static void Edge(EdgeQuery query)
    {
        Ids(query.NodeIds);
        if (query.Types is { } types)
        {
            foreach (var type in types) RelationshipType(type);
        }
    }

    public static void Aggregate(AggregateQuery query)
    {
        Label(query.Label);
        Filter(query.Where);
        switch (query.GroupBy)
        {
            case GroupKey.Property p: PropertyName(p.Name); break;
            case GroupKey.PlanProperty p: PropertyName(p.Name); break;
            case GroupKey.Neighbour n: RelationshipType(n.Type); PropertyName(n.Name); break;
            default: throw new StoreQueryException("a group key is required");
        }
    }

    public static void Search(SearchQuery query)
    {
        Page(query.First, query.Offset);
        if (query.Labels is { } labels)
        {
            foreach (var label in labels) Label(label);
        }
    }

    /// <summary>Validates a whole filter tree: names, value types, sizes and nesting depth.</summary>
    public static void Filter(NodeFilter? filter) => Filter(filter, 1);

    private static void Filter(NodeFilter? filter, int depth)
    {
        if (filter is null) return;
        if (depth > StoreLimits.MaxFilterDepth)
        {
            throw new StoreQueryException($"filter is nested deeper than {StoreLimits.MaxFilterDepth} levels");
        }
        switch (filter)
        {
            case NodeFilter.And and:
                foreach (var f in and.Filters) Filter(f, depth + 1);
                break;
            case NodeFilter.Or or:
                foreach (var f in or.Filters) Filter(f, depth + 1);
                break;
            case NodeFilter.Not not:
                Filter(not.Filter, depth + 1);
                break;
            case NodeFilter.IdIn idIn:
                Count(idIn.Ids.Count, "ids");
                break;
            case NodeFilter.PropertyEquals eq:
                PropertyName(eq.Property);
                FilterValues.Normalise(eq.Value, eq.Property);
                break;
            case NodeFilter.PropertyIn @in:
                PropertyName(@in.Property);
                Count(@in.Values.Count, "values");
                foreach (var v in @in.Values) FilterValues.Normalise(v, @in.Property);
                break;
            case NodeFilter.PropertyContains contains:
                PropertyName(contains.Property);
                ArgumentNullException.ThrowIfNull(contains.Text);
                break;
            case NodeFilter.PropertyRange range:
                PropertyName(range.Property);
                if (range.Min is { } min && !double.IsFinite(min) || range.Max is { } max && !double.IsFinite(max))
                {
                    throw new StoreQueryException($"range bounds of '{range.Property}' must be finite numbers");
                }
                break;
            case NodeFilter.PropertyExists exists:
                PropertyName(exists.Property);
                break;
            case NodeFilter.OnPlan onPlan:
                Filter(onPlan.PlanFilter, depth + 1);
                break;
            case NodeFilter.Related related:
                RelationshipType(related.Type);
                if (related.Label is { } label) Label(label);
                Filter(related.Where, depth + 1);
                break;
            default:
                throw new StoreQueryException($"unsupported filter {filter.GetType().Name}");
        }
    }

    private static void Count(int count, string what)
    {
        if (count > StoreLimits.MaxValues)
        {
            throw new StoreQueryException($"too many {what}: {count} (at most {StoreLimits.MaxValues})");
        }
    }
}
