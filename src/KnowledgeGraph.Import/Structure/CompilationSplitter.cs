using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// Splits a compilation of special plans into its sub-plans. The table of contents lists the
/// plans by number (“三、长辽梅通白延医药健康产业走廊发展规划”), some only as “(此规划另行印发)”
/// — printed separately, so absent here and not invented. Each listed title is then found in the
/// body (a title may wrap over two lines); a “…专项规划之X” marker line just above it belongs to
/// the sub-plan. Files without such a list fall back to the marker lines, and to a plan's title standing
/// right over its 前言 or 第一章 where a plan has no marker.
/// </summary>
internal static partial class CompilationSplitter
{
    // 三、 and, as headings are numbered in other plans, 三．/三. or a space before the 、 (三 、).
    [GeneratedRegex(@"^([一二三四五六七八九十]+)(?:[ \u3000]*、|[.．])\s*(.+)$")]
    private static partial Regex ListedPlan();

    [GeneratedRegex(@"专项规划之([一二三四五六七八九十]+)$")]
    private static partial Regex Marker();

    internal sealed record Listing(int Sequence, string? Title);

    /// <summary>The plans a compilation's table of contents lists, in order; an absent plan has a null title.</summary>
    public static IReadOnlyList<Listing> ListedPlans(NormalisedDocument document)
    {
        var listings = new List<Listing>();
        foreach (var line in document.Lines)
        {
            if (line.Role != LineRole.Contents) continue;
            var m = ListedPlan().Match(line.Text);
            if (!m.Success || ChineseNumerals.Parse(m.Groups[1].Value) is not { } sequence) continue;
            var title = TextFolding.CollapseCjkSpaces(m.Groups[2].Value.Trim());
            if (title.Contains("另行印发", StringComparison.Ordinal)) listings.Add(new Listing(sequence, null));
            else if (title.EndsWith("规划", StringComparison.Ordinal)) listings.Add(new Listing(sequence, title));
        }
        return listings;
    }

    /// <summary>True when the document is a compilation: it lists several plans, or carries several sub-plan markers.</summary>
    public static bool IsCompilation(NormalisedDocument document) =>
        ListedPlans(document).Count(l => l.Title is not null) >= 2
        || document.Paragraphs.Count(p => IsMarker(p.Text)) >= 2;

    /// <summary>
    /// A “…专项规划之X” marker line. Every file is asked, so a paragraph without the marker's
    /// characters is passed over unfolded (folding changes no ideograph, so it cannot add them).
    /// </summary>
    private static bool IsMarker(string text) =>
        text.Contains('之') && text.Contains('专') && Marker().IsMatch(TextFolding.Fold(text));

    /// <summary>The collection's own title paragraphs, and the segment of every sub-plan present, in order.</summary>
    public static (IReadOnlyList<Paragraph> Front, IReadOnlyList<PlanSegment> Plans) Split(NormalisedDocument document)
    {
        var paragraphs = document.Paragraphs;
        var starts = new List<(int Index, int TitleIndex, int TitleCount, int Sequence, string? Title)>();
        var listings = ListedPlans(document).Where(l => l.Title is not null).ToList();
        var cursor = 0;
        if (listings.Count > 0)
        {
            foreach (var listing in listings)
            {
                var found = FindTitle(paragraphs, listing.Title!, cursor);
                if (found is not { } at) continue;
                var start = at.Index > 0 && IsMarker(paragraphs[at.Index - 1].Text) ? at.Index - 1 : at.Index;
                starts.Add((start, at.Index, at.Count, listing.Sequence, listing.Title));
                cursor = at.Index + at.Count;
            }
        }
        else
        {
            for (var i = 0; i + 1 < paragraphs.Count; i++)
            {
                var m = Marker().Match(TextFolding.Fold(paragraphs[i].Text));
                if (!m.Success || ChineseNumerals.Parse(m.Groups[1].Value) is not { } sequence) continue;
                starts.Add((i, i + 1, TitleCount(paragraphs, i + 1), sequence, null));
            }
            // A plan printed without its marker line opens the same way, its title right over its 前言 or 第一章:
            // it is the next plan after the one before it.
            for (var i = starts.Count > 0 ? starts[0].Index + 1 : paragraphs.Count; i + 1 < paragraphs.Count; i++)
            {
                if (!IsUnmarkedTitle(paragraphs, i)) continue;
                var before = starts.FindLastIndex(s => s.Index < i);
                if (before >= 0 && i < starts[before].TitleIndex + starts[before].TitleCount + 1) continue;
                starts.Insert(before + 1, (i, i, 1, starts[before].Sequence + 1, null));
            }
        }

        var front = paragraphs.Take(starts.Count > 0 ? starts[0].Index : paragraphs.Count).ToList();
        var plans = new List<PlanSegment>();
        for (var s = 0; s < starts.Count; s++)
        {
            var (index, titleIndex, titleCount, sequence, title) = starts[s];
            var end = s + 1 < starts.Count ? starts[s + 1].Index : paragraphs.Count;
            var titleEnd = titleIndex + titleCount;
            // A period line “(2021—2035 年)” under the title is part of the title block.
            if (titleEnd < end && PlanTitles.IsPeriodLine(paragraphs[titleEnd].Text)) titleEnd++;
            plans.Add(new PlanSegment(sequence,
                paragraphs.Skip(index).Take(titleEnd - index).ToList(),
                paragraphs.Skip(titleEnd).Take(end - titleEnd).ToList(),
                title));
        }
        return (front, plans);
    }

