using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// Cleans one original line: removes DOCX <c>[bookmark: …]</c> markers (counting the table-of-
/// contents ones, which mark headings) and the outline mark of a Word document's or web page's heading,
/// measures indentation and recognises page numbers.
/// </summary>
public static partial class LineCleaner
{
    [GeneratedRegex(@"\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();

    // 12, - 12 -, 第 3 页, and as other plans' extractions print them: 第 3 页 共 120 页, 3/120, ·12·, and as
    // software set to English prints them: Page 3, Page 3 of 120.
    [GeneratedRegex(@"^(?:[-—–－]\s*)?(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*[-—–－])?$|^[-—–－]\s*\d{1,3}\s*[-—–－]$|^第\s*\d{1,3}\s*页\s*[，,]?\s*共\s*\d{1,4}\s*页$|^\d{1,3}\s*/\s*\d{1,4}$|^[·・•]\s*\d{1,3}\s*[·・•]$|^(?:Page|PAGE)\s*\d{1,3}(?:\s*(?:of|OF|/)\s*\d{1,4})?$")]
    private static partial Regex PageNumber();

    public static TextLine Clean(int number, string raw)
    {
        var text = raw;
        var outline = 0;
        // Only the Word document and web page readers write it, first on the line: [outline: 1].
        var marker = Reading.SourceDocument.OutlineMarker;
        if (raw.StartsWith(marker, StringComparison.Ordinal) && raw.Length > marker.Length + 1 && raw[marker.Length] is >= '1' and <= '9' && raw[marker.Length + 1] == ']')
        {
            outline = raw[marker.Length] - '0';
            text = raw[(marker.Length + 2)..];
        }
        var bookmarks = 0;
        if (text.Contains("[bookmark: ", StringComparison.Ordinal))
        {
            // Counted where they stand: a DOCX file carries a marker on every heading, and a match
            // object and its string per marker were made only to be looked at once.
            foreach (var m in Bookmark().EnumerateMatches(text))
            {
                if (text.AsSpan(m.Index, m.Length).Contains("_Toc", StringComparison.Ordinal)) bookmarks++;
            }
            text = Bookmark().Replace(text, "");
        }

        text = PrintedCharacters.AsRead(text);
        text = WithoutMarkdown(text);
        text = WithoutNumberingTab(text);
        // pdftotext opens each page's first line with a form feed: a page break, not part of the line.
        if (text.Length > 0 && text[0] == '\f') text = text.TrimStart('\f');
        var tabs = 0;
        while (tabs < text.Length && text[tabs] == '\t') tabs++;
        var indent = 0;
        while (tabs + indent < text.Length && text[tabs + indent] is ' ' or '\u3000') indent++;
        var trimmed = WithoutLetterSpacing(Trim(text));

        LineRole role;
        if (trimmed.Length == 0) role = LineRole.Blank;
        else if (IsPageNumber(trimmed, tabs)) role = LineRole.PageNumber;
        else role = LineRole.Content;
        return new TextLine(number, raw, trimmed, role, tabs, indent, bookmarks, outline);
    }

    // What a plan converted to Markdown prints around its text: heading marks, bold, table pipes.
    private static readonly System.Buffers.SearchValues<char> MarkdownMarks = System.Buffers.SearchValues.Create("#*|");

    /// <summary>
    /// A plan converted to Markdown and saved as text (as PDF and DOCX converters write it): a
    /// heading's # marks and bold ** are dropped, and a pipe table's row is its cells separated by
    /// tabs, as a tab-separated extraction prints them (the row of dashes under its header, blank).
    /// Plans do not print these characters as text.
    /// </summary>
    public static string WithoutMarkdown(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkdownMarks) < 0) return text;
        var t = text.Trim();
        var outer = t.Length > 1 && t[0] == '|' && t[^1] == '|';
        // A table may leave its outer pipes out (序号 | 指标 | 2025年 over --- | --- | ---): two pipes inside a line, or one
        // in its row of dashes, make it a row all the same; plans print no pipe in their text.
        if (outer || t.AsSpan().Count('|') >= 2 || (t.Contains('|') && t.All(c => c is '|' or '-' or ':' or ' ')))
        {
            var cells = (outer ? t[1..^1] : t).Split('|').Select(c => c.Trim().Replace("**", "", StringComparison.Ordinal)).ToArray();
            return cells.All(c => c.Length > 0 && c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-')) ? "" : string.Join('\t', cells);
        }
        var hashes = 0;
        while (hashes < t.Length && t[hashes] == '#') hashes++;
        if (hashes is > 0 and <= 6 && hashes < t.Length && char.IsWhiteSpace(t[hashes])) text = t[hashes..].TrimStart();
        return text.Contains("**", StringComparison.Ordinal) ? text.Replace("**", "", StringComparison.Ordinal) : text;
    }

    // A heading's number as a word processor's list numbering prints it, a tab after it and none further on.
    [GeneratedRegex(@"^(?<mark>第[一二三四五六七八九十百零〇\d]{1,4}(?:章|节|篇|部分)|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])\t+(?=[^\t\s])[^\t]*$")]
    private static partial Regex NumberingTab();

    /// <summary>
    /// A heading or item numbered by a word processor's list, saved as text: the number, a tab, the title
    /// (第一章⇥总体要求, 一、⇥指导思想, （一）⇥…). Read as typed numbers are (第一章 总体要求, 一、指导思想), not as a
    /// row of two cells; a table's row has a cell before its number, or more cells after it.
    /// </summary>
    public static string WithoutNumberingTab(string text)
    {
        if (text.Length < 3 || text[0] == '\t' || !text.Contains('\t')) return text;
        var m = NumberingTab().Match(text);
        if (!m.Success) return text;
        var mark = m.Groups["mark"].Value;
        var rest = text[mark.Length..].TrimStart('\t');
        return mark[^1] is '章' or '节' or '篇' or '分' ? mark + " " + rest : mark + rest;
    }

    /// <summary>
    /// A lone number is a page number only when nothing suggests a table cell: table cells in
    /// the DOCX extraction also stand alone on a line, but they are indented with a tab.
    /// </summary>
    private static bool IsPageNumber(string trimmed, int tabs) =>
        tabs == 0 && trimmed.Length <= 16 && PageNumber().IsMatch(trimmed);

    /// <summary>
    /// A line printed letter-spaced, a space after every character (a PDF's large-font title: “专 栏 1 0 ：
    /// 现 代 农 业 重 点 项 目”, “第 一 章  总 体 要 求”), read without those spaces; a wider gap between its words
    /// stays one space (专 栏   1 0 is 专栏 10).
    /// </summary>
    public static string WithoutLetterSpacing(string text)
    {
        if (text.Length < 5 || text[1] != ' ') return text;
        for (var i = 0; i < text.Length; i++)
        {
            // Every character stands alone between spaces.
            if (text[i] != ' ' && ((i > 0 && text[i - 1] != ' ') || (i + 1 < text.Length && text[i + 1] != ' '))) return text;
        }
        var read = new System.Text.StringBuilder(text.Length / 2 + 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ') read.Append(text[i]);
            else if (i + 1 < text.Length && text[i + 1] == ' ')
            {
                read.Append(' ');
                while (i + 1 < text.Length && text[i + 1] == ' ') i++;
            }
        }
        return read.ToString();
    }

    /// <summary>Trims ASCII and ideographic spaces, tabs, no-break spaces and the form feeds pdftotext prints at page breaks.</summary>
    public static string Trim(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return start == 0 && end == text.Length ? text : text[start..end];
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\uFEFF' or '\f' or '\v';
}
