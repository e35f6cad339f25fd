using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>
/// A target the plan sets: an indicator-table row (<see cref="GoalKinds.Indicator"/>) or a stated
/// aim in the text (<see cref="GoalKinds.Qualitative"/>). Printed values are kept as printed
/// (6.5左右, ＞70, 按省下达); the *Value numbers are read from them where they hold one, and
/// <see cref="TargetMin"/> and <see cref="TargetMax"/> where the target is a range (3-5个).
/// </summary>
/// <param name="OwnerId">The Section or Column that STATES the goal.</param>
/// <param name="Measure">The measure as printed (indicator name without unit), used to find the canonical Indicator.</param>
public sealed record GoalRecord(
    string Id,
    string PlanId,
    string OwnerId,
    string Text,
    string Kind,
    Provenance Provenance,
    string? Measure = null,
    string? Category = null,
    string? Baseline = null,
    int? BaselineYear = null,
    string? Target = null,
    int? TargetYear = null,
    string? Growth = null,
    string? Attribute = null,
    string? Unit = null,
    double? BaselineValue = null,
    double? TargetValue = null,
    double? TargetMin = null,
    double? TargetMax = null);
