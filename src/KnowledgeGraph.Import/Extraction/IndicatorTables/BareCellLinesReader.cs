using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Reads a table printed one cell per line with nothing to mark cells or rows (a PDF extraction
/// that kept neither tabs nor blank lines between rows). The header is the run of lines that are
/// each one header word (类别 / 指标 / 2025年 / 属性…), and a row ends with its attribute (预期性,
/// 约束性) — or, in a numbered table without a 属性 column, at the next row's number. A row's values are its last cells;
/// before them stand the leading cells and the name. A row with too few cells lacks its leading
/// ones (a category printed once for the rows under it); one with too many has a name wrapped
/// onto several lines, after its number when it has one.
/// </summary>
public static class BareCellLinesReader
{
    // Fewer header words in a row could be the start of a list of short lines.
    private const int MinHeaderCells = 4;

    /// <summary>
    /// Whether the table's first lines are a header printed one word per line: four words or more, or three
    /// from 序号 when row 1 follows them (序号 / 指 标 / 2025 年目标值 (预期性) / 1 / …).
    /// </summary>
    public static bool IsHeaderedSo(IReadOnlyList<TextLine> body)
    {
        var (header, next) = Header(body);
        return header.Count >= MinHeaderCells || (header.Count == 3 && IsNumberHeader(header[0]) && FirstCell(body, next) == "1");
    }

    private static bool IsNumberHeader(string cell) => TableSchema.Key(cell) is "序号" or "编号";

    private static string? FirstCell(IReadOnlyList<TextLine> body, int from)
    {
        for (var i = from; i < body.Count; i++)
        {
            if (TableLines.IsBareCell(body[i])) return body[i].Text.Trim();
        }
        return null;
    }

    /// <summary>
    /// Rows end at their attribute (预期性, 约束性) when the last column is 属性. A numbered table without one
    /// (004's 表 1: 序号 / 指标 / 2025 年目标值 (预期性)) ends a row where the next row's number stands, once it
    /// holds a cell for every column (a wrapped name holds more); the header printed again over the next
    /// page's rows is skipped there, and running text after the last row ends the table.
    /// </summary>
    public static TableText? Read(IReadOnlyList<TextLine> body)
    {
        if (!IsHeaderedSo(body)) return null;
        var (header, next) = Header(body);
        var schema = TableSchema.FromCells(header);
        if (!schema.IsIndicatorTable) return null;
        var numbered = schema.Roles[^1] != ColumnRole.Attribute;
        if (numbered && schema.Roles[0] != ColumnRole.Number) return null;

        var rows = new List<RawRow>();
        var notes = new List<TextLine>();
        var cells = new List<string>();
        var lines = new List<TextLine>();
        var expected = 1;
        for (var i = next; i < body.Count; i++)
        {
            var line = body[i];
            if (notes.Count > 0 || TableLines.IsNote(line))
            {
                if (line.IsContent) notes.Add(line);
                continue;
            }
            if (!TableLines.IsBareCell(line)) continue;
            if (numbered)
            {
                var text = line.Text.Trim();
                var complete = cells.Count >= schema.Roles.Count;
                if (complete && TableSchema.IsHeaderCell(text)) continue;
                if (complete && (text.Length > 40 || text.Contains('。'))) break;
                if (text == expected.ToString(System.Globalization.CultureInfo.InvariantCulture) && (cells.Count == 0 || complete))
                {
                    Flush();
                    expected++;
                }
                else if (cells.Count == 0)
                {
                    // Whatever stands before row 1 or after a row without the next number (a sum) ends the table.
                    if (rows.Count > 0) break;
                    continue;
                }
            }
            cells.Add(line.Text);
            lines.Add(line);
            if (!numbered && GoalAttributes.FromChinese(TableSchema.Key(line.Text)) is not null) Flush();
        }
        if (numbered) Flush();
        return rows.Count == 0 ? null : new TableText(schema, rows, notes);

        void Flush()
        {
            if (cells.Count > 0 && Aligned(cells, schema) is { } row) rows.Add(new RawRow(row, [.. lines]));
            cells.Clear();
            lines.Clear();
        }
    }

    private static (List<string> Cells, int Next) Header(IReadOnlyList<TextLine> body)
    {
        var cells = new List<string>();
        var i = 0;
        for (; i < body.Count; i++)
        {
            var line = body[i];
            // Row 1's number reads alone as a page number: it ends the header all the same.
            if (!line.IsContent && !TableLines.IsBareCell(line)) continue;
            if (!line.IsContent || !TableSchema.IsHeaderCell(line.Text)) break;
            cells.Add(line.Text);
        }
        return (cells, i);
    }

    /// <summary>The row's cells, one per column, or null when they cannot be lined up with the header.</summary>
    internal static List<string>? Aligned(List<string> cells, TableSchema schema)
    {
        var nameAt = schema.NameIndex;
        var values = schema.Roles.Count - nameAt - 1;
        var before = cells.Count - values;
        if (before < 1) return null;
        // A unit wraps onto a line of its own (地区生产总值增长 / （%）): it belongs to the name above.
        var front = new List<string>(before);
        foreach (var cell in cells.Take(before))
        {
            if (front.Count > 0 && cell.TrimStart() is ['（' or '(', ..]) front[^1] = CellLinesReader.JoinWrapped(front[^1], cell);
            else front.Add(cell);
        }
        var leading = new string[nameAt];
        Array.Fill(leading, "");
        string name;
        if (front.Count <= nameAt + 1)
        {
            // Too few: the leading cells missing are the first ones, printed once above.
            name = front[^1];
            for (var k = 0; k < front.Count - 1; k++) leading[nameAt - (front.Count - 1) + k] = front[k];
        }
        else
        {
            var numberAt = schema.IndexOf(ColumnRole.Number);
            var printedNumber = numberAt >= 0 && numberAt < nameAt ? front.FindIndex(c => c.Trim().All(char.IsAsciiDigit) && c.Trim().Length > 0) : -1;
            var nameFrom = printedNumber >= 0 ? printedNumber + 1 : Math.Min(nameAt, front.Count - 1);
            for (var k = 0; k < nameFrom && k < nameAt; k++) leading[nameAt - Math.Min(nameFrom, nameAt) + k] = front[k];
            name = front.Skip(nameFrom).Aggregate("", CellLinesReader.JoinWrapped);
        }
        return [.. leading, name, .. cells.GetRange(before, values)];
    }
}
