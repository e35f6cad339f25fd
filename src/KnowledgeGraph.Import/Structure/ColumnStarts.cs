using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>Where a 专栏/表 box begins: the number as printed or inferred, and its title line when it survived.</summary>
internal sealed record ColumnStart(string Number, Paragraph? TitleLine);

/// <summary>
/// Finds the boxes of one plan. Most announce themselves with a title line. Some boxes lost that
/// line in extraction: the numbering then skips (专栏 6, 专栏 8) while the missing box's content is
/// still there, in one of three forms, each told from the section's text around it:
/// a run of short “…重点项目” labels each followed by a “推动…” list, standing after a heading (so it
/// is not the tail of the previous box); a bare list of names (长春万达影视文化街区、…等项目。) right
/// after a paragraph of the section's running text; or a run of three or more items whose topics end
/// in the same word (科技平台体系。… 知识产权服务体系。… 科技政策咨询体系。…) after running text whose
/// topic does not. Only a gap in the numbering is filled, in the order the contents stand.
/// </summary>
internal static partial class ColumnStarts
{
    private static readonly System.Buffers.SearchValues<char> LabelPunctuation = System.Buffers.SearchValues.Create("。，；：、");
    private const int MaxLabel = 12;

    [GeneratedRegex(@"(重点项目|重大项目|重点工程|重大工程|项目|工程)$")]
    private static partial Regex ListLabel();

    [GeneratedRegex(@"^(推动|推进|重点推进|加快|实施|建设|续建|新建|开工|谋划)")]
    private static partial Regex ListSentence();

