using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// Finds a table of contents: it repeats every heading with a page number, so it must not be
/// read as structure. It starts at a 目录 line (or at a run of entries) and ends at the last
/// entry before the body begins; lines between entries (a compilation's plan titles) belong to it.
/// Contents printed without page numbers end where their first heading is printed again.
/// </summary>
public static partial class TableOfContents
{
    // The page number after tabs, spaces, dot leaders, a bracket, or a table's cell mark (“指导方针 | 14”, a
    // two-column contents table printed as Markdown without its outer pipes).
    [GeneratedRegex(@"^(?<title>.*?\S)(?:\t+\s*|\s{2,}|[·.…]{2,}\s*|\s*\|\s*|\s*(?=[(（]))(?:[(（]\d{1,3}[)）]|\d{1,3})$")]
    private static partial Regex Entry();

    /// <summary>After this many body-like lines without an entry, the contents have ended.</summary>
    private const int MaxGap = 6;

    /// <summary>A heading followed by a page number: “第二节 指导方针⇥14”, “前 言·····(296)”, “第二节 指导方针 | 14”.</summary>
    public static bool IsEntry(TextLine line)
    {
        if (line.Role != LineRole.Content || line.Text.Length > 90 || line.Text.Contains('。')) return false;
        var m = Entry().Match(line.Text);
        if (!m.Success) return false;
        var title = m.Groups["title"].Value;
        return !char.IsDigit(title[^1]) && title.Any(TextFolding.IsCjk);
    }

    /// <summary>The heading an entry lists, without its page number (“第二节 指导方针” of “第二节 指导方针⇥14”), or null.</summary>
    public static string? EntryHeading(string text)
    {
        var m = Entry().Match(text);
        return m.Success ? m.Groups["title"].Value : null;
    }

    /// <summary>
    /// The heading a line of the contents lists: an entry's (<see cref="EntryHeading"/>), or the line itself where its page
    /// number stands on the line under it. Null for the contents' other lines (a compilation's plan titles).
    /// </summary>
    public static string? ListedHeading(TextLine[] lines, int index)
    {
        if (EntryHeading(lines[index].Text) is { } heading) return heading;
        var page = index + 1;
        while (page < lines.Length && lines[page].Role == LineRole.Blank) page++;
        return page < lines.Length && (lines[page].Role == LineRole.PageNumber || PageInBrackets().IsMatch(lines[page].Text))
            ? WithoutLeader(lines[index].Text) : null;
    }

    /// <summary>Marks the lines of the table of contents with <see cref="LineRole.Contents"/>.</summary>
    public static void Mark(TextLine[] lines)
    {
        var start = FindStart(lines);
        if (start < 0) return;

        var lastEntry = -1;
        var gap = 0;
        for (var i = start + 1; i < lines.Length && gap < MaxGap; i++)
        {
            if (lines[i].Role != LineRole.Content) continue;
            if (IsEntry(lines[i]))
            {
                lastEntry = i;
                gap = 0;
            }
            else if (PageNumberBelow(lines, i) is { } page)
            {
                lastEntry = page;
                gap = 0;
                i = page;
            }
            else
            {
                gap++;
            }
        }
        if (lastEntry < 0) lastEntry = UnnumberedEnd(lines, start);
        if (lastEntry < 0) return;
        for (var i = start; i <= lastEntry; i++)
        {
            if (lines[i].Role == LineRole.Content) lines[i] = lines[i] with { Role = LineRole.Contents };
        }
    }

    /// <summary>
    /// An entry whose page number a PDF extraction printed on the next line (第一章 规划背景 / (4)): a heading, then
    /// a line of its page number alone, and the heading printed again further on (the body's first heading, at the
    /// foot of its page, is not). The index of the page number's line, or null.
    /// </summary>
    private static int? PageNumberBelow(TextLine[] lines, int index)
    {
        var text = WithoutLeader(lines[index].Text);
        if (text.Length is 0 or > 90 || text.Contains('。') || HeadingShapes.Match(text) is not { } shape) return null;
        var page = index + 1;
        while (page < lines.Length && lines[page].Role == LineRole.Blank) page++;
        if (page == lines.Length || (lines[page].Role != LineRole.PageNumber && !PageInBrackets().IsMatch(lines[page].Text))) return null;
        var heading = Compact(text);
        // Or its title alone, where the body lost the numbers the contents print (ContentsNumbers).
        var title = shape.Title.Length > 1 ? Compact(shape.Title) : null;
        for (var i = page + 1; i < lines.Length; i++)
        {
            if (lines[i].Role != LineRole.Content || lines[i].Text.Length > text.Length + 8) continue;
            var printed = Compact(lines[i].Text);
            if (printed == heading || printed == title) return page;
            // The body may print a heading's number on a line of its own, its title on the next (第一章 / 规划背景).
            if (printed.Length > 0 && heading.StartsWith(printed, StringComparison.Ordinal)
                && Array.FindIndex(lines, i + 1, l => l.Role == LineRole.Content) is var next and > 0
                && printed + Compact(lines[next].Text) == heading) return page;
        }
        return null;
    }

    [GeneratedRegex(@"^[(（]\d{1,3}[)）]$")]
    private static partial Regex PageInBrackets();

    /// <summary>
    /// Contents whose page numbers were lost in extraction (other plans' DOCX files): after the 目录
    /// line, headings only, up to the line before the first of them is printed again, where the body
    /// begins. Null (−1) when a sentence stands between or the first heading never comes again.
    /// </summary>
    private static int UnnumberedEnd(TextLine[] lines, int start)
    {
        var first = Array.FindIndex(lines, start + 1, l => l.Role == LineRole.Content);
        if (first < 0 || HeadingShapes.Match(lines[first].Text) is null) return -1;
        var heading = Compact(lines[first].Text);
        var lastEntry = first;
        for (var i = first + 1; i < lines.Length; i++)
        {
            if (lines[i].Role != LineRole.Content) continue;
            if (Compact(lines[i].Text) == heading) return lastEntry;
            if (lines[i].Text.Contains('。') || lines[i].Text.Length > HeadingShape.MaxTitleLength + 10) return -1;
            lastEntry = i;
        }
        return -1;
    }

    /// <summary>A line without its spaces and tabs, as headings are compared with their entries (前 言 is 前言).</summary>
    internal static string Compact(string text) => TextFolding.WithoutWhiteSpace(text);

    // A dot leader may stand before the line break (前 言·····).
    private static string WithoutLeader(string text) => text.TrimEnd('·', '.', '…', ' ', '\t');

    private static int FindStart(TextLine[] lines)
    {
        var limit = Math.Min(lines.Length, 400);
        for (var i = 0; i < limit; i++)
        {
            if (Compact(lines[i].Text) is "目录" or "目次") return i;
        }
        // No heading: a run of five entries in a row is a table of contents all the same.
        var run = 0;
        var firstOfRun = -1;
        for (var i = 0; i < limit; i++)
        {
            if (lines[i].Role != LineRole.Content) continue;
            if (!IsEntry(lines[i]))
            {
                run = 0;
                continue;
            }
            if (run++ == 0) firstOfRun = i;
            if (run == 5) return firstOfRun;
        }
        return -1;
    }
}
