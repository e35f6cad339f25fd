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
/// </summary>
public static class ImplementsLinker
{
    public static LinkFacts Link(IReadOnlyList<ExtractedPlan> plans, IReadOnlyList<LinkRecord> citations)
    {
        var hierarchy = new ImplementsHierarchy(plans);
        var byRegion = plans.Select(p => p.Plan).GroupBy(ImplementsHierarchy.RegionId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cited = citations.Where(c => c.Type == RelationshipTypes.Cites).ToLookup(c => c.ToId, StringComparer.Ordinal);
        var links = new List<LinkRecord>();
        foreach (var lower in plans.Select(p => p.Plan))
        {
            if (lower.Metadata.Kind != PlanKinds.FiveYear) continue;
            foreach (var area in hierarchy.AncestorsOf(lower))
            {
                if (!byRegion.TryGetValue(area, out var candidates)) continue;
                var fiveYear = candidates.Where(p => p.Metadata.Kind == PlanKinds.FiveYear).ToList();
                if (fiveYear.Count > 0)
                {
                    foreach (var upper in fiveYear.Where(u => ImplementsHierarchy.Overlap(lower.Metadata, u.Metadata)))
                    {
                        links.Add(ByPeriod(lower, upper, cited, hierarchy));
                    }
                    break;
                }
                var byStrategy = StrategyLinks(lower, candidates, hierarchy).ToList();
                links.AddRange(byStrategy);
                if (byStrategy.Count > 0) break;
            }
        }
        return new LinkFacts([], links);
    }

    private static LinkRecord ByPeriod(StructuredPlan lower, StructuredPlan upper, ILookup<string, LinkRecord> cited, ImplementsHierarchy hierarchy)
    {
        var samePeriod = lower.Metadata.PeriodStart == upper.Metadata.PeriodStart && lower.Metadata.PeriodEnd == upper.Metadata.PeriodEnd;
        var citation = cited[upper.Id].FirstOrDefault(c => BelongsTo(c.FromId, lower, hierarchy));
        var (basis, confidence) = citation is not null ? ("place+period+citation", 0.98) : samePeriod ? ("place+period", 0.95) : ("place+period", 0.8);
        return new LinkRecord(RelationshipTypes.Implements, lower.Id, upper.Id, citation?.Provenance ?? ImplementsHierarchy.ProvenanceOf(lower),
            Props.Of(("basis", basis), ("confidence", confidence)));
    }

    private static IEnumerable<LinkRecord> StrategyLinks(StructuredPlan lower, List<StructuredPlan> candidates, ImplementsHierarchy hierarchy)
    {
        var referred = hierarchy.StrategiesOf(lower);
        foreach (var collection in candidates.Where(p => p.Metadata.Kind == PlanKinds.Collection && ImplementsHierarchy.Overlap(lower.Metadata, p.Metadata)))
        {
            // The strategy the compilation is about is the one its own title names.
            var strategy = hierarchy.TitleStrategies(collection).FirstOrDefault(referred.Contains);
            if (strategy is null) continue;
            var reference = hierarchy.FirstReference(lower, strategy)!;
            yield return new LinkRecord(RelationshipTypes.Implements, lower.Id, collection.Id, reference.Provenance,
                Props.Of(("basis", "place+strategy:" + strategy), ("confidence", 0.6)));
        }
    }

    private static bool BelongsTo(string nodeId, StructuredPlan plan, ImplementsHierarchy hierarchy) =>
        nodeId == plan.Id || hierarchy.SectionIds(plan).Contains(nodeId);
}
