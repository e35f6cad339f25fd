using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>Line tests the layout readers share.</summary>
public static class TableLines
{
    /// <summary>A footnote line under a table: 注：…, 注:…, 备注：….</summary>
    public static bool IsNote(TextLine line) =>
        line.IsContent && (line.Text.StartsWith("注：", StringComparison.Ordinal) || line.Text.StartsWith("注:", StringComparison.Ordinal)
            || line.Text.StartsWith("备注", StringComparison.Ordinal));

    /// <summary>
    /// A cell of a table printed a cell to a line: content, or a line holding only a number (18, 2025 年的 23),
    /// which alone reads as a page number; a page number printed as one (- 12 -, 第 3 页) is not.
    /// </summary>
    public static bool IsBareCell(TextLine line) =>
        line.IsContent || (line.Role == LineRole.PageNumber && line.Text.All(char.IsAsciiDigit));

    /// <summary>The first content line after <paramref name="at"/>, or null.</summary>
    public static TextLine? NextContent(IReadOnlyList<TextLine> lines, int at)
    {
        for (var i = at + 1; i < lines.Count; i++)
        {
            if (lines[i].IsContent) return lines[i];
        }
        return null;
    }

    /// <summary>Running text after a table's rows: one long cell that reads as sentences.</summary>
    public static bool IsProse(string cell) => cell.Length > 40 && cell.Contains('。');

    /// <summary>A line of a table's row: cells separated by tabs, or a cell indented by one.</summary>
    public static bool IsTabbed(TextLine line) => line.Text.Contains('\t') || line.LeadingTabs > 0;

    /// <summary>
    /// A table printed double-spaced — a blank line after every line, as some extractions print a whole
    /// file — as printed single-spaced: each run of blank lines one shorter, so that a cell's lines meet
    /// again and a row still ends where a blank line stood. Any other table as it is.
    /// </summary>
    public static IReadOnlyList<TextLine> SingleSpaced(IReadOnlyList<TextLine> body)
    {
        var printed = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (IsRowBreak(body[i])) continue;
            if (i + 1 < body.Count && !IsRowBreak(body[i + 1])) return body;
            printed++;
        }
        // A handful of lines apart says nothing of how the file is spaced.
        if (printed < 8) return body;
        var lines = new List<TextLine>(body.Count);
        for (var i = 0; i < body.Count; i++)
        {
            if (IsRowBreak(body[i]) && (i == 0 || !IsRowBreak(body[i - 1]))) continue;
            lines.Add(body[i]);
        }
        return lines;
    }

    /// <summary>A blank line between a table's rows; a line holding only a tab is an empty cell.</summary>
    public static bool IsRowBreak(TextLine line) => line.IsBlank && line.LeadingTabs == 0;

    /// <summary>
    /// The table's lines after its title line. A box keeps its lines in file order, so these are the
    /// stretch after the title's last line: a view of them rather than a copy (every box is asked
    /// whether it holds an indicator table, and the copies were 30 MB of each 100× import).
    /// </summary>
    public static IReadOnlyList<TextLine> Body(IReadOnlyList<TextLine> lines, int? titleLine)
    {
        if (titleLine is not { } n) return lines;
        var first = 0;
        while (first < lines.Count && lines[first].Number <= n) first++;
        var inOrder = true;
        for (var i = first; i < lines.Count && inOrder; i++) inOrder = lines[i].Number > n;
        return inOrder && lines is TextLine[] array
            ? new ArraySegment<TextLine>(array, first, array.Length - first)
            : [.. lines.Where(l => l.Number > n)];
    }
}
