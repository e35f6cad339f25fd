using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>
/// Complexity estimates for connection fields. The analyzer multiplies each field's impact by the
/// expected size of the lists above it: a top-level list is expected to be as long as 'first',
/// a relationship list as long as its usual fan-out (a chapter has a handful of sections, not
/// 'first' of them) but never longer than 'first'. Nested relationship lists still multiply, so
/// cyclic queries (plan → sections → plan → …) are refused within a few levels.
/// </summary>
public static class ConnectionComplexity
{
    /// <summary>Expected number of neighbours across one relationship of one node.</summary>
    public const int RelationshipFanOut = 10;

    /// <summary>Prices the items of the connection at min('first', <paramref name="expectedSize"/>) each.</summary>
    public static FieldType Expect(this FieldType field, ApiLimitsOptions limits, int? expectedSize = null) =>
        field.WithComplexityImpact(context =>
        {
            var first = context.GetArgument(PageRequest.FirstArgument, limits.DefaultPageSize);
            var size = Math.Max(0, expectedSize is { } cap ? Math.Min(first, cap) : first);
            return new FieldComplexityResult(1, Math.Max(1, size));
        });

    /// <summary>The list fields inside a connection (edges, nodes) take their size from the connection field.</summary>
    public static FieldType Inner(this FieldType field) => field.WithComplexityImpact(1, 1);
}
