using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>Line tests the layout readers share.</summary>
public static class TableLines
{
    /// <summary>A footnote line under a table: 注：…, 注:…, 备注：….</summary>
    public static bool IsNote(TextLine line) =>
        line.IsContent && (line.Text.StartsWith("注：", StringComparison.Ordinal) || line.Text.StartsWith("注:", StringComparison.Ordinal)
            || line.Text.StartsWith("备注", StringComparison.Ordinal));

    /// <summary>The table's lines after its title line.</summary>
    public static IReadOnlyList<TextLine> Body(IReadOnlyList<TextLine> lines, int? titleLine) =>
        titleLine is { } n ? [.. lines.Where(l => l.Number > n)] : lines;
}
