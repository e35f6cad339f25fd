using System.Globalization;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Trace;

/// <summary>Query.trace.</summary>
public static class TraceQueries
{
    public const int DefaultDepth = 4;

    public static void Add(ObjectGraphType query, ApiLimitsOptions limits)
    {
        var rules = string.Join("; ", TraceRules.Down.Select(r => r.Key + (r.Value switch
        {
            EdgeDirection.Outgoing => " from→to",
            EdgeDirection.Incoming => " to→from",
            _ => " both ways",
        })));
        query.Field<TraceType>("trace")
            .Description(
                "The tree of paths from a node across levels (province → city → district → project). DOWN follows each relationship " +
                $"the way that leads down ({rules}); UP follows the opposite way. Each node appears once (cycles end), at most " +
                $"{limits.MaxTraceNodes} nodes are visited and 'truncated' says when that limit cut the tree. Null when no node has the id.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The start node's id.")
            .Argument<TraceDirectionEnum>("direction", "DOWN (default) or UP.", a => a.DefaultValue = TraceDirection.Down)
            .Argument<IntGraphType>("maxDepth", $"How many links deep to go, 1 to {limits.MaxTraceDepth}.", a =>
            {
                a.DefaultValue = Math.Min(DefaultDepth, limits.MaxTraceDepth);
                a.Validator = value => CheckDepth(Convert.ToInt32(value, CultureInfo.InvariantCulture), limits);
            })
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("relationshipTypes",
                "The relationship types to follow; by default " + string.Join(", ", TraceRules.DefaultTypes) + ".")
            .Argument<FloatGraphType>("minConfidence", "Skip derived links (IMPLEMENTS, ALIGNS_WITH, SAME_AS, SUPPORTS) less confident than this, 0–1.",
                a => a.DefaultValue = 0.0)
            .ResolveAsync(async context =>
            {
                var depth = context.GetArgument("maxDepth", Math.Min(DefaultDepth, limits.MaxTraceDepth));
                CheckDepth(depth, limits);
                var types = context.GetArgument<List<string>?>("relationshipTypes");
                if (types is { Count: 0 })
                {
                    throw new ExecutionError("'relationshipTypes' is empty; omit it to follow the default types.") { Code = "NO_RELATIONSHIP_TYPES" };
                }
                var tracer = new Tracer(context.Reader());
                return await tracer.TraceAsync(new Tracer.Request(
                        context.GetArgument<string>("from"),
                        context.GetArgument("direction", TraceDirection.Down),
                        depth,
                        types?.Distinct(StringComparer.Ordinal).ToList() ?? TraceRules.DefaultTypes,
                        context.GetArgument("minConfidence", 0.0),
                        limits.MaxTraceNodes),
                    context.CancellationToken).ConfigureAwait(false);
            })
            .FieldType.WithComplexityImpact(10, 1);
    }

    private static void CheckDepth(int depth, ApiLimitsOptions limits)
    {
        if (depth < 1 || depth > limits.MaxTraceDepth)
        {
            throw new ExecutionError($"'maxDepth' must be between 1 and {limits.MaxTraceDepth} (got {depth}).") { Code = "TRACE_TOO_DEEP" };
        }
    }
}
