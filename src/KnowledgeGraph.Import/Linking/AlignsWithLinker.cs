using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Indicators;
using KnowledgeGraph.Import.Model;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// ALIGNS_WITH by indicator: a goal of a lower-level plan aligns with the goal of the same
/// Indicator in the plan of the nearest level above it whose area contains its own (district or
/// zone → city → province; the compilation's sub-plans are the province's). It links to the
/// nearest level that has such a goal, so a chain district → city → province is traced step by
/// step and skips a level only when the level between says nothing about the measure. In each
/// higher plan it picks one goal: the same target year first, then an indicator-table row, then
/// the first in the document.
/// <para>
/// Confidence: 0.9 when both goals' measures name the indicator by the normalising rules alone,
/// 0.75 when the curated alias list was needed; less 0.2 when the target years differ (绿园区's
/// 2030 against 长春's 2025) or 0.1 when one is unknown; less 0.05 when a goal is a prose aim
/// rather than a table row, and 0.05 when a level is skipped.
/// </para>
/// </summary>
public static class AlignsWithLinker
{
    public static LinkFacts Link(IReadOnlyList<ExtractedPlan> plans, AlignsWithRegions? regions = null)
    {
        regions ??= AlignsWithRegions.From(plans);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var byIndicator = new Dictionary<string, List<Measured>>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            foreach (var entity in plan.Facts.Entities)
            {
                if (entity.Label == Labels.Indicator) names.TryAdd(entity.Id, entity.Name);
            }
            var goals = plan.Facts.Goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
            foreach (var link in plan.Facts.Links)
            {
                if (link.Type != RelationshipTypes.Measures || !goals.TryGetValue(link.FromId, out var goal)) continue;
                if (!byIndicator.TryGetValue(link.ToId, out var list)) byIndicator[link.ToId] = list = [];
                list.Add(new Measured(plan, goal, link.Props?.GetString("basis") == IndicatorFamily.ByAlias, list.Count));
            }
        }

        var links = new List<LinkRecord>();
        foreach (var (indicatorId, measured) in byIndicator)
        {
            if (!names.TryGetValue(indicatorId, out var name)) continue;
            var byRegion = measured.ToLookup(m => regions.RegionId(m.Plan.Plan.Metadata.Region), StringComparer.Ordinal);
            foreach (var lower in measured)
            {
                foreach (var higher in Targets(lower, byRegion, regions))
                {
                    var props = SharedProps.Of(("basis", "indicator:" + name), ("confidence", Confidence(lower, higher)));
                    links.Add(new LinkRecord(RelationshipTypes.AlignsWith, lower.Goal.Id, higher.Goal.Id, lower.Goal.Provenance, props));
                }
            }
        }
        return links.Count == 0 ? LinkFacts.Empty : new LinkFacts([], links);
    }

    /// <summary>The goals a lower goal aligns with: one per plan of the nearest higher level containing its area.</summary>
    private static IEnumerable<Measured> Targets(Measured lower, ILookup<string, Measured> byRegion, AlignsWithRegions regions)
    {
        // The goals in the areas above the lower one's, in document order: looked up by area, not
        // found by testing every goal of the indicator against it.
        var candidates = regions.Above(lower.Plan.Plan.Metadata.Region)
            .SelectMany(area => byRegion[area])
            .Where(h => h.Rank < lower.Rank)
            .OrderBy(h => h.Order)
            .ToList();
        if (candidates.Count == 0) return [];
        var nearest = candidates.Max(h => h.Rank);
        return candidates.Where(h => h.Rank == nearest)
            .GroupBy(h => h.Plan.Plan.Id, StringComparer.Ordinal)
            .Select(plan => plan
                .OrderBy(h => h.Goal.TargetYear == lower.Goal.TargetYear ? 0 : 1)
                .ThenBy(h => h.Goal.Kind == GoalKinds.Indicator ? 0 : 1)
                .ThenBy(h => h.Order)
                .First());
    }

    private static double Confidence(Measured lower, Measured higher)
    {
        var confidence = lower.ByAlias || higher.ByAlias ? 0.75 : 0.9;
        if (lower.Goal.TargetYear is null || higher.Goal.TargetYear is null) confidence -= 0.1;
        else if (lower.Goal.TargetYear != higher.Goal.TargetYear) confidence -= 0.2;
        if (lower.Goal.Kind != GoalKinds.Indicator || higher.Goal.Kind != GoalKinds.Indicator) confidence -= 0.05;
        if (lower.Rank - higher.Rank > 1) confidence -= 0.05;
        return Math.Round(confidence, 2);
    }

    /// <param name="Order">Document order among the indicator's goals.</param>
    private sealed record Measured(ExtractedPlan Plan, GoalRecord Goal, bool ByAlias, int Order)
    {
        public int Rank { get; } = PlanLevels.Rank(Plan.Plan.Metadata.Level);
    }
}
