using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>A cell of a line a text layout aligned: its text and where it stands, in characters and in display columns (an ideograph is two).</summary>
public readonly record struct AlignedCell(string Text, int Start, int End, int DisplayStart, int DisplayEnd);

/// <summary>
/// Cells of lines whose columns a text layout aligns with runs of spaces (pdftotext -layout): a cell is a
/// run of text between two spaces or more, and a row's cells stand under the header's columns.
/// </summary>
public static class AlignedCells
{
    /// <summary>Whether a line has a gap between two cells in it: two spaces, an ideographic space or a tab inside its text.</summary>
    public static bool HasGap(TextLine line)
    {
        var text = line.Raw.AsSpan().Trim();
        return text.IndexOf("  ", StringComparison.Ordinal) >= 0 || text.IndexOfAny('\u3000', '\t') >= 0;
    }

    /// <summary>The cells of a line as printed (its leading spaces kept: they place its first cell).</summary>
    public static List<AlignedCell> Of(TextLine line)
    {
        var raw = PrintedCharacters.RowAsRead(line.Raw.TrimEnd('\r', '\n'));
        var cells = new List<AlignedCell>();
        int i = 0, display = 0;
        while (i < raw.Length)
        {
            while (i < raw.Length && IsSpace(raw[i]))
            {
                display += TextFolding.DisplayWidth(raw[i]);
                i++;
            }
            if (i >= raw.Length) break;
            int start = i, displayStart = display;
            while (i < raw.Length && !(IsSpace(raw[i]) && (i + 1 >= raw.Length || IsSpace(raw[i + 1]) || raw[i] == '\u3000')))
            {
                display += TextFolding.DisplayWidth(raw[i]);
                i++;
            }
            cells.Add(new AlignedCell(raw[start..i].Trim(), start, i, displayStart, display));
        }
        return cells;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\t';


    /// <summary>
    /// The column each of a row's cells stands under, in order, each under the column nearest to it. Text
    /// layouts place a column by its characters or by its printed width: whichever places the row's cells
    /// nearer to the header's is the one its line was laid out by.
    /// </summary>
    public static int[] ColumnsOf(List<AlignedCell> cells, List<AlignedCell> columns)
    {
        if (cells.Count == 0) return [];
        // As many cells as columns: one under each, however loosely the layout aligned them.
        if (cells.Count == columns.Count) return [.. Enumerable.Range(0, cells.Count)];
        var byDisplay = Assign(cells, columns, display: true, out var displayCost);
        var byChars = Assign(cells, columns, display: false, out var charCost);
        return charCost < displayCost ? byChars : byDisplay;
    }

    /// <summary>A row's text under each of the header's columns (empty where it prints nothing).</summary>
    public static string[] Place(List<AlignedCell> cells, List<AlignedCell> columns)
    {
        var at = ColumnsOf(cells, columns);
        var placed = new string[columns.Count];
        Array.Fill(placed, "");
        for (var k = 0; k < cells.Count; k++)
        {
            var c = at[k];
            placed[c] = placed[c].Length == 0 ? cells[k].Text : placed[c] + " " + cells[k].Text;
        }
        return placed;
    }

    /// <summary>Where a cell's text starts in its line's cleaned text (which has lost the leading spaces the raw line prints).</summary>
    public static int StartInText(TextLine line, AlignedCell cell)
    {
        var lead = 0;
        while (lead < line.Raw.Length && IsSpace(line.Raw[lead])) lead++;
        var at = cell.Start - lead;
        if (at >= 0 && at + cell.Text.Length <= line.Text.Length && string.CompareOrdinal(line.Text, at, cell.Text, 0, cell.Text.Length) == 0) return at;
        return line.Text.IndexOf(cell.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Cells to columns keeping their order, at the least total distance between a cell's span and its
    /// column's. Two cells share a column only at a cost (a cell the layout split at a wide gap).
    /// </summary>
    private static int[] Assign(List<AlignedCell> cells, List<AlignedCell> columns, bool display, out double cost)
    {
        const double Shared = 4;
        int n = cells.Count, m = columns.Count;
        var best = new double[n, m];
        var from = new int[n, m];
        for (var c = 0; c < m; c++) best[0, c] = Distance(cells[0], columns[c], display);
        for (var k = 1; k < n; k++)
        {
            for (var c = 0; c < m; c++)
            {
                best[k, c] = double.MaxValue;
                var d = Distance(cells[k], columns[c], display);
                for (var p = 0; p <= c; p++)
                {
                    var v = best[k - 1, p] + d + (p == c ? Shared : 0);
                    if (best[k - 1, p] == double.MaxValue || v >= best[k, c]) continue;
                    best[k, c] = v;
                    from[k, c] = p;
                }
            }
        }
        var end = 0;
        for (var c = 1; c < m; c++) if (best[n - 1, c] < best[n - 1, end]) end = c;
        cost = best[n - 1, end];
        var assigned = new int[n];
        for (int k = n - 1, c = end; k >= 0; k--)
        {
            assigned[k] = c;
            c = from[k, c];
        }
        return assigned;
    }

    /// <summary>How far a cell stands from a column: none when their spans overlap, else the gap between them.</summary>
    private static double Distance(AlignedCell cell, AlignedCell column, bool display)
    {
        var (s, e) = display ? (cell.DisplayStart, cell.DisplayEnd) : (cell.Start, cell.End);
        var (cs, ce) = display ? (column.DisplayStart, column.DisplayEnd) : (column.Start, column.End);
        if (s < ce && cs < e) return Math.Abs((s + e) / 2.0 - (cs + ce) / 2.0) * 0.01;
        return s >= ce ? s - ce + 1 : cs - e + 1;
    }
}
