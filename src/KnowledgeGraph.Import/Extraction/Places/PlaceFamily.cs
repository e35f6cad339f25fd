using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Places;

/// <summary>
/// The place family: every place a section, goal or project names (MENTIONS), where each project
/// is (LOCATED_IN), and the administrative hierarchy of the places the plan names (WITHIN).
/// </summary>
public static class PlaceFamily
{
    public static PlanFacts Extract(StructuredPlan plan, PlanFacts found, ExtractionContext context)
    {
        var gazetteer = context.Resource(PlaceGazetteer.Load);
        var matcher = new PlaceMatcher(gazetteer, PlaceMatcher.AreaOf(gazetteer, plan.Metadata.Region));
        var facts = new PlaceFacts(gazetteer, plan);
        var projectHits = new Dictionary<string, (List<PlaceHit> Name, List<PlaceHit> Described, Provenance Provenance)>(StringComparer.Ordinal);

        // The area a table's title opens with (“表 18 洮南市规划光伏项目汇总表”), while its lines are read.
        string? tableArea = null;
        foreach (var unit in PlanText.Units(plan, found))
        {
            var hits = matcher.Find(unit.Folded);
            if (unit.Kind != TextUnitKind.ColumnText) tableArea = null;
            else if (unit.Paragraph?.Kind == ParagraphKind.ColumnTitle) tableArea = TitleArea(unit, hits);
            else if (tableArea is not null && unit.Paragraph?.Kind == ParagraphKind.TableLine) TableTowns(tableArea, unit, hits, facts);
            if (unit.Kind == TextUnitKind.PlanTitle)
            {
                if (ReferenceEquals(unit.Paragraph, plan.TitleLines[0]) || unit.Folded.Text.Contains(FoldedText.Fold(plan.Metadata.Region), StringComparison.Ordinal))
                {
                    RegionFromTitle(plan, unit, hits, facts);
                }
                continue;
            }
            if (unit.FromLabel == Labels.Plan) continue;
            foreach (var hit in hits) facts.Mention(unit, hit);
            if (unit.Kind is TextUnitKind.SectionParagraph or TextUnitKind.ColumnText) StatedContainment(plan, unit, hits, facts);
            if (unit.Kind is TextUnitKind.ProjectName or TextUnitKind.ProjectDescription)
            {
                if (!projectHits.TryGetValue(unit.FromId, out var entry))
                {
                    entry = ([], [], unit.Provenance());
                    projectHits[unit.FromId] = entry;
                }
                if (unit.Kind == TextUnitKind.ProjectName) entry.Name.AddRange(hits);
                else entry.Described.AddRange(LocatedHits(unit, hits));
            }
        }
        ProjectLocation.Decide(plan, projectHits.Select(static p => (p.Key, p.Value.Name, p.Value.Described, p.Value.Provenance)), facts);
        facts.AddRegion();
        return facts.Build();
    }

    /// <summary>“长春市二道区国民经济和社会发展…”: the title prints the region after the area that holds it.</summary>
    private static void RegionFromTitle(StructuredPlan plan, TextUnit unit, List<PlaceHit> hits, PlaceFacts facts)
    {
        var region = FoldedText.Fold(plan.Metadata.Region);
        var at = unit.Folded.Text.IndexOf(region, StringComparison.Ordinal);
        if (at <= 0) return;
        var holder = hits.FirstOrDefault(h => h.End == at && PlaceRules.IsAreaKind(h.Kind) && h.Name != plan.Metadata.Region);
        if (holder is null) return;
        facts.StateContainment(plan.Metadata.Region, holder.Name, unit.ProvenanceOf(holder.Start, at + region.Length - holder.Start), "title");
    }

    /// <summary>The county, district or city a table's title opens with, after its number (表 18, 表十八).</summary>
    private static string? TitleArea(TextUnit unit, List<PlaceHit> hits)
    {
        var text = unit.Folded.Text;
        if (!text.StartsWith('表')) return null;
        var number = 1;
        while (number < text.Length && text[number] == ' ') number++;
        var at = number;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || "〇一二三四五六七八九十".Contains(text[at]))) at++;
        while (at < text.Length && text[at] == ' ') at++;
        // A place whose name opens with a numeral (表三二道区…) starts inside the run of numerals.
        var first = hits.FirstOrDefault(h => h.Start > number && h.Start <= at && h.End > at) ?? hits.FirstOrDefault(h => h.Start == at);
        return first?.Kind is PlaceKinds.County or PlaceKinds.District or PlaceKinds.City ? first.Name : null;
    }

    /// <summary>
    /// The towns and streets in the cells of a table about one area (“7	福顺光伏	福顺镇	6.9	50” in
    /// 表 18 洮南市规划光伏项目汇总表) are that area's: the title states where its rows are.
    /// </summary>
    private static void TableTowns(string area, TextUnit unit, List<PlaceHit> hits, PlaceFacts facts)
    {
        foreach (var hit in hits)
        {
            if (hit.Kind is PlaceKinds.Town or PlaceKinds.Street) facts.StateContainment(hit.Name, area, unit.ProvenanceOf(hit.Start, hit.Length), "table");
        }
    }

    /// <summary>“…辖泉眼镇、劝农山镇、四家乡”: a line of the plan stating what its area holds.</summary>
    private static void StatedContainment(StructuredPlan plan, TextUnit unit, List<PlaceHit> hits, PlaceFacts facts)
    {
        var text = unit.Folded.Text;
        var at = text.IndexOf('辖');
        while (at >= 0)
        {
            var next = at + 1;
            var listed = new List<PlaceHit>();
            foreach (var hit in hits)
            {
                if (hit.Start < next) continue;
                if (hit.Start > next) break;
                listed.Add(hit);
                next = hit.End;
                if (next < text.Length && text[next] is '、' or '和' or '及') next++;
            }
            foreach (var hit in listed)
            {
                if (hit.Name == plan.Metadata.Region || hit.Kind is PlaceKinds.Province or PlaceKinds.City or PlaceKinds.Other) continue;
                facts.StateContainment(hit.Name, plan.Metadata.Region, unit.ProvenanceOf(at, hit.End - at), "text");
            }
            at = text.IndexOf('辖', at + 1);
        }
    }

    /// <summary>
    /// In a project's description only a place after “位于/坐落于/选址/落户”, or in a projects table's
    /// 建设地点 column (“建设地点：幸福街道；…”), says where the project is.
    /// </summary>
    private static IEnumerable<PlaceHit> LocatedHits(TextUnit unit, List<PlaceHit> hits)
    {
        // Without a lambda: its captured variables were an object on every call, cue or not.
        if (hits.Count == 0) return [];
        var text = unit.Folded.Text;
        foreach (var cue in LocationCues)
        {
            var at = text.IndexOf(cue, StringComparison.Ordinal);
            if (at < 0) continue;
            var clauseEnd = text.IndexOfAny(ClauseEnds, at);
            if (clauseEnd < 0) clauseEnd = text.Length;
            var located = new List<PlaceHit>();
            foreach (var hit in hits)
            {
                if (hit.Start >= at + cue.Length && hit.End <= clauseEnd) located.Add(hit);
            }
            return located;
        }
        return [];
    }

    private static readonly string[] LocationCues = ["位于", "坐落于", "选址", "落户", "建设地点", "项目地点", "建设地址"];
    private static readonly char[] ClauseEnds = [',', '。', ';'];
}
