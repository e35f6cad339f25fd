using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// A cell of a projects table: its text, and the line and offset it is printed at, for provenance.
/// <see cref="Whole"/> is false for a cell joined from several lines or pieces, which no one line prints.
/// </summary>
internal readonly record struct TableCell(string Text, TextLine Line, int Start, bool Whole);

/// <summary>
/// The rows of a table of projects in the layouts plan extractions flatten tables into: tab-separated
/// rows (000, 004), one cell per line with blank lines between rows (a DOCX extraction, as 002's
/// indicator table), cells separated by spaces with long cells wrapped (a PDF extraction, as 001's),
/// and columns a text layout aligns with runs of spaces (pdftotext -layout).
/// Plans print their major projects in such tables (重大项目表: 序号, 项目名称, 建设内容, 总投资…).
/// </summary>
internal static class ProjectTableRows
{
    public static IEnumerable<List<TableCell>> Read(ColumnBlock table)
    {
        var body = TableLines.Body(table.Lines, table.TitleLine?.LineEnd);
        return IndicatorTableReader.Detect(body) switch
        {
            TableLayout.TabRows => TabRows(body),
            TableLayout.CellLines => CellLines(body),
            _ => AlignedProjectRows.Header(body) is { } header ? AlignedProjectRows.Rows(body, header)
                : BareProjectRows.Header(body) is { } bare ? BareProjectRows.Rows(body, bare.Columns, bare.FirstRow)
                : SpacedRows(body),
        };
    }

    // 合计, 小计, 容量小计, 总计: a sum, never a line of the row above.
    public static bool IsSum(string cell) => cell.Length <= 8 && (cell.Contains("合计", StringComparison.Ordinal) || cell.Contains("小计", StringComparison.Ordinal)
        || cell.Contains("总计", StringComparison.Ordinal));

    /// <summary>
    /// One row per line; a row a line break cut in two (a DOCX cell's soft break) is joined back when
    /// its two pieces together have the header's cells, the cell that was cut no one line's whole.
    /// </summary>
    private static IEnumerable<List<TableCell>> TabRows(IReadOnlyList<TextLine> body)
    {
        var columns = 0;
        List<TableCell>? cut = null;
        foreach (var line in body)
        {
            if (!line.IsContent) continue;
            // A category's label across the table (一、产业项目) over its rows is no row, nor a cut piece of one.
            if (columns > 0 && !TableLines.IsTabbed(line) && GroupLabels.Is(line.Text)) continue;
            var cells = new List<TableCell>();
            var start = 0;
            foreach (var cell in line.Text.Split('\t'))
            {
                cells.Add(new TableCell(cell, line, start, true));
                start += cell.Length + 1;
            }
            if (columns == 0 && cells.Exists(c => TableProjects.IsNameHeader(c.Text))) columns = cells.Count;
            // A merged cell printed once leaves the rows below it opening with a tab: an empty cell, when that makes the row whole.
            if (line.LeadingTabs > 0 && columns > 0 && cells.Count + line.LeadingTabs == columns)
            {
                cells.InsertRange(0, Enumerable.Repeat(new TableCell("", line, 0, true), line.LeadingTabs));
            }
            if (cut is not null)
            {
                var piece = cut;
                cut = null;
                if (piece.Count + cells.Count - 1 == columns && piece[^1].Line.Number + 1 == line.Number)
                {
                    piece[^1] = piece[^1] with { Text = Paragraph.JoinPieces(piece[^1].Text, cells[0].Text), Whole = false };
                    piece.AddRange(cells.Skip(1));
                    yield return piece;
                    continue;
                }
                yield return piece;
            }
            if (columns > 0 && cells.Count < columns) cut = cells;
            else yield return cells;
        }
        if (cut is not null) yield return cut;
    }

    /// <summary>Each cell a line starting with a tab; a line without one continues the cell above; a blank line ends the row.</summary>
    private static IEnumerable<List<TableCell>> CellLines(IReadOnlyList<TextLine> body)
    {
        List<TableCell>? row = null;
        foreach (var line in body)
        {
            if (TableLines.IsNote(line)) break;
            // A tab alone is an empty cell (合计's name), not the blank line that ends a row: before, the cells after it made a row of their own.
            if (line.LeadingTabs > 0 && (line.IsContent || line.IsBlank))
            {
                (row ??= []).Add(new TableCell(line.Text, line, 0, true));
            }
            else if (line.IsBlank)
            {
                if (row is { Count: > 0 }) yield return row;
                row = null;
            }
            else if (!line.IsContent)
            {
                continue;
            }
            else if (row is { Count: > 0 })
            {
                row[^1] = row[^1] with { Text = CellLinesReader.JoinWrapped(row[^1].Text, line.Text), Whole = false };
            }
        }
        if (row is { Count: > 0 }) yield return row;
    }

