using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Turns a <see cref="NodeFilter"/> into a SQL condition over a nodes alias. Every value is a
/// parameter; property names (checked by <see cref="QueryValidation"/>) reach SQL only as JSON
/// path parameters ('$.name'). Each nested Related or OnPlan gets its own table aliases.
/// </summary>
internal sealed class SqliteFilterTranslator(SqliteCommand command)
{
    private int _parameters;
    private int _aliases;

    /// <summary>Adds a parameter and returns its name.</summary>
    public string Parameter(object? value)
    {
        var name = "$p" + _parameters++;
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return name;
    }

    /// <summary>A JSON array parameter, for IN lists of any length in one bound value.</summary>
    public string JsonArray<T>(IEnumerable<T> values) => Parameter(JsonSerializer.Serialize(values));

    /// <summary>The condition, or "1" when there is no filter.</summary>
    public string Translate(NodeFilter? filter, string alias) => filter is null ? "1" : Condition(filter, alias);

    /// <summary>SQL expressions for a property's value and JSON type ('text', 'integer', 'real', 'true'…).</summary>
    public (string Value, string Type) Property(string alias, string property)
    {
        if (property == QueryValidation.IdProperty) return ($"{alias}.id", "'text'");
        var path = Parameter("$." + QueryValidation.PropertyName(property));
        return ($"json_extract({alias}.props, {path})", $"json_type({alias}.props, {path})");
    }

    private string Condition(NodeFilter filter, string alias) => filter switch
    {
        NodeFilter.And and => and.Filters.Count == 0
            ? "1"
            : "(" + string.Join(" AND ", and.Filters.Select(f => Condition(f, alias))) + ")",
        NodeFilter.Or or => or.Filters.Count == 0
            ? "0"
            : "(" + string.Join(" OR ", or.Filters.Select(f => Condition(f, alias))) + ")",
        NodeFilter.Not not => $"(NOT {Condition(not.Filter, alias)})",
        NodeFilter.IdIn idIn => $"{alias}.id IN (SELECT value FROM json_each({JsonArray(idIn.Ids)}))",
        NodeFilter.PropertyEquals eq => EqualsValue(alias, eq.Property, FilterValues.Normalise(eq.Value, eq.Property)),
        NodeFilter.PropertyIn @in => In(alias, @in),
        NodeFilter.PropertyContains contains => Contains(alias, contains),
        NodeFilter.PropertyRange range => Range(alias, range),
        NodeFilter.PropertyExists exists => $"({Property(alias, exists.Property).Type} IS NOT NULL)",
        NodeFilter.OnPlan onPlan => OnPlan(alias, onPlan),
        NodeFilter.Related related => Related(alias, related),
        _ => throw new StoreQueryException($"unsupported filter {filter.GetType().Name}"),
    };

    private string EqualsValue(string alias, string property, object value)
    {
        if (property == "planId" && value is string planId)
        {
            // The column copy of planId is indexed (with the label): "the sections of plan X",
            // the commonest filter, is an index range. Plans keep their own id there instead.
            return $"({alias}.plan_id = {Parameter(planId)} AND {alias}.label <> {Parameter(Labels.Plan)})";
        }
        var (expression, type) = Property(alias, property);
        // json_extract reads true as 1: compare booleans by JSON type so true never equals 1.
        return value is bool b
            ? $"({type} = {Parameter(b ? "true" : "false")})"
            : $"({expression} = {Parameter(value)})";
    }

    private string In(string alias, NodeFilter.PropertyIn @in)
    {
        var values = @in.Values.Select(v => FilterValues.Normalise(v, @in.Property)).ToList();
        var plain = values.Where(v => v is not bool).ToList();
        var booleans = values.OfType<bool>().Distinct().ToList();
        var parts = new List<string>();
        if (plain.Count > 0)
        {
            var (expression, _) = Property(alias, @in.Property);
            parts.Add($"{expression} IN (SELECT value FROM json_each({JsonArray(plain)}))");
        }
        parts.AddRange(booleans.Select(b => EqualsValue(alias, @in.Property, b)));
        return parts.Count == 0 ? "0" : "(" + string.Join(" OR ", parts) + ")";
    }

    private string Contains(string alias, NodeFilter.PropertyContains contains)
    {
        var (expression, _) = Property(alias, contains.Property);
        // lower() folds ASCII letters only, which is what Latin text in these plans uses (GDP, PM2.5).
        return $"(instr(lower({expression}), lower({Parameter(contains.Text)})) > 0)";
    }

    private string Range(string alias, NodeFilter.PropertyRange range)
    {
        var (expression, type) = Property(alias, range.Property);
        var builder = new StringBuilder($"({type} IN ('integer', 'real')");
        if (range.Min is { } min) builder.Append($" AND {expression} >= {Parameter(min)}");
        if (range.Max is { } max) builder.Append($" AND {expression} <= {Parameter(max)}");
        return builder.Append(')').ToString();
    }

    private string OnPlan(string alias, NodeFilter.OnPlan onPlan)
    {
        var plan = "pl" + _aliases++;
        return $"EXISTS (SELECT 1 FROM nodes {plan} WHERE {plan}.id = {alias}.plan_id " +
               $"AND {plan}.label = {Parameter(Labels.Plan)} AND {Condition(onPlan.PlanFilter, plan)})";
    }

    private string Related(string alias, NodeFilter.Related related)
    {
        return related.Direction switch
        {
            EdgeDirection.Outgoing => Exists(alias, related, "from_seq", "to_seq"),
            EdgeDirection.Incoming => Exists(alias, related, "to_seq", "from_seq"),
            _ => $"({Exists(alias, related, "from_seq", "to_seq")} OR {Exists(alias, related, "to_seq", "from_seq")})",
        };
    }

    private string Exists(string alias, NodeFilter.Related related, string near, string far)
    {
        var edge = "e" + _aliases;
        var other = "m" + _aliases++;
        var builder = new StringBuilder(
            $"EXISTS (SELECT 1 FROM edges {edge} JOIN nodes {other} ON {other}.seq = {edge}.{far} " +
            $"WHERE {edge}.{near} = {alias}.seq AND {edge}.type = {Parameter(QueryValidation.RelationshipType(related.Type))}");
        if (related.Label is { } label) builder.Append($" AND {other}.label = {Parameter(QueryValidation.Label(label))}");
        if (related.Where is { } where) builder.Append($" AND {Condition(where, other)}");
        return builder.Append(')').ToString();
    }
}
