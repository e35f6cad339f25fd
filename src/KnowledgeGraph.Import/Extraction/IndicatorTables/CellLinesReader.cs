using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Reads a table printed one cell per line (the DOCX extraction): each cell line starts with a
/// tab, a cell whose text wrapped continues on lines without a tab (“经济” / “发展”), and an
/// empty line — not a line holding only a tab, which is an empty cell — ends the row. The first
/// row is the header. A line without a tab between rows labels the rows under it (经济发展, 一、经济发展).
/// </summary>
public static class CellLinesReader
{
    public static TableText? Read(IReadOnlyList<TextLine> lines)
    {
        var groups = new List<(List<string> Cells, List<TextLine> Lines, bool Group)>();
        var notes = new List<TextLine>();
        List<string>? cells = null;
        List<TextLine>? rowLines = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (notes.Count > 0 || TableLines.IsNote(line))
            {
                if (line.IsContent) notes.Add(line);
                continue;
            }
            if (line.Role == LineRole.PageNumber) continue;
            if (TableLines.IsRowBreak(line) && cells is { Count: > 0 } && PageBreakAfter(lines, i) is var after and > 0 && !EndsWithAttribute(cells))
            {
                // A page's number or running head, with the blank lines a PDF extraction sets around
                // it, fell inside a row (创新 / - 2 - / 驱动 over its row's cells): the row goes on after the page.
                i = after - 1;
                continue;
            }
            if (line.LeadingTabs > 0)
            {
                if (cells is null)
                {
                    cells = [];
                    rowLines = [];
                    groups.Add((cells, rowLines, false));
                }
                cells.Add(line.Text);
                rowLines!.Add(line);
            }
            else if (line.IsBlank)
            {
                cells = null;
            }
            else if (cells is { Count: > 0 })
            {
                cells[^1] = JoinWrapped(cells[^1], line.Text);
                rowLines!.Add(line);
            }
            else if (cells is null && line.IsContent && groups.Count > 0 && GroupLabels.Is(line.Text))
            {
                groups.Add(([line.Text], [line], true));
            }
        }
        if (groups.Count == 0) return null;
        if (groups.Count == 1) return Unbroken(groups[0].Cells, groups[0].Lines, notes);
        var schema = TableSchema.FromCells(groups[0].Cells);
        var headerRows = 1;
        if (groups.Count > 1 && TableSchema.IsHeaderRow(groups[1].Cells) && TableSchema.FromTwoRows(groups[0].Cells, groups[1].Cells) is { IsIndicatorTable: true } two)
        {
            (schema, headerRows) = (two, 2);
        }
        if (!schema.IsIndicatorTable) return null;
        var rows = groups.Skip(headerRows).Select(g => new RawRow(g.Cells, g.Lines, g.Group)).ToList();
        return new TableText(schema, rows, notes);
    }

    /// <summary>The index of the first line after the page break that starts at blank line <paramref name="at"/>, or 0 when no page number or running head follows the blank lines there.</summary>
    private static int PageBreakAfter(IReadOnlyList<TextLine> lines, int at)
    {
        var i = at;
        while (i < lines.Count && TableLines.IsRowBreak(lines[i])) i++;
        if (i == lines.Count || lines[i].Role is not (LineRole.PageNumber or LineRole.RunningHead)) return 0;
        i++;
        while (i < lines.Count && TableLines.IsRowBreak(lines[i])) i++;
        return i;
    }

    // Only a table whose rows end with their attribute tells a row cut by a page from one that is whole.
    private static bool EndsWithAttribute(List<string> cells) =>
        GoalAttributes.FromChinese(TableSchema.Key(cells[^1])) is not null;

    /// <summary>
    /// A table whose rows no blank line sets apart (a DOCX extraction that dropped them): the header is its
    /// first cells that are header words, and a row ends with its attribute (预期性, 约束性), as in a table
    /// printed a cell to a line with no tabs at all; the cells are lined up with the header the same way.
    /// </summary>
    private static TableText? Unbroken(List<string> cells, List<TextLine> lines, List<TextLine> notes)
    {
        var headerCount = cells.TakeWhile(TableSchema.IsHeaderCell).Count();
        var schema = TableSchema.FromCells(cells.Take(headerCount).ToList());
        if (!schema.IsIndicatorTable || schema.Roles[^1] != ColumnRole.Attribute) return null;
        var cellLines = CellLinesOf(lines);
        var rows = new List<RawRow>();
        var row = new List<string>();
        var rowLines = new List<TextLine>();
        var parentCount = 0;
        for (var i = headerCount; i < cells.Count; i++)
        {
            row.Add(cells[i]);
            if (i < cellLines.Count) rowLines.AddRange(cellLines[i]);
            // A sub-row (注册护士数 under 每千人口拥有医护人员数) has as many cells as its parent row, whose name took
            // two, and leaves the attribute its parent prints empty.
            var subRowEnd = parentCount > schema.Roles.Count && row.Count == parentCount && cells[i].Length == 0;
            if (!subRowEnd && GoalAttributes.FromChinese(TableSchema.Key(cells[i])) is null) continue;
            // Every cell stands on a tabbed line of its own, an empty one too: a row as long as the header is in
            // place, and a longer one carries a sub-row's parent and own name, as the grouped rows do.
            var aligned = row.Count >= schema.Roles.Count ? row : BareCellLinesReader.Aligned(row, schema);
            if (aligned is not null) rows.Add(new RawRow(aligned, [.. rowLines]));
            if (!subRowEnd) parentCount = row.Count;
            row = [];
            rowLines = [];
        }
        return rows.Count == 0 ? null : new TableText(schema, rows, notes);
    }

    /// <summary>The lines of each cell, in order: a tabbed line opens a cell, a line without a tab goes on with it.</summary>
    private static List<List<TextLine>> CellLinesOf(List<TextLine> lines)
    {
        var cells = new List<List<TextLine>>();
        foreach (var line in lines)
        {
            if (line.LeadingTabs > 0 || cells.Count == 0) cells.Add([line]);
            else cells[^1].Add(line);
        }
        return cells;
    }

    /// <summary>A wrapped cell joins without a separator between CJK text, with a space between Latin or digits.</summary>
    public static string JoinWrapped(string before, string after)
    {
        if (before.Length == 0) return after;
        if (after.Length == 0) return before;
        return TextFolding.IsCjk(before[^1]) && TextFolding.IsCjk(after[0]) ? before + after : before + " " + after;
    }
}
