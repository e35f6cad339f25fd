using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Recognises an indicator table in a 专栏/表 box and reads it with the reader for its layout.
/// Returns null for every box that is not an indicator table (project lists, statistics).
/// </summary>
public static class IndicatorTableReader
{
    public static TableText? Read(ColumnBlock column)
    {
        var body = TableLines.Body(column.Lines, column.TitleLine?.LineEnd);
        return Detect(body) switch
        {
            TableLayout.TabRows => TabRowsReader.Read(body),
            TableLayout.CellLines => CellLinesReader.Read(TableLines.SingleSpaced(body)),
            TableLayout.BareCellLines => BareCellLinesReader.Read(body) ?? UnmarkedCellLinesReader.Read(body),
            // Columns a text layout aligned with runs of spaces are placed by where they stand; a table
            // whose cells are one space apart (001 专栏 1) by its words.
            _ => AlignedColumnsReader.Read(body) ?? SpacedCellsReader.Read(body),
        };
    }

    /// <summary>
    /// Tabs inside lines mean tabbed rows; lines that mostly start with a tab are one cell each; without
    /// any tab, a header printed one word per line means one cell per line; otherwise cells are spaced.
    /// </summary>
    public static TableLayout Detect(IReadOnlyList<TextLine> body)
    {
        int content = 0, inner = 0, leading = 0;
        foreach (var line in body)
        {
            if (!line.IsContent) continue;
            content++;
            if (line.Text.Contains('\t')) inner++;
            else if (line.LeadingTabs > 0) leading++;
        }
        if (inner >= 2) return TableLayout.TabRows;
        if (content > 0 && leading * 2 >= content) return TableLayout.CellLines;
        if (inner == 0 && leading == 0 && (BareCellLinesReader.IsHeaderedSo(body) || UnmarkedCellLinesReader.IsHeaderedSo(body))) return TableLayout.BareCellLines;
        return TableLayout.SpacedCells;
    }
}