    /// <summary>
    /// Rows of space-separated cells under a header that starts 序号 and then names the project
    /// column. A row starts with the next row number and the name; the cells after the name may
    /// wrap onto the lines below and hold spaces of their own, so the last header's cells are
    /// taken from the right and what is left is the first of them (as the indicator tables' reader does).
    /// </summary>
    private static IEnumerable<List<TableCell>> SpacedRows(IReadOnlyList<TextLine> body)
    {
        List<(string Text, int Start)>? header = null;
        List<TableCell>? row = null;
        var restLines = new List<TextLine>();
        var next = 0;
        for (var at = 0; at < body.Count; at++)
        {
            var line = body[at];
            if (TableLines.IsNote(line)) break;
            if (!line.IsContent && line.Role != LineRole.PageNumber) continue;
            // Most boxes are no such table: their lines are not split until a header is seen.
            if (header is null && !line.Text.StartsWith("序号", StringComparison.Ordinal)) continue;
            var tokens = Tokens(line.Text);
            if (header is null)
            {
                if (tokens.Count >= 3 && TableProjects.IsNumberHeader(tokens[0].Text) && TableProjects.IsNameHeader(tokens[1].Text))
                {
                    header = tokens;
                    yield return [.. tokens.Select(t => new TableCell(t.Text, line, t.Start, true))];
                }
                continue;
            }
            // A category's label (二、民生项目) over the next row: not the end of the row above.
            if (row is not null && GroupLabels.Is(line.Text) && OpensRow(body, at + 1, next)) continue;
            var number = tokens.Count >= 2 && int.TryParse(tokens[0].Text, out var n) ? n : -1;
            if (number > 0 && (next == 0 || number == next) && tokens[1].Text.Any(TextFolding.IsCjk))
            {
                if (row is not null) yield return Finished(row, restLines, header.Count);
                row = [new TableCell(tokens[0].Text, line, tokens[0].Start, true), new TableCell(tokens[1].Text, line, tokens[1].Start, true)];
                restLines.Clear();
                restLines.Add(line with { Text = tokens.Count > 2 ? line.Text[tokens[2].Start..] : "" });
                next = number + 1;
            }
            else if (row is not null && line.IsContent)
            {
                restLines.Add(line);
            }
        }
        if (row is not null && header is not null) yield return Finished(row, restLines, header.Count);
    }

    /// <summary>Whether the next content line from <paramref name="from"/> opens row <paramref name="number"/>.</summary>
    private static bool OpensRow(IReadOnlyList<TextLine> body, int from, int number)
    {
        for (var i = from; i < body.Count; i++)
        {
            if (body[i].IsContent) return ItemMarks.RowNumber(body[i].Text) == number;
        }
        return false;
    }

    private static List<TableCell> Finished(List<TableCell> row, List<TextLine> restLines, int columns)
    {
        var rest = "";
        foreach (var line in restLines) rest = CellLinesReader.JoinWrapped(rest, line.Text);
        var pieces = Tokens(rest).Select(t => t.Text).ToList();
        var after = columns - row.Count;
        if (after <= 0 || pieces.Count == 0) return row;
        // The last columns (investment, years) hold one word each; the first after the name holds the rest.
        var fromRight = Math.Min(after - 1, pieces.Count - 1);
        var first = pieces.Take(pieces.Count - fromRight).Aggregate("", CellLinesReader.JoinWrapped);
        row.Add(new TableCell(first, restLines[0], 0, false));
        foreach (var piece in pieces.Skip(pieces.Count - fromRight)) row.Add(new TableCell(piece, restLines[0], 0, false));
        return row;
    }

    private static List<(string Text, int Start)> Tokens(string text)
    {
        var tokens = new List<(string, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) tokens.Add((text[start..i], start));
        }
        return tokens;
    }
}