    /// <summary>
    /// How many paragraphs a sub-plan's title under its marker line takes: two where the first stops before
    /// 规划 and the second, short, ends the title (长通白延吉长避暑休闲冰雪旅游 / 大环线发展规划).
    /// </summary>
    private static int TitleCount(IReadOnlyList<Paragraph> paragraphs, int at)
    {
        if (at + 1 >= paragraphs.Count || Compact(paragraphs[at].Text).Contains("规划", StringComparison.Ordinal)) return 1;
        var next = Compact(paragraphs[at + 1].Text);
        return next.Length <= 30 && PlanTitle().IsMatch(next) && HeadingShapes.Of(paragraphs[at + 1]) is null ? 2 : 1;
    }

    // A plan's title, its period after it or not: 长春吉林一体化协同发展规划 (2021—2030 年).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}[^。，；：]{1,40}规划(?:[（(]\d{4}[^)）]*[)）])?$")]
    private static partial Regex PlanTitle();

    /// <summary>A plan's title on its own, right over the 前言 or 第一章 that opens the plan.</summary>
    private static bool IsUnmarkedTitle(IReadOnlyList<Paragraph> paragraphs, int i) =>
        paragraphs[i].Kind != ParagraphKind.Heading && PlanTitle().IsMatch(Compact(paragraphs[i].Text)) && !IsMarker(paragraphs[i - 1].Text)
        && HeadingShapes.Of(paragraphs[i + 1]) is { } next
        && (next is { Marker: HeadingMarker.Named, Title: "前言" } || next.Number is "第一章" or "第1章");

    /// <summary>A paragraph, or two consecutive ones (a wrapped title), whose folded text starts with the title.</summary>
    private static (int Index, int Count)? FindTitle(IReadOnlyList<Paragraph> paragraphs, string title, int from)
    {
        var wanted = Compact(title);
        for (var i = from; i < paragraphs.Count; i++)
        {
            // A title line may carry the period and a revision note after the title itself; body
            // paragraphs are longer, and are passed over before anything is made of them.
            if (CompactLength(paragraphs[i].Text) > wanted.Length + 40) continue;
            if (paragraphs[i].Kind == ParagraphKind.Heading && HeadingShapes.Of(paragraphs[i]) is not null) continue;
            var one = Compact(paragraphs[i].Text);
            if (one.StartsWith(wanted, StringComparison.Ordinal)) return (i, 1);
            if (i + 1 < paragraphs.Count && wanted.StartsWith(one, StringComparison.Ordinal) && one.Length >= 4
                && (one + Compact(paragraphs[i + 1].Text)).StartsWith(wanted, StringComparison.Ordinal))
            {
                return (i, 2);
            }
        }
        return null;
    }

    private static string Compact(string text) => TextFolding.Fold(text).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The length of <see cref="Compact"/>(<paramref name="text"/>): folding maps character to character and only white space goes.</summary>
    private static int CompactLength(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (TextFolding.FoldChar(c) != ' ') length++;
        }
        return length;
    }
}
