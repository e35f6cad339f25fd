using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>
/// Base of the per-label <c>where</c> inputs. Each field is declared with the clause that translates
/// it (kept in the field's metadata); all given fields must hold, and <c>and</c>/<c>or</c>/<c>not</c>
/// combine whole filters of the same label.
/// </summary>
public abstract class FilterInputGraphType<TSelf> : InputObjectGraphType, IFilterInput
    where TSelf : FilterInputGraphType<TSelf>
{
    private const string ClauseKey = "kg:filterClause";

    protected FilterInputGraphType(string name, string description)
    {
        Name = name;
        Description = description + " All given fields must hold.";
        Clause<ListGraphType<NonNullGraphType<TSelf>>>("and", "All of these filters must hold.",
            (v, t) => FilterCombinations.All(Nested(v, t).Where(f => f is not null).Select(f => f!).ToList()));
        Clause<ListGraphType<NonNullGraphType<TSelf>>>("or", "At least one of these filters must hold.",
            (v, t) => FilterCombinations.Any(Nested(v, t)));
        Clause<TSelf>("not", "This filter must not hold.",
            (v, t) => FilterCombinations.Negate(Translate((IDictionary<string, object?>)v, t.Deeper())));
        Clause<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", "The node id is one of these.",
            (v, _) => new NodeFilter.IdIn(((IEnumerable<object?>)v).OfType<object>().Select(o => o.ToString()!).ToList()));
    }

    public NodeFilter? Translate(IDictionary<string, object?> input, FilterTranslation translation)
    {
        var parts = new List<NodeFilter>();
        foreach (var (key, value) in input)
        {
            if (value is null) continue;
            var field = GetField(key) ?? throw new InvalidOperationException($"{Name} has no field {key}");
            var clause = field.GetMetadata<FilterClause>(ClauseKey)
                ?? throw new InvalidOperationException($"{Name}.{key} has no filter clause");
            var part = clause(value, translation);
            if (part is not null) parts.Add(part);
        }
        return FilterCombinations.All(parts);
    }

    private List<NodeFilter?> Nested(object value, FilterTranslation translation)
    {
        var deeper = translation.Deeper();
        return ((IEnumerable<object?>)value).OfType<IDictionary<string, object?>>().Select(d => Translate(d, deeper)).ToList();
    }

    /// <summary>Declares a field with its translation.</summary>
    protected FieldType Clause<TGraphType>(string name, string description, FilterClause clause)
        where TGraphType : IGraphType
    {
        var field = Field<TGraphType>(name).Description(description).FieldType;
        field.Metadata[ClauseKey] = clause;
        return field;
    }

    protected void Text(string name, string description, string? property = null) =>
        Clause<StringFilterInputType>(name, description, (v, _) => StringFilterInputType.Translate(property ?? name, v));

    protected void Integer(string name, string description, string? property = null) =>
        Clause<IntFilterInputType>(name, description, (v, _) => IntFilterInputType.Translate(property ?? name, v));

    protected void Number(string name, string description, string? property = null) =>
        Clause<FloatFilterInputType>(name, description, (v, _) => FloatFilterInputType.Translate(property ?? name, v));

    /// <summary>Adds <c>name</c> (equals) and <c>nameIn</c> (any of) for an enum property.</summary>
    protected void Enum<TEnumType>(string name, string description, string? property = null)
        where TEnumType : EnumerationGraphType
    {
        Clause<TEnumType>(name, description + " Equals this value.", (v, _) => new NodeFilter.PropertyEquals(property ?? name, v));
        Clause<ListGraphType<NonNullGraphType<TEnumType>>>(name + "In", description + " Is any of these values.",
            (v, _) => new NodeFilter.PropertyIn(property ?? name, ((IEnumerable<object?>)v).OfType<object>().ToList()));
    }

    /// <summary>Some neighbour across a relationship matches a filter of its own label (an empty filter: any neighbour).</summary>
    protected void Related<TFilterType>(string name, string description, string type, EdgeDirection direction, string label)
        where TFilterType : IGraphType, IFilterInput
    {
        FieldType? field = null;
        field = Clause<TFilterType>(name, description, (v, t) =>
        {
            var nested = (IFilterInput)field!.ResolvedType!.GetNamedType();
            return new NodeFilter.Related(type, direction, label, nested.Translate((IDictionary<string, object?>)v, t.Deeper()));
        });
    }

    /// <summary>The plan the node belongs to matches a plan filter.</summary>
    protected void OnPlan<TPlanFilterType>(string description)
        where TPlanFilterType : IGraphType, IFilterInput
    {
        FieldType? field = null;
        field = Clause<TPlanFilterType>("plan", description, (v, t) =>
        {
            var nested = (IFilterInput)field!.ResolvedType!.GetNamedType();
            var planFilter = nested.Translate((IDictionary<string, object?>)v, t.Deeper());
            return planFilter is null ? new NodeFilter.PropertyExists("planId") : new NodeFilter.OnPlan(planFilter);
        });
    }
}
