using System.Globalization;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Trace;

/// <summary>Query.trace: the whole tree below (or above) a node, or, with a target, only the paths that reach it.</summary>
public static class TraceQueries
{
    public const int DefaultDepth = 4;
    public const int DefaultTargetedDepth = 9;
    public const int DefaultMaxPaths = 20;

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
                $"{limits.MaxTraceNodes} nodes are visited and 'truncated' says when that limit cut the tree. With 'to', only the paths " +
                $"reaching a matching node are returned (root, steps and paths): the search may visit up to {limits.MaxTraceSearchNodes} nodes " +
                "and passes the 'through' nodes in order. Null when no node has the id.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The start node's id.")
            .Argument<TraceDirectionEnum>("direction", "DOWN (default) or UP.", a => a.DefaultValue = TraceDirection.Down)
            .Argument<IntGraphType>("maxDepth", $"How many links deep to go, 1 to {limits.MaxTraceDepth}; default {DefaultDepth}, with 'to' {DefaultTargetedDepth}.", a =>
                a.Validator = value => CheckDepth(Convert.ToInt32(value, CultureInfo.InvariantCulture), limits))
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("relationshipTypes",
                "The relationship types to follow; by default " + string.Join(", ", TraceRules.DefaultTypes) + ".")
            .Argument<FloatGraphType>("minConfidence", "Skip derived links (IMPLEMENTS, ALIGNS_WITH, SAME_AS, SUPPORTS) less confident than this, 0–1.",
                a => a.DefaultValue = 0.0)
            .Argument<TraceTargetInputType>("to", "Return only the paths that end at a node matching this (for example { label: PROJECT, planLevel: DISTRICT }).")
            .Argument<ListGraphType<NonNullGraphType<TraceTargetInputType>>>("through",
                $"With 'to': nodes each path must pass, in this order (at most {limits.MaxTraceDepth}), e.g. [{{ label: SECTION, planRegion: \"长春市\" }}, {{ label: GOAL, planRegion: \"长春市\" }}].")
            .Argument<IntGraphType>("maxPaths", $"With 'to': how many paths to return at most, 1 to {limits.MaxTracePaths} (default {Math.Min(DefaultMaxPaths, limits.MaxTracePaths)}).")
            .ResolveAsync(async context =>
            {
                var to = context.GetArgument<TraceTarget?>("to");
                var depth = context.GetArgument<int?>("maxDepth") ?? Math.Min(to is null ? DefaultDepth : DefaultTargetedDepth, limits.MaxTraceDepth);
                CheckDepth(depth, limits);
                var types = context.GetArgument<List<string>?>("relationshipTypes");
                if (types is { Count: 0 })
                {
                    throw new ExecutionError("'relationshipTypes' is empty; omit it to follow the default types.") { Code = "NO_RELATIONSHIP_TYPES" };
                }
                var from = context.GetArgument<string>("from");
                var direction = context.GetArgument("direction", TraceDirection.Down);
                var follow = types?.Distinct(StringComparer.Ordinal).ToList() ?? TraceRules.DefaultTypes;
                var minConfidence = context.GetArgument("minConfidence", 0.0);
                var through = context.GetArgument<List<TraceTarget>?>("through");
                var maxPaths = context.GetArgument<int?>("maxPaths");
                if (to is null)
                {
                    if (through is not null || maxPaths is not null)
                    {
                        throw new ExecutionError("'through' and 'maxPaths' need a target: give 'to' as well.") { Code = "TRACE_TARGET_MISSING" };
                    }
                    return await new Tracer(context.Reader())
                        .TraceAsync(new Tracer.Request(from, direction, depth, follow, minConfidence, limits.MaxTraceNodes), context.CancellationToken)
                        .ConfigureAwait(false);
                }
                CheckTarget(to, through ?? [], limits);
                var paths = maxPaths ?? Math.Min(DefaultMaxPaths, limits.MaxTracePaths);
                if (paths < 1 || paths > limits.MaxTracePaths)
                {
                    throw new ExecutionError($"'maxPaths' must be between 1 and {limits.MaxTracePaths} (got {paths}).") { Code = "TRACE_TOO_MANY_PATHS" };
                }
                return await new TargetedTracer(context.Reader())
                    .TraceAsync(new TargetedTracer.Request(from, direction, depth, follow, minConfidence, to, through ?? [], paths, limits.MaxTraceSearchNodes),
                        context.CancellationToken)
                    .ConfigureAwait(false);
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

    private static void CheckTarget(TraceTarget to, IReadOnlyList<TraceTarget> through, ApiLimitsOptions limits)
    {
        if (to.IsEmpty || through.Any(t => t.IsEmpty))
        {
            throw new ExecutionError("A trace target needs at least one of label, planLevel, planRegion or ids.") { Code = "TRACE_TARGET_EMPTY" };
        }
        if (through.Count > limits.MaxTraceDepth)
        {
            throw new ExecutionError($"'through' names {through.Count} waypoints; a path of at most {limits.MaxTraceDepth} links can pass at most that many.")
            { Code = "TRACE_TOO_DEEP" };
        }
        if (through.Append(to).Sum(t => t.Ids?.Count ?? 0) > limits.MaxPageSize)
        {
            throw new ExecutionError($"The trace target names more than {limits.MaxPageSize} ids.") { Code = "TOO_MANY_IDS" };
        }
    }
}
