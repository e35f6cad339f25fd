using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Turns a <see cref="NodeFilter"/> into a Cypher predicate. Values are parameters; labels,
/// relationship types and property names go into the text only after <see cref="QueryValidation"/>
/// accepted them (known labels and types, ^[a-zA-Z][a-zA-Z0-9]*$ names), and are back-quoted too.
/// </summary>
internal sealed class CypherFilterTranslator
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private int _variables;

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    public string Parameter(object? value)
    {
        var name = "p" + _parameters.Count;
        _parameters.Add(name, value);
        return "$" + name;
    }

    /// <summary>The predicate, or <c>true</c> when there is no filter.</summary>
    public string Translate(NodeFilter? filter, string variable) => filter is null ? "true" : Predicate(filter, variable);

    /// <summary>A property of a node variable, its name checked and quoted.</summary>
    public static string Property(string variable, string property) =>
        $"{variable}.`{QueryValidation.PropertyName(property)}`";

    public static string Label(string label) => $"`{QueryValidation.Label(label)}`";

    public static string Type(string type) => $"`{QueryValidation.RelationshipType(type)}`";

    private string Predicate(NodeFilter filter, string n) => filter switch
    {
        NodeFilter.And and => and.Filters.Count == 0 ? "true" : "(" + string.Join(" AND ", and.Filters.Select(f => Predicate(f, n))) + ")",
        NodeFilter.Or or => or.Filters.Count == 0 ? "false" : "(" + string.Join(" OR ", or.Filters.Select(f => Predicate(f, n))) + ")",
        NodeFilter.Not not => $"(NOT {Predicate(not.Filter, n)})",
        NodeFilter.IdIn idIn => $"{n}.id IN {Parameter(idIn.Ids)}",
        NodeFilter.PropertyEquals eq => $"{Property(n, eq.Property)} = {Parameter(FilterValues.Normalise(eq.Value, eq.Property))}",
        NodeFilter.PropertyIn @in =>
            $"{Property(n, @in.Property)} IN {Parameter(@in.Values.Select(v => FilterValues.Normalise(v, @in.Property)).ToList())}",
        NodeFilter.PropertyContains contains =>
            $"toLower(toString({Property(n, contains.Property)})) CONTAINS toLower({Parameter(contains.Text)})",
        NodeFilter.PropertyRange range => Range(n, range),
        NodeFilter.PropertyExists exists => $"{Property(n, exists.Property)} IS NOT NULL",
        NodeFilter.OnPlan onPlan => OnPlan(n, onPlan),
        NodeFilter.Related related => Related(n, related),
        _ => throw new StoreQueryException($"unsupported filter {filter.GetType().Name}"),
    };

    private string Range(string n, NodeFilter.PropertyRange range)
    {
        // Comparing a string with a number yields null in Cypher, so text values never match.
        var property = Property(n, range.Property);
        var parts = new List<string> { $"{property} IS NOT NULL" };
        if (range.Min is { } min) parts.Add($"{property} >= {Parameter(min)}");
        if (range.Max is { } max) parts.Add($"{property} <= {Parameter(max)}");
        if (parts.Count == 1) parts.Add($"{property} >= {Parameter(double.MinValue)}");
        return "(" + string.Join(" AND ", parts) + ")";
    }

    /// <summary>A node's plan is its planId, or the node itself when it is a Plan.</summary>
    private string OnPlan(string n, NodeFilter.OnPlan onPlan)
    {
        var plan = "pl" + _variables++;
        return $"EXISTS {{ MATCH ({plan}:Node:{Label(Labels.Plan)}) WHERE {plan}.id = coalesce({n}.planId, {n}.id) " +
               $"AND {Predicate(onPlan.PlanFilter, plan)} }}";
    }

    private string Related(string n, NodeFilter.Related related)
    {
        var other = "m" + _variables++;
        var label = related.Label is { } l ? ":" + Label(l) : "";
        var type = Type(related.Type);
        var pattern = related.Direction switch
        {
            EdgeDirection.Outgoing => $"({n})-[:{type}]->({other}:Node{label})",
            EdgeDirection.Incoming => $"({n})<-[:{type}]-({other}:Node{label})",
            _ => $"({n})-[:{type}]-({other}:Node{label})",
        };
        var builder = new StringBuilder($"EXISTS {{ MATCH {pattern}");
        if (related.Where is { } where) builder.Append($" WHERE {Predicate(where, other)}");
        return builder.Append(" }").ToString();
    }
}
