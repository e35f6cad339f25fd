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
/// A title that only points back at the plan itself (《纲要》, 《本规划》) is not a citation, nor is
/// the name of a periodical or a programme (英国《自然》杂志, 《新闻联播》节目): they are not documents.
/// </summary>
public static class CitationFamily
{
    private static readonly HashSet<string> SelfReferences = new(StringComparer.Ordinal) { "纲要", "规划", "本规划", "规划纲要", "本纲要" };

    // Words after a title that say it names a periodical or a programme.
    private static readonly string[] Periodicals = ["杂志", "期刊", "周刊", "月刊", "节目", "栏目", "专栏"];

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
                if (NamesAPeriodical(text, start + length + 1)) continue;
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

    /// <summary>Whether the words right after a title's closing 》 call it a periodical or a programme.</summary>
    private static bool NamesAPeriodical(string folded, int after)
    {
        if (after >= folded.Length) return false;
        var rest = folded.AsSpan(after);
        foreach (var word in Periodicals)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
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
