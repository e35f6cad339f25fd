using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Extraction.Strategies;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Citations;

/// <summary>
/// The citation family: every 《…》 title in a plan's preamble (cited by the Plan) or in a section
/// (cited by the Section), and the plan titles a glossary lists by name (二道区's 名词解释 names the
/// 一主六双 special plans one after another: “双廊”即环长春四辽吉松工业走廊发展规划长辽梅通白敦…发展规划).
/// The link pass resolves each to a Plan of the corpus or to a Document.
/// A title that only points back at the plan itself (《纲要》, 《本规划》) is not a citation.
/// </summary>
public static class CitationFamily
{
    private static readonly HashSet<string> SelfReferences = new(StringComparer.Ordinal) { "纲要", "规划", "本规划", "规划纲要", "本纲要" };

    public static PlanFacts Extract(StructuredPlan plan, PlanFacts found, ExtractionContext context)
    {
        var citations = new List<CitationRecord>();
        var seen = new HashSet<(string, string)>();
        var glossarySections = plan.AllSections().Where(Glossary.IsGlossary).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in PlanText.Units(plan, found))
        {
            if (unit.Kind is TextUnitKind.Goal or TextUnitKind.ProjectName or TextUnitKind.ProjectDescription or TextUnitKind.PlanTitle) continue;
            var text = unit.Folded.Text;
            foreach (var (start, length) in QuotedSpans.Titles(text))
            {
                var printed = unit.Folded.OriginalText(start, length).Trim();
                if (SelfReferences.Contains(FoldedText.Fold(printed))) continue;
                Add(unit, printed, start - 1, length + 2);
            }
            if (unit.Kind == TextUnitKind.SectionParagraph && glossarySections.Contains(unit.FromId))
            {
                foreach (var (start, length) in GlossaryTitles(text)) Add(unit, unit.Folded.OriginalText(start, length).Trim(), start, length);
            }
        }
        return new PlanFacts([], [], [], [], citations, []);

        void Add(TextUnit unit, string printed, int start, int length)
        {
            if (printed.Length == 0 || !seen.Add((unit.FromId, printed))) return;
            citations.Add(new CitationRecord(unit.FromId, printed, unit.ProvenanceOf(start, length)));
        }
    }

    /// <summary>
    /// Plan titles a glossary entry lists without 《》: after each “…”即, the run up to the next
    /// comma or full stop, cut after every 规划 (the titles are printed back to back).
    /// </summary>
    public static IEnumerable<(int Start, int Length)> GlossaryTitles(string folded)
    {
        var at = folded.IndexOf("”即", StringComparison.Ordinal);
        while (at >= 0)
        {
            var start = at + 2;
            var end = folded.IndexOfAny([',', '。', ';', '“', '《'], start);
            if (end < 0) end = folded.Length;
            var cursor = start;
            while (cursor < end)
            {
                var stop = folded.IndexOf("规划", cursor, end - cursor, StringComparison.Ordinal);
                if (stop < 0) break;
                stop += 2;
                if (stop - cursor >= 6) yield return (cursor, stop - cursor);
                cursor = stop;
            }
            at = folded.IndexOf("”即", end, StringComparison.Ordinal);
        }
    }
}
