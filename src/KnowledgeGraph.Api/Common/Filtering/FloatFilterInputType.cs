using System.Globalization;
using GraphQL.Types;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

public sealed class FloatFilterInputType : InputObjectGraphType
{
    public FloatFilterInputType()
    {
        Name = "FloatFilter";
        Description = "Conditions on a numeric property such as a target value; all given conditions must hold.";
        Field<FloatGraphType>("eq").Description("Exactly this number.");
        Field<FloatGraphType>("gte").Description("At least this number.");
        Field<FloatGraphType>("lte").Description("At most this number.");
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
                // A range, not equality: the store may hold 25 as an integer and 25.0 as a double.
                case "eq": parts.Add(new NodeFilter.PropertyRange(property, ToDouble(v), ToDouble(v))); break;
                case "gte": min = ToDouble(v); break;
                case "lte": max = ToDouble(v); break;
                case "exists": parts.Add(StringFilterInputType.Exists(property, (bool)v)); break;
                default: throw new InvalidOperationException($"unknown FloatFilter field {key}");
            }
        }
        if (min is not null || max is not null) parts.Add(new NodeFilter.PropertyRange(property, min, max));
        return FilterCombinations.All(parts);
    }

    private static double ToDouble(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
