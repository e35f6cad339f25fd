using GraphQL.Validation.Complexity;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// Prices introspection so that GraphiQL, code generators and BI connectors can read the schema:
/// with the default list multiplier of 20 at every level, the standard introspection query scores
/// about 1.8 million and is refused. Here an introspection list costs one per item at its first
/// level; a list nested under another type-walking list (<c>fields { type { fields … } }</c>, the
/// classic introspection bomb) is priced at <see cref="NestedListMultiplier"/>, so such queries
/// still exceed the limit. Data fields keep the schema's own pricing.
/// </summary>
internal static class IntrospectionComplexity
{
    public const double NestedListMultiplier = 50;

    // Lists that lead from one type to other types, so that nesting them multiplies the work.
    private static readonly HashSet<string> TypeWalkingLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    public static void Configure(ComplexityOptions options)
    {
        var priceDataField = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
            IsIntrospection(context) ? Price(context) : priceDataField(context);
    }

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.ParentType?.Name.StartsWith("__", StringComparison.Ordinal) == true
        || context.FieldDefinition?.Name.StartsWith("__", StringComparison.Ordinal) == true;

    private static FieldComplexityResult Price(FieldImpactContext context)
    {
        var nested = false;
        for (var ancestor = context.Parent; ancestor is { } parent; ancestor = parent.Parent)
        {
            // Ancestors carry only their field: below __schema/__type every ancestor is introspection.
            if (parent.FieldDefinition is { } field && TypeWalkingLists.Contains(field.Name))
            {
                nested = true;
                break;
            }
        }

        var walksTypes = TypeWalkingLists.Contains(context.FieldDefinition.Name);
        return new FieldComplexityResult(1, nested && walksTypes ? NestedListMultiplier : 1);
    }
}
