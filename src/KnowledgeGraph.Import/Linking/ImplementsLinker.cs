using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// IMPLEMENTS: a five-year plan implements the plan of the nearest area above its own (by the
/// WITHIN hierarchy) that has a plan in the corpus.
/// - That area has a five-year plan whose period overlaps: basis "place+period", confidence 0.95
///   for the same period (0.8 for a partial overlap); "place+period+citation", 0.98, when the lower
///   plan also cites it (莲花山's plan cites 长春's in its 编制依据).
/// - That area has a five-year plan of another period: no link, and no skipping to the level
///   above (绿园区's 2026–2030 plan has no 长春 plan of its period in the corpus; its 2021–2025
///   city plan is not the plan it implements).
/// - That area has no five-year plan but a compilation of special plans of an overlapping period
///   that is about a strategy the lower plan refers to (吉林省: only the 一主六双 compilation):
///   basis "place+strategy:&lt;name&gt;", confidence 0.6 — the city plan implements the province's
///   strategy, which the compilation's special plans spell out.
/// A special plan implements its own area's five-year plans whose period overlaps its own
/// (长春市“十四五”综合交通运输发展规划 → 长春市's 规划纲要): basis "area+period", with the confidences above.
/// Where the place hierarchy puts nothing above a plan's region (a region the gazetteer does not
/// know: 和平区, 沈阳市), the plans' texts are the evidence (<see cref="AlignsWithRegions"/>: 和平区's
/// plan prints 沈阳市和平区), the nearest level first; the basis then opens with "region-text"
/// instead of "place", and the confidence is 0.1 lower.
/// </summary>
public static class ImplementsLinker
{
    public static LinkFacts Link(IReadOnlyList<ExtractedPlan> plans, IReadOnlyList<LinkRecord> citations, Lazy<AlignsWithRegions>? regions = null)
    {
        var hierarchy = new ImplementsHierarchy(plans);
        var byRegion = plans.Select(p => p.Plan).GroupBy(ImplementsHierarchy.RegionId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cited = citations.Where(c => c.Type == RelationshipTypes.Cites).ToLookup(c => c.ToId, StringComparer.Ordinal);
        var fromText = new TextAncestors(plans, regions ?? new Lazy<AlignsWithRegions>(() => AlignsWithRegions.From(plans)));
        var links = new List<LinkRecord>();
        foreach (var lower in plans.Select(p => p.Plan))
        {
            if (lower.Metadata.Kind == PlanKinds.Special)
            {
                links.AddRange(OwnAreaPlans(lower, byRegion, cited, hierarchy));
                continue;
            }
            if (lower.Metadata.Kind != PlanKinds.FiveYear) continue;
            var ancestors = hierarchy.AncestorsOf(lower).ToList();
            var evidence = new Evidence("place", 0);
            if (ancestors.Count == 0) (ancestors, evidence) = (fromText.Of(lower), new Evidence("region-text", 0.1));
            foreach (var area in ancestors)
            {
                if (!byRegion.TryGetValue(area, out var candidates)) continue;
                var fiveYear = candidates.Where(p => p.Metadata.Kind == PlanKinds.FiveYear).ToList();
                if (fiveYear.Count > 0)
                {
                    foreach (var upper in fiveYear.Where(u => ImplementsHierarchy.Overlap(lower.Metadata, u.Metadata)))
                    {
                        links.Add(ByPeriod(lower, upper, cited, hierarchy, evidence));
                    }
                    break;
                }
                var byStrategy = StrategyLinks(lower, candidates, hierarchy, evidence).ToList();
                links.AddRange(byStrategy);
                if (byStrategy.Count > 0) break;
            }
        }
        return new LinkFacts([], links);
    }

    /// <summary>Where the areas above a plan came from: the basis's opening, and what it takes off the confidence.</summary>
    private sealed record Evidence(string Basis, double Discount);

    private static LinkRecord ByPeriod(StructuredPlan lower, StructuredPlan upper, ILookup<string, LinkRecord> cited, ImplementsHierarchy hierarchy, Evidence evidence)
    {
        var samePeriod = lower.Metadata.PeriodStart == upper.Metadata.PeriodStart && lower.Metadata.PeriodEnd == upper.Metadata.PeriodEnd;
        var citation = cited[upper.Id].Where(c => BelongsTo(c.FromId, lower, hierarchy)).Select(c => (LinkRecord?)c).FirstOrDefault();
        var (basis, confidence) = citation is not null ? ("+period+citation", 0.98) : samePeriod ? ("+period", 0.95) : ("+period", 0.8);
        return new LinkRecord(RelationshipTypes.Implements, lower.Id, upper.Id, citation?.Provenance ?? ImplementsHierarchy.ProvenanceOf(lower),
            SharedProps.Of(("basis", evidence.Basis + basis), ("confidence", Math.Round(confidence - evidence.Discount, 2))));
    }

    /// <summary>The five-year plans of a special plan's own area whose period overlaps its own: the plans it spells out for one field.</summary>
    private static IEnumerable<LinkRecord> OwnAreaPlans(StructuredPlan special, Dictionary<string, List<StructuredPlan>> byRegion,
        ILookup<string, LinkRecord> cited, ImplementsHierarchy hierarchy)
    {
        if (!byRegion.TryGetValue(ImplementsHierarchy.RegionId(special), out var plans)) return [];
        return plans.Where(p => p.Metadata.Kind == PlanKinds.FiveYear && ImplementsHierarchy.Overlap(special.Metadata, p.Metadata))
            .Select(p => ByPeriod(special, p, cited, hierarchy, OwnArea));
    }

    private static readonly Evidence OwnArea = new("area", 0);

    private static IEnumerable<LinkRecord> StrategyLinks(StructuredPlan lower, List<StructuredPlan> candidates, ImplementsHierarchy hierarchy, Evidence evidence)
    {
        var referred = hierarchy.StrategiesOf(lower);
        foreach (var collection in candidates.Where(p => p.Metadata.Kind == PlanKinds.Collection && ImplementsHierarchy.Overlap(lower.Metadata, p.Metadata)))
        {
            // The strategy the compilation is about is the one its own title names.
            var strategy = hierarchy.TitleStrategies(collection).FirstOrDefault(referred.Contains);
            if (strategy is null) continue;
            var reference = hierarchy.FirstReference(lower, strategy)!.Value;
            yield return new LinkRecord(RelationshipTypes.Implements, lower.Id, collection.Id, reference.Provenance,
                SharedProps.Of(("basis", evidence.Basis + "+strategy:" + strategy), ("confidence", Math.Round(0.6 - evidence.Discount, 2))));
        }
    }

    /// <summary>
    /// The corpus's plan regions a region lies within by the plans' texts, nearest level first (then
    /// by name); the texts are read only when a plan asks.
    /// </summary>
    private sealed class TextAncestors(IReadOnlyList<ExtractedPlan> plans, Lazy<AlignsWithRegions> regions)
    {
        private readonly List<(string Region, int Rank)> _levels = plans.Select(p => p.Plan.Metadata)
            .GroupBy(m => m.Region, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Min(m => PlanLevels.Rank(m.Level))))
            .OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

        public List<string> Of(StructuredPlan plan)
        {
            var rank = PlanLevels.Rank(plan.Metadata.Level);
            return _levels.Where(r => r.Rank < rank && regions.Value.Within(plan.Metadata.Region, r.Region))
                .Select(r => regions.Value.RegionId(r.Region)).ToList();
        }
    }

    private static bool BelongsTo(string nodeId, StructuredPlan plan, ImplementsHierarchy hierarchy) =>
        nodeId == plan.Id || hierarchy.SectionIds(plan).Contains(nodeId);
}
