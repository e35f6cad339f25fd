using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Places;

/// <summary>
/// Where a project is (LOCATED_IN), decided in this order:
/// 1. the places its name prints, keeping the most specific (“二道区英俊镇…” is in 英俊镇, not also in 二道区);
/// 2. else a place its description gives after 位于/坐落于/选址/落户 or in a table's 建设地点 column;
/// 3. else, in a district's or zone's own plan, the plan's region: such a plan lists what the area
///    itself builds. A name that prints only areas above the region (“长春市…” in 二道区's plan)
///    falls back to the region too. City and province plans get no default: their projects may
///    be anywhere in the city or province, so only a printed place locates them.
/// Each link carries basis name / description / plan-region.
/// </summary>
internal static class ProjectLocation
{
    /// <summary>Decides where each project is. <paramref name="projects"/>: per project, the places its name and its description print.</summary>
    public static void Decide(StructuredPlan plan, IEnumerable<(string ProjectId, List<PlaceHit> Named, List<PlaceHit> Described, Provenance Provenance)> projects, PlaceFacts facts)
    {
        var region = plan.Metadata.Region;
        var local = plan.Metadata.Level is PlanLevels.District or PlanLevels.Zone;
        // The same for every project of the plan: the text's containment is all read by now.
        var regionAncestors = Ancestors(region, facts);
        foreach (var (projectId, named, described, provenance) in projects)
        {
            Decide(projectId, named, described, provenance, facts, region, local, regionAncestors);
        }
    }

    private static void Decide(string projectId, List<PlaceHit> named, List<PlaceHit> described, Provenance provenance, PlaceFacts facts,
        string region, bool local, HashSet<string> regionAncestors)
    {
        foreach (var (hits, basis) in (ReadOnlySpan<(List<PlaceHit>, string)>)[(named, "name"), (described, "description")])
        {
            // Most projects' names and descriptions print no place.
            if (hits.Count == 0) continue;
            var places = MostSpecific(hits.Select(h => h.Name).Distinct(StringComparer.Ordinal).ToList(), facts);
            if (places.Count == 0) continue;
            // Only areas above the plan's region: the plan's region it is, as for a name that prints none.
            if (local && places.All(regionAncestors.Contains)) break;
            foreach (var place in places) facts.Locate(projectId, place, facts.KindOf(place) ?? PlaceKinds.Other, provenance, basis);
            return;
        }
        if (local) facts.Locate(projectId, region, facts.KindOf(region) ?? PlaceKinds.District, provenance, PlaceFacts.BasisPlanRegion);
    }

    private static List<string> MostSpecific(List<string> places, PlaceFacts facts)
    {
        if (places.Count <= 1) return places;
        var above = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in places) above.UnionWith(Ancestors(place, facts));
        return places.Where(p => !above.Contains(p)).ToList();
    }

    private static HashSet<string> Ancestors(string place, PlaceFacts facts)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var current = facts.ParentOf(place);
        while (current is not null && result.Add(current)) current = facts.ParentOf(current);
        return result;
    }
}
