using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>The nodes of one label that belong to one plan (by their <c>planId</c>), filtered and sorted.</summary>
public sealed class PlanScope(string planId, string label, NodeFilter? where = null, IReadOnlyList<NodeOrder>? orderBy = null)
    : IEquatable<PlanScope>
{
    public string PlanId { get; } = planId;
    public string Label { get; } = label;
    public NodeFilter? Where { get; } = where;
    public IReadOnlyList<NodeOrder>? OrderBy { get; } = orderBy;

    /// <summary>Scopes with equal shapes differ only by plan and can share one store query.</summary>
    public string Shape { get; } = label + "|" + FilterSignature.Of(where, orderBy);

    public bool Equals(PlanScope? other) =>
        other is not null && other.PlanId == PlanId && other.Shape == Shape;

    public override bool Equals(object? obj) => Equals(obj as PlanScope);

    public override int GetHashCode() => HashCode.Combine(PlanId, Shape);
}