    public static Dictionary<int, ColumnStart> Find(IReadOnlyList<Paragraph> paragraphs)
    {
        var starts = new Dictionary<int, ColumnStart>();
        var boxes = new List<(int Index, int Ordinal)>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Kind != ParagraphKind.ColumnTitle) continue;
            var title = ColumnTitles.Of(paragraphs[i].Text);
            starts[i] = new ColumnStart(title.Number, paragraphs[i]);
            if (title.Number.StartsWith("专栏", StringComparison.Ordinal)) boxes.Add((i, title.Ordinal));
        }

        foreach (var start in UntitledTables(paragraphs)) starts[start] = new ColumnStart("", null);

        for (var b = 0; b + 1 < boxes.Count; b++)
        {
            var (from, ordinal) = boxes[b];
            var (to, nextOrdinal) = boxes[b + 1];
            var missing = ordinal + 1;
            var found = HeadlessRuns(paragraphs, from, to).Concat(HeadlessLists(paragraphs, from, to))
                .Concat(HeadlessTopicRuns(paragraphs, from, to)).Distinct().Order();
            foreach (var start in found)
            {
                if (missing >= nextOrdinal) break;
                starts[start] = new ColumnStart($"专栏 {missing}", null);
                missing++;
            }
        }
        return starts;
    }

    /// <summary>
    /// Tables printed with no title at all, their tabbed header row right after the section's text (“…主要指标如下：”
    /// / 序号	指标	2020年	2025年): outside a box, such a table is a box of its own, without a number or a title.
    /// </summary>
    private static IEnumerable<int> UntitledTables(IReadOnlyList<Paragraph> paragraphs)
    {
        var inBox = false;
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Kind is ParagraphKind.ColumnTitle or ParagraphKind.Heading) inBox = p.Kind == ParagraphKind.ColumnTitle;
            // With no title to vouch for it, the header opens with a header's cell and rows follow it.
            if (inBox || p.Kind != ParagraphKind.TableLine || paragraphs[i - 1].Kind != ParagraphKind.Prose
                || i + 1 >= paragraphs.Count || paragraphs[i + 1].Kind != ParagraphKind.TableLine
                || p.Text.IndexOf('\t') is var tab && (tab < 0 || !ColumnTitles.IsTableHeader(p.Text) || !ColumnTitles.IsTableHeader(p.Text[..tab]))) continue;
            yield return i;
        }
    }

    /// <summary>Starts of label runs between two boxes, each after a heading that follows the earlier box.</summary>
    private static IEnumerable<int> HeadlessRuns(IReadOnlyList<Paragraph> paragraphs, int from, int to)
    {
        var afterHeading = false;
        var inRun = false;
        for (var i = from + 1; i < to; i++)
        {
            var p = paragraphs[i];
            if (p.Kind == ParagraphKind.Heading)
            {
                afterHeading = true;
                inRun = false;
                continue;
            }
            if (!afterHeading || inRun || !IsListLabel(p) || i + 1 >= to || !ListSentence().IsMatch(paragraphs[i + 1].Text)) continue;
            inRun = true;
            yield return i;
        }
    }

    private static bool IsListLabel(Paragraph p) =>
        p.Kind == ParagraphKind.Prose && p.Text.Length <= 24 && p.Text.AsSpan().IndexOfAny(LabelPunctuation) < 0
        && ListLabel().IsMatch(p.Text);

    /// <summary>Bare lists of names between two boxes, each right after the section's running text.</summary>
    private static IEnumerable<int> HeadlessLists(IReadOnlyList<Paragraph> paragraphs, int from, int to)
    {
        for (var i = from + 2; i < to; i++)
        {
            if (RunInTopics.IsNameList(paragraphs[i]) && RunInTopics.IsRunningText(paragraphs[TextStart(paragraphs, i - 1)])) yield return i;
        }
    }

    /// <summary>
    /// Where the running text that paragraph <paramref name="at"/> belongs to starts: the paragraph before it when
    /// it goes on from that one, cut where a line happened to end a sentence at the file's full width (a PDF
    /// extraction): clauses with no topic of their own, on the next line (or the one after a blank line, as
    /// extractions that print one between every two lines have it).
    /// </summary>
    private static int TextStart(IReadOnlyList<Paragraph> paragraphs, int at)
    {
        var p = paragraphs[at];
        var goesOn = at >= 1 && p.Kind == ParagraphKind.Prose && p.Text.EndsWith('。') && p.Text.AsSpan().Count('，') >= 2
            && RunInTopics.Of(p.Text) is null && paragraphs[at - 1].Kind == ParagraphKind.Prose && p.LineStart - paragraphs[at - 1].LineEnd is 1 or 2;
        return goesOn ? at - 1 : at;
    }

    /// <summary>
    /// Runs of three or more items named by a thing (石油天然气管网建设, 电源建设, 电网建设), or of two or
    /// more labelled lists (技术创新平台：…项目。 “双创”和产业孵化：…), after a heading and right after the
    /// section's text, whose topic opens with a verb (构建一体化智能电网。…): a section's runs say what
    /// to do, a box's items name what is done.
    /// </summary>
    private static IEnumerable<int> HeadlessTopicRuns(IReadOnlyList<Paragraph> paragraphs, int from, int to)
    {
        const int MinRun = 3, MinLabelled = 2;
        var afterHeading = false;
        for (var i = from + 1; i < to; i++)
        {
            if (paragraphs[i].Kind == ParagraphKind.Heading)
            {
                afterHeading = true;
                continue;
            }
            if (!afterHeading || !OpensWithVerb(paragraphs[TextStart(paragraphs, i - 1)])) continue;
            int run = 0, labelled = 0;
            while (i + run < to && (NamesAThing(paragraphs[i + run]) || IsLabelledList(paragraphs[i + run])))
            {
                if (IsLabelledList(paragraphs[i + run])) labelled++;
                run++;
            }
            if (run < MinRun && !(labelled == run && run >= MinLabelled)) continue;
            yield return i;
            i += run - 1;
        }
    }

    private static bool OpensWithVerb(Paragraph p) =>
        p.Kind == ParagraphKind.Prose && RunInTopics.Of(p.Text) is { } topic && RunInTopics.OpensWithVerb(topic);

    private static bool NamesAThing(Paragraph p) =>
        p.Kind == ParagraphKind.Prose && RunInTopics.Of(p.Text) is { } topic && !RunInTopics.OpensWithVerb(topic);

    /// <summary>A short label, a colon, then names (现代物流：A项目、B项目。): how some boxes print their items.</summary>
    private static bool IsLabelledList(Paragraph p)
    {
        if (p.Kind != ParagraphKind.Prose) return false;
        var colon = p.Text.IndexOf('：');
        if (colon < 2 || colon > MaxLabel || p.Text.AsSpan(0, colon).IndexOfAny(LabelPunctuation) >= 0) return false;
        var list = p.Text.AsSpan(colon + 1);
        return list.EndsWith("。") && list.IndexOf('，') < 0 && ListLabel().IsMatch(list.TrimEnd('。').ToString());
    }
}
