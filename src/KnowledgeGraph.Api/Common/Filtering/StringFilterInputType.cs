using GraphQL.Types;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

public sealed class StringFilterInputType : InputObjectGraphType
{
    public StringFilterInputType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text property; all given conditions must hold.";
        Field<StringGraphType>("eq").Description("Exactly this text.");
        Field<StringGraphType>("contains").Description("Contains this text (case-insensitive for Latin letters).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Any of these texts.");
        Field<BooleanGraphType>("exists").Description("True: the property is present; false: it is absent.");
    }

    public static NodeFilter? Translate(string property, object value)
    {
        var input = (IDictionary<string, object?>)value;
        var parts = new List<NodeFilter>();
        foreach (var (key, v) in input)
        {
            if (v is null) continue;
            parts.Add(key switch
            {
                "eq" => new NodeFilter.PropertyEquals(property, (string)v),
                "contains" => new NodeFilter.PropertyContains(property, (string)v),
                "in" => new NodeFilter.PropertyIn(property, ((IEnumerable<object?>)v).OfType<object>().ToList()),
                "exists" => Exists(property, (bool)v),
                _ => throw new InvalidOperationException($"unknown StringFilter field {key}"),
            });
        }
        return FilterCombinations.All(parts);
    }

    internal static NodeFilter Exists(string property, bool present) =>
        present ? new NodeFilter.PropertyExists(property) : new NodeFilter.Not(new NodeFilter.PropertyExists(property));
}
