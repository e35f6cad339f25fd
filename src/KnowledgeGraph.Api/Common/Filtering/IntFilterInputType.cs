using System.Globalization;
using GraphQL.Types;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

public sealed class IntFilterInputType : InputObjectGraphType
{
    public IntFilterInputType()
    {
        Name = "IntFilter";
        Description = "Conditions on a whole-number property such as a year; all given conditions must hold.";
        Field<IntGraphType>("eq").Description("Exactly this number.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("in").Description("Any of these numbers.");
        Field<IntGraphType>("gte").Description("At least this number.");
        Field<IntGraphType>("lte").Description("At most this number.");
        Field<BooleanGraphType>("exists").Description("True: the property is present; false: it is absent.");
    }

    public static NodeFilter? Translate(string property, object value)
    {
        var input = (IDictionary<string, object?>)value;
        var parts = new List<NodeFilter>();
        double? min = null, max = null;
        foreach (var (key, v) in input)
        {
            if (v is null) continue;
            switch (key)
            {
                case "eq": parts.Add(new NodeFilter.PropertyEquals(property, ToLong(v))); break;
                case "in": parts.Add(new NodeFilter.PropertyIn(property, ((IEnumerable<object?>)v).OfType<object>().Select(x => (object)ToLong(x)).ToList())); break;
                case "gte": min = ToLong(v); break;
                case "lte": max = ToLong(v); break;
                case "exists": parts.Add(StringFilterInputType.Exists(property, (bool)v)); break;
                default: throw new InvalidOperationException($"unknown IntFilter field {key}");
            }
        }
        if (min is not null || max is not null) parts.Add(new NodeFilter.PropertyRange(property, min, max));
        return FilterCombinations.All(parts);
    }

    private static long ToLong(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
