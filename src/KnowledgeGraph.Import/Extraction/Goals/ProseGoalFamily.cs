using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Goals;

/// <summary>
/// The prose-aims family: quantitative aims stated in a plan's running text (到2025年，…突破1000亿元;
/// 城镇登记失业率控制在4%以内) become QUALITATIVE goals stated by the Section — or the Column, for
/// text inside a box — that holds the sentence. Table rows are left to the indicator-table family.
/// </summary>
public static class ProseGoalFamily
{
    public static PlanFacts Extract(StructuredPlan plan)
    {
        var goals = new List<GoalRecord>();
        var path = new List<SectionNode>();
        foreach (var section in plan.Sections) Walk(plan, section, path, goals);
        return goals.Count == 0 ? PlanFacts.Empty : PlanFacts.Empty with { Goals = goals };
    }

    private static void Walk(StructuredPlan plan, SectionNode section, List<SectionNode> path, List<GoalRecord> goals)
    {
        path.Add(section);
        var context = AimContext.For(plan, path);
        if (section.HeadingLost) goals.AddRange(ProseAims.Find(section.Heading, context, plan.Id, section.Id, out _));
        foreach (var block in section.Content)
        {
            switch (block)
            {
                case Paragraph p:
                    goals.AddRange(ProseAims.Find(p, context, plan.Id, section.Id, out var leadingYear));
                    // In a goals section, “到 2025 年，…” opens the aims of the paragraphs that follow it.
                    if (context.InGoals && leadingYear is not null) context = context with { GoalsYear = leadingYear };
                    break;
                case ColumnBlock column:
                    // Table rows are TableLine paragraphs: only a box's running text can state aims.
                    var columnContext = AimContext.For(plan, path, column.Title);
                    var sentences = SentencesOfNoTable(column);
                    foreach (var paragraph in column.Body.Where(b => b.Kind == ParagraphKind.Prose || (sentences && IsSentence(b))))
                    {
                        goals.AddRange(ProseAims.Find(paragraph, columnContext, plan.Id, column.Id, out _, lineOfText: paragraph.Kind == ParagraphKind.TableLine));
                    }
                    break;
            }
        }
        foreach (var child in section.Children) Walk(plan, child, path, goals);
        path.RemoveAt(path.Count - 1);
    }

    /// <summary>
    /// A box titled as a table of indicators (专栏1 主要发展指标) whose lines are sentences, one aim to
    /// a line (1.地区生产总值年均增长6.5%左右。), not a table's rows: its lines are its running text.
    /// </summary>
    private static bool SentencesOfNoTable(ColumnBlock column)
    {
        // Most such boxes hold a table, whose notes (注：…。) end as sentences do: their lines are asked
        // first, and the table reader (which the indicator family runs on every box) only for a box of sentences.
        int lines = 0, sentences = 0;
        foreach (var paragraph in column.Body)
        {
            if (paragraph.Kind != ParagraphKind.TableLine) continue;
            lines++;
            if (IsSentence(paragraph)) sentences++;
        }
        return sentences > 0 && sentences * 2 >= lines && IndicatorTables.IndicatorTableReader.Read(column) is null;
    }

    private static bool IsSentence(Paragraph paragraph) =>
        paragraph.Kind == ParagraphKind.TableLine && !paragraph.Text.Contains('\t') && paragraph.Text.Length > 6
        && paragraph.Text[^1] is '。' or '；' or ';';
}
