using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>The rows of a projects table printed a cell to a line with nothing between rows (pdftotext without -layout).</summary>
internal static class BareProjectRows
{
    /// <summary>
    /// The header of a table printed a cell to a line with nothing between rows (pdftotext without -layout):
    /// 序号, then short header lines one of which names the projects, up to row 1's number.
    /// </summary>
    public static (List<TableCell> Columns, int FirstRow)? Header(IReadOnlyList<TextLine> body)
    {
        var start = -1;
        for (var i = 0; i < body.Count && start < 0; i++)
        {
            if (body[i].IsContent && TableProjects.IsNumberHeader(body[i].Text)) start = i;
            else if (body[i].IsContent && body[i].Text.Length > 40) return null;
        }
        if (start < 0) return null;
        var columns = new List<TableCell>();
        for (var i = start; i < body.Count; i++)
        {
            var line = body[i];
            if (!TableLines.IsBareCell(line)) continue;
            var text = line.Text.Trim();
            if (text == "1")
            {
                return columns.Count >= 3 && columns.Exists(c => TableProjects.IsNameHeader(c.Text)) ? (columns, i) : null;
            }
            if (text.Length > 20 || text.Contains('。') || line.Text.Contains('\t')) return null;
            columns.Add(new TableCell(text, line, line.Text.IndexOf(text, StringComparison.Ordinal), true));
        }
        return null;
    }

    /// <summary>
    /// Rows of a table printed a cell to a line: a row starts at the next row's number once the row before
    /// has a cell for every column; more cells than columns are a name wrapped onto the lines after it, fewer
    /// leave the last columns empty. A sum (合计) or running text ends the table; the header printed again
    /// over the next page's rows is no row.
    /// </summary>
    public static IEnumerable<List<TableCell>> Rows(IReadOnlyList<TextLine> body, List<TableCell> columns, int firstRow)
    {
        yield return columns;
        var header = columns.Select(c => TableSchema.Key(c.Text)).ToHashSet(StringComparer.Ordinal);
        var cells = new List<TableCell>();
        var expected = 1;
        for (var i = firstRow; i < body.Count; i++)
        {
            var line = body[i];
            if (TableLines.IsNote(line)) break;
            if (!TableLines.IsBareCell(line)) continue;
            var text = line.Text.Trim();
            var complete = cells.Count >= columns.Count;
            if (complete && header.Contains(TableSchema.Key(text))) continue;
            // A row with empty cells has fewer lines than columns: the next number followed by a name still starts a row.
            if (text == expected.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && (cells.Count == 0 || complete || (cells.Count >= 2 && NextCellIsText(body, i))))
            {
                if (cells.Count > 0) yield return Fitted(cells, columns.Count);
                cells = [];
                expected++;
            }
            else if (complete && (ProjectTableRows.IsSum(text) || text.Length > 40 || text.Contains('。')))
            {
                break;
            }
            cells.Add(new TableCell(text, line, Math.Max(0, line.Text.IndexOf(text, StringComparison.Ordinal)), true));
        }
        if (cells.Count > 0) yield return Fitted(cells, columns.Count);
    }

    private static bool NextCellIsText(IReadOnlyList<TextLine> body, int at)
    {
        for (var i = at + 1; i < body.Count; i++)
        {
            if (TableLines.IsBareCell(body[i])) return body[i].Text.Any(TextFolding.IsCjk);
        }
        return false;
    }

    /// <summary>A row's cells made as many as the header's: the extra ones the name's (it wrapped), missing ones empty at the end.</summary>
    private static List<TableCell> Fitted(List<TableCell> cells, int columns)
    {
        if (cells.Count > columns && columns >= 2)
        {
            var extra = cells.Count - columns;
            var name = cells[1] with { Text = cells.Skip(1).Take(extra + 1).Select(c => c.Text).Aggregate("", CellLinesReader.JoinWrapped), Whole = false };
            return [cells[0], name, .. cells.Skip(2 + extra)];
        }
        while (cells.Count < columns) cells.Add(new TableCell("", cells[^1].Line, 0, true));
        return cells;
    }
}
