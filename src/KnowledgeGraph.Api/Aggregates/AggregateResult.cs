namespace KnowledgeGraph.Api.Aggregates;

/// <summary>Counts of one label's nodes per group; <see cref="Total"/> counts each node once.</summary>
public sealed record AggregateResult(string Label, string GroupedBy, int Total, IReadOnlyList<Bucket> Buckets);

/// <summary>
/// One group: its key (null when the grouped value is absent), how many nodes fall in it, and the
/// second-level groups when a <c>thenBy</c> was asked for. <see cref="KeyIsPlanId"/> lets the API resolve the plan.
/// </summary>
public sealed record Bucket(string? Key, int Count, bool KeyIsPlanId, IReadOnlyList<Bucket>? Buckets);
