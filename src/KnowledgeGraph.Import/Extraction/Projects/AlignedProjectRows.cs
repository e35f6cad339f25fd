using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>The rows of a projects table whose columns a text layout aligns with runs of spaces (pdftotext -layout).</summary>
internal static class AlignedProjectRows
{
    /// <summary>
    /// The header of a table whose columns a text layout aligns with runs of spaces (pdftotext -layout): a line
    /// of three cells or more, two spaces or more apart, one of them naming the projects (项目名称, 规划风电场…).
    /// </summary>
    public static int? Header(IReadOnlyList<TextLine> body)
    {
        for (var at = 0; at < body.Count; at++)
        {
            if (!body[at].IsContent || !body[at].Text.Contains("  ", StringComparison.Ordinal)) continue;
            var cells = AlignedCells.Of(body[at]);
            if (cells.Count >= 3 && cells.Exists(c => TableProjects.IsNameHeader(c.Text))) return at;
        }
        return null;
    }

    /// <summary>
    /// Rows of a table whose columns are aligned with spaces: each cell under the header column it stands
    /// beneath. A row starts at its number (or, without a 序号 column, at a name), or at a sum (合计, 容量小计); a line
    /// with neither goes on with the row above (a wrapped name or description), whose joined cells no one line prints.
    /// A header printed again over the next page's rows places the rows after it.
    /// </summary>
    public static IEnumerable<List<TableCell>> Rows(IReadOnlyList<TextLine> body, int headerAt)
    {
        var columns = AlignedCells.Of(body[headerAt]);
        var numberColumn = columns.FindIndex(c => TableProjects.IsNumberHeader(c.Text));
        var nameColumn = columns.FindIndex(c => TableProjects.IsNameHeader(c.Text));
        yield return [.. columns.Select(c => new TableCell(c.Text, body[headerAt], AlignedCells.StartInText(body[headerAt], c), true))];
        List<TableCell>? row = null;
        for (var at = headerAt + 1; at < body.Count; at++)
        {
            var line = body[at];
            if (TableLines.IsNote(line)) break;
            if (!line.IsContent && line.Role != LineRole.PageNumber) continue;
            var cells = AlignedCells.Of(line);
            if (cells.Count == 0) continue;
            if (cells.Count == 1 && GroupLabels.Is(cells[0].Text)) continue;
            if (cells.Count == 1 && TableLines.IsProse(cells[0].Text)) break;
            if (cells.Count >= 3 && cells.Exists(c => TableProjects.IsNameHeader(c.Text)))
            {
                if (row is not null) yield return row;
                row = null;
                columns = cells;
                yield return [.. columns.Select(c => new TableCell(c.Text, line, AlignedCells.StartInText(line, c), true))];
                continue;
            }
            var placedAt = AlignedCells.ColumnsOf(cells, columns);
            var placed = new TableCell?[columns.Count];
            for (var k = 0; k < cells.Count; k++)
            {
                var c = placedAt[k];
                var cell = new TableCell(cells[k].Text, line, AlignedCells.StartInText(line, cells[k]), true);
                placed[c] = placed[c] is { } first ? first with { Text = first.Text + " " + cell.Text, Whole = false } : cell;
            }
            var starts = numberColumn >= 0
                ? placed[numberColumn] is { } n && n.Text.All(char.IsAsciiDigit)
                : nameColumn >= 0 && placed[nameColumn] is not null;
            if (starts || row is null || ProjectTableRows.IsSum(cells[0].Text))
            {
                if (row is not null) yield return row;
                row = [.. placed.Select(c => c ?? new TableCell("", line, 0, true))];
                continue;
            }
            for (var c = 0; c < row.Count; c++)
            {
                if (placed[c] is not { } more) continue;
                row[c] = row[c].Text.Length == 0 ? more : row[c] with { Text = CellLinesReader.JoinWrapped(row[c].Text, more.Text), Whole = false };
            }
        }
        if (row is not null) yield return row;
    }
}
