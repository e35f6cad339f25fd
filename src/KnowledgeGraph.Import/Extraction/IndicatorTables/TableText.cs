using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// One printed table row: its cells (left to right, as the layout delimits them) and the original
/// lines that print it. A group row is a label printed across the table (经济发展, 一、创新驱动) over
/// the rows of its category: its one cell is that label.
/// </summary>
public sealed record RawRow(IReadOnlyList<string> Cells, IReadOnlyList<TextLine> Lines, bool Group = false);

/// <summary>
/// A table as a layout reader recovered it: the header's schema, the rows in order and the
/// footnote lines (注：…) that follow them.
/// </summary>
public sealed record TableText(TableSchema Schema, IReadOnlyList<RawRow> Rows, IReadOnlyList<TextLine> Notes);

/// <summary>The ways plan extractions flatten a table: the bundled corpus has the first three.</summary>
public enum TableLayout
{
    /// <summary>One row per line, cells separated by tabs, a merged cell printed once (000, 004).</summary>
    TabRows,
    /// <summary>One cell per line, each cell line starting with a tab, blank lines between rows (002).</summary>
    CellLines,
    /// <summary>Cells separated by spaces, long cells wrapped onto following lines (001).</summary>
    SpacedCells,
    /// <summary>One cell per line with nothing marking cells or rows: no tabs, no blank lines between rows.</summary>
    BareCellLines,
}
