using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Reads a table whose columns a text layout aligns with runs of spaces (pdftotext -layout, a converter's
/// “layout” text): a cell is a run of text between two spaces or more, and it belongs to the header column
/// it stands under. Cells keep their inner single spaces (指 标, 城镇 (乡) 居民垃圾无害化处理率 (%)), which the
/// space-separated reader can only guess at. A row starts at its number — or, in a table without a 序号
/// column, at a line with values — and a line with neither goes on with the row above (a wrapped name).
/// </summary>
public static class AlignedColumnsReader
{
    public static TableText? Read(IReadOnlyList<TextLine> lines)
    {
        if (Header(lines) is not { } header) return null;
        var (at, columns, schema) = header;
        var numberColumn = schema.IndexOf(ColumnRole.Number);
        var categoryColumn = schema.IndexOf(ColumnRole.Category);
        var valueColumns = Enumerable.Range(0, schema.Roles.Count)
            .Where(c => c > schema.NameIndex && schema.Roles[c] is not (ColumnRole.Attribute or ColumnRole.Unit)).ToArray();
        var rows = new List<RawRow>();
        var notes = new List<TextLine>();
        string[]? row = null;
        var rowLines = new List<TextLine>();
        for (var i = at + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (notes.Count > 0 || TableLines.IsNote(line))
            {
                if (line.IsContent) notes.Add(line);
                continue;
            }
            if (!line.IsContent) continue;
            var cells = AlignedCells.Of(line);
            // Prose after the table: one long cell that reads as sentences.
            if (cells.Count == 1 && TableLines.IsProse(cells[0].Text)) break;
            // The header printed again over the rows of the next page.
            if (TableSchema.IsHeaderRow([.. cells.Select(c => c.Text)])) continue;
            var placed = AlignedCells.Place(cells, columns);
            var filled = Enumerable.Range(0, placed.Length).Where(c => placed[c].Length > 0).ToList();
            if (filled.Count == 0) continue;
            // A category's label across the table or alone in its column (经济发展, 一、创新驱动) heads the rows after it;
            // a name wrapped over three lines (城镇 (乡) 居民 / 垃圾无害化处理 / 率 (%)) goes on under its column until its unit closes it.
            var wrappedName = row is not null && filled.Count == 1 && filled[0] == schema.NameIndex && !ClosesName(row[schema.NameIndex]);
            if (!wrappedName && ((cells.Count == 1 && GroupLabels.Is(cells[0].Text)) || (filled.Count == 1 && filled[0] == categoryColumn)))
            {
                Flush();
                rows.Add(new RawRow([cells.Count == 1 ? cells[0].Text : placed[categoryColumn]], [line], Group: true));
                continue;
            }
            var starts = numberColumn >= 0
                ? placed[numberColumn].Length > 0 && placed[numberColumn].All(char.IsAsciiDigit)
                : valueColumns.Any(c => placed[c].Length > 0);
            if (starts || row is null)
            {
                Flush();
                row = placed;
                rowLines.Add(line);
                continue;
            }
            for (var c = 0; c < row.Length; c++)
            {
                if (placed[c].Length > 0) row[c] = row[c].Length == 0 ? placed[c] : Paragraph.JoinPieces(row[c], placed[c]);
            }
            rowLines.Add(line);
        }
        Flush();
        return rows.Count == 0 ? null : new TableText(schema, rows, notes);

        void Flush()
        {
            if (row is not null) rows.Add(new RawRow(row, [.. rowLines]));
            row = null;
            rowLines.Clear();
        }
    }

    /// <summary>Whether a row's name is whole: it ends with its unit, (%) or （万人）, or the mark of a footnote.</summary>
    private static bool ClosesName(string name) => name.TrimEnd() is { Length: > 0 } n && n[^1] is ')' or '）' or '*' or '＊';

    /// <summary>
    /// The header: the first line whose cells (two spaces or more apart) name an indicator table's columns,
    /// with a line of two cells or more after it. An indented header over rows that print a cell before its
    /// first one has an unnamed first column: the category's (000's 区域 发展).
    /// </summary>
    private static (int At, List<AlignedCell> Columns, TableSchema Schema)? Header(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsContent) continue;
            if (TableLines.IsNote(lines[i])) return null;
            // Every box without tabs is asked: a line with no gap in it is one cell, told without splitting it.
            var cells = AlignedCells.HasGap(lines[i]) ? AlignedCells.Of(lines[i]) : null;
            if (cells is not { Count: >= 2 })
            {
                // A title or unit line (单位：亿元) over the header; anything longer is no table of this layout.
                if (lines[i].Text.Trim().Length <= 40) continue;
                return null;
            }
            var next = TableLines.NextContent(lines, i);
            if (next is null || AlignedCells.Of(next.Value) is not { Count: >= 2 } below) return null;
            // A header printed on two rows (规划目标 over 2020年 2025年) is the space-separated reader's, which reads its words in order.
            if (TableSchema.IsHeaderRow([.. below.Select(c => c.Text)])) return null;
            var columns = cells;
            // A cell that ends before the header's first one begins stands under no named column.
            var before = RowsBelow(lines, i).Select(AlignedCells.Of).Any(c => c.Count > 0 && c[0].End <= cells[0].Start && c[0].DisplayEnd <= cells[0].DisplayStart);
            if (before)
            {
                columns = [new AlignedCell("", 0, Math.Max(0, cells[0].Start - 2), 0, Math.Max(0, cells[0].DisplayStart - 2)), .. cells];
            }
            var schema = TableSchema.FromCells([.. columns.Select(c => c.Text)]);
            return schema.IsIndicatorTable ? (i, columns, schema) : null;
        }
        return null;
    }

    private static IEnumerable<TextLine> RowsBelow(IReadOnlyList<TextLine> lines, int header)
    {
        for (var i = header + 1; i < lines.Count && i <= header + 12; i++)
        {
            if (lines[i].IsContent && !TableLines.IsNote(lines[i])) yield return lines[i];
        }
    }
}
