using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>Line tests the layout readers share.</summary>
public static class TableLines
{
    /// <summary>A footnote line under a table: 注：…, 注:…, 备注：….</summary>
    public static bool IsNote(TextLine line) =>
        line.IsContent && (line.Text.StartsWith("注：", StringComparison.Ordinal) || line.Text.StartsWith("注:", StringComparison.Ordinal)
            || line.Text.StartsWith("备注", StringComparison.Ordinal));

    /// <summary>A line of a table's row: cells separated by tabs, or a cell indented by one.</summary>
    public static bool IsTabbed(TextLine line) => line.Text.Contains('\t') || line.LeadingTabs > 0;

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
