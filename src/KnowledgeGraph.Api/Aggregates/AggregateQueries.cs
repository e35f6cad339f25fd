using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>Query.aggregate and Query.stats.</summary>
public static class AggregateQueries
{
    public static void Add(ObjectGraphType query, ApiLimitsOptions limits)
    {
        query.Field<NonNullGraphType<AggregateResultType>>("aggregate")
            .Description("Counts of one label's nodes per group: e.g. projects per district (PROJECT by PLACE), goals per plan level, BINDING vs EXPECTED goals per plan (GOAL by PLAN then PROPERTY attribute).")
            .Argument<NonNullGraphType<NodeLabelEnum>>("label", "The label to count.")
            .Argument<NonNullGraphType<AggregateGroupByInputType>>("groupBy", "The grouping.")
            .Argument<AggregateGroupByInputType>("thenBy", $"A second grouping inside each group (at most {limits.MaxPageSize} first-level groups).")
            .Argument<AggregateFilterInputType>("where", "Which nodes to count; set the field of the counted label only.")
            .ResolveAsync(async context =>
            {
                var label = context.GetArgument<string>("label");
                var where = Filter(context, label, limits);
                var groupBy = Grouping.From(label, context.GetArgument<IDictionary<string, object?>>("groupBy"));
                var thenBy = context.GetArgument<IDictionary<string, object?>?>("thenBy") is { } t ? Grouping.From(label, t) : null;
                var store = context.Store();
                var ct = context.CancellationToken;

                var total = (await store.FindNodesAsync(new NodeQuery(label, where, First: 0), ct).ConfigureAwait(false)).TotalCount;
                var first = await store.AggregateAsync(new AggregateQuery(label, groupBy.Key, where), ct).ConfigureAwait(false);
                if (thenBy is not null && first.Count > limits.MaxPageSize)
                {
                    throw new ExecutionError($"'groupBy' makes {first.Count} groups; 'thenBy' is allowed for at most {limits.MaxPageSize}. Narrow 'where' or swap the groupings.")
                    {
                        Code = "TOO_MANY_GROUPS",
                    };
                }
                var buckets = new List<Bucket>(first.Count);
                foreach (var bucket in Sorted(first))
                {
                    IReadOnlyList<Bucket>? inner = null;
                    if (thenBy is not null)
                    {
                        var inGroup = FilterCombinations.All(where is null ? [groupBy.SelectGroup(bucket.Key)] : [where, groupBy.SelectGroup(bucket.Key)]);
                        var second = await store.AggregateAsync(new AggregateQuery(label, thenBy.Key, inGroup), ct).ConfigureAwait(false);
                        inner = Sorted(second).Select(b => new Bucket(b.Key, b.Count, thenBy.KeyIsPlanId, null)).ToList();
                    }
                    buckets.Add(new Bucket(bucket.Key, bucket.Count, groupBy.KeyIsPlanId, inner));
                }
                var described = thenBy is null ? groupBy.Description : groupBy.Description + ", then " + thenBy.Description;
                return new AggregateResult(label, described, total, buckets);
            })
            .FieldType.WithComplexityImpact(20, 1);

        query.Field<NonNullGraphType<GraphStatisticsType>>("stats")
            .Description("Counts of nodes per label, relationships per type and nodes per plan, and the version of the stored graph.")
            .ResolveAsync(async context =>
            {
                var store = context.Store();
                var statistics = await store.GetStatisticsAsync(context.CancellationToken).ConfigureAwait(false);
                var version = await store.GetVersionAsync(context.CancellationToken).ConfigureAwait(false);
                return new GraphStatisticsView(statistics, version);
            });
    }

    private static NodeFilter? Filter(IResolveFieldContext context, string label, ApiLimitsOptions limits)
    {
        var input = context.GetArgument<IDictionary<string, object?>?>("where");
        if (input is null) return null;
        var expected = AggregateFilterInputType.FieldByLabel[label];
        var others = input.Where(kv => kv.Value is not null && kv.Key != expected).Select(kv => kv.Key).ToList();
        if (others.Count > 0)
        {
            throw new ExecutionError($"'where' for label {label} may only set '{expected}' (got {string.Join(", ", others)}).") { Code = "BAD_FILTER" };
        }
        if (!input.TryGetValue(expected, out var value) || value is null) return null;
        var filterType = context.FieldDefinition.Arguments!.Find("where")!.ResolvedType!.GetNamedType() as IComplexGraphType;
        var nested = (IFilterInput)filterType!.GetField(expected)!.ResolvedType!.GetNamedType();
        return nested.Translate((IDictionary<string, object?>)value, new FilterTranslation(limits.MaxFilterDepth));
    }

    private static IEnumerable<AggregateBucket> Sorted(IReadOnlyList<AggregateBucket> buckets) =>
        buckets.OrderByDescending(b => b.Count).ThenBy(b => b.Key is null).ThenBy(b => b.Key, StringComparer.Ordinal);
}
