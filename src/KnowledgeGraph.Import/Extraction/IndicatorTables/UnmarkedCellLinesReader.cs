using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Reads a table printed one cell per line that marks its rows neither by number nor by attribute
/// (000's 专栏 1 as pdftotext prints it without -layout: 指 标 / 2020 年 / 2025 年, then 区域发展 /
/// 地区生产总值年均增速 (%) * / 6.0 / 10.0 以上 / 常住人口 (万人) / 3.8 / …). A row is its name and a cell
/// for each value column; a short word without a unit before a name is the category of the rows
/// from there on, printed once in its merged cell.
/// </summary>
public static class UnmarkedCellLinesReader
{
    /// <summary>A header of a name column and two value columns or more, and no 序号 or 属性 to mark rows by.</summary>
    public static bool IsHeaderedSo(IReadOnlyList<TextLine> body) => Schema(body) is not null;

    public static TableText? Read(IReadOnlyList<TextLine> body)
    {
        if (Schema(body) is not { } found) return null;
        var (schema, next) = found;
        var values = schema.Roles.Count - schema.NameIndex - 1;
        var cells = new List<TextLine>();
        var notes = new List<TextLine>();
        for (var i = next; i < body.Count; i++)
        {
            if (notes.Count > 0 || TableLines.IsNote(body[i]))
            {
                if (body[i].IsContent) notes.Add(body[i]);
                continue;
            }
            if (TableLines.IsBareCell(body[i])) cells.Add(body[i]);
        }
        var rows = new List<RawRow>();
        var at = 0;
        while (at + values < cells.Count)
        {
            var category = "";
            if (IsCategory(cells[at].Text) && !IsValue(cells[at + 1].Text) && at + values + 1 < cells.Count)
            {
                category = cells[at].Text;
                at++;
            }
            var name = cells[at];
            // Running text after the table, or a row that does not hold its values: the table ends.
            if (IsValue(name.Text) || name.Text.Length > 40 || name.Text.Contains('。') || cells.Skip(at + 1).Take(values).Any(c => c.Text.Length > 20)) break;
            var row = new List<string>(schema.Roles.Count);
            for (var k = 0; k < schema.NameIndex; k++) row.Add(schema.Roles[k] == ColumnRole.Category ? category : "");
            row.Add(name.Text);
            row.AddRange(cells.Skip(at + 1).Take(values).Select(c => c.Text));
            var lines = category.Length > 0 ? cells.GetRange(at - 1, values + 2) : cells.GetRange(at, values + 1);
            rows.Add(new RawRow(row, lines));
            at += values + 1;
        }
        return rows.Count == 0 ? null : new TableText(schema, rows, notes);
    }

    /// <summary>The schema of a header of three or more words on lines of their own, and where the rows start.</summary>
    private static (TableSchema Schema, int Next)? Schema(IReadOnlyList<TextLine> body)
    {
        var header = new List<string>();
        var i = 0;
        for (; i < body.Count; i++)
        {
            if (!body[i].IsContent) continue;
            if (!TableSchema.IsHeaderCell(body[i].Text)) break;
            header.Add(body[i].Text);
        }
        if (header.Count < 3) return null;
        // The category column prints no header word: it stands before the name's.
        var schema = TableSchema.FromCells(TableSchema.Key(header[0]) is "指标" or "指标名称" ? ["", .. header] : header);
        if (!schema.IsIndicatorTable || schema.IndexOf(ColumnRole.Number) >= 0 || schema.Roles[^1] == ColumnRole.Attribute) return null;
        if (schema.Roles.Count - schema.NameIndex - 1 < 2) return null;
        return (schema, i);
    }

    // A category: a few characters, no unit in brackets, no figure (区域发展, 基础设施).
    private static bool IsCategory(string cell)
    {
        var text = cell.Trim();
        return text.Length is >= 2 and <= 8 && text.AsSpan().IndexOfAny("(（0123456789%") < 0;
    }

    // A value: a figure, a dash or a bound (6.0, 10.0 以上, --, ＞90, [3.4]), with no unit in brackets and a word
    // or two at most; a name may open with a figure too (5G 网络覆盖率 (%)).
    private static bool IsValue(string cell)
    {
        var text = cell.Trim();
        return text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '—' or '－' or '[' or '［' or '>' or '＞' or '<' or '＜' or '≥' or '≤')
            && text.AsSpan().IndexOfAny('(', '（') < 0 && text.Count(TextFolding.IsCjk) <= 4;
    }
}
