using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Reads a table printed one row per line with tab-separated cells. The header is the first
/// tabbed line; rows run until a 注 line or a line without tabs (prose after the table). Cells
/// come from the raw line so that empty leading and trailing cells (a merged category cell, an
/// empty value) keep their places.
/// </summary>
public static partial class TabRowsReader
{
    [GeneratedRegex(@"\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();

    public static TableText? Read(IReadOnlyList<TextLine> lines)
    {
        TableSchema? schema = null;
        List<string>? upperHeader = null;
        var headerTried = false;
        var rows = new List<RawRow>();
        var notes = new List<TextLine>();
        for (var at = 0; at < lines.Count; at++)
        {
            var line = lines[at];
            if (notes.Count > 0 || TableLines.IsNote(line))
            {
                if (line.IsContent) notes.Add(line);
                continue;
            }
            if (!line.IsContent) continue;
            if (!TableLines.IsTabbed(line))
            {
                if (schema is null) continue; // a unit line (单位：万千瓦) or the title
                if (GroupLabels.Is(line.Text) && TableLines.NextContent(lines, at) is { } next && TableLines.IsTabbed(next))
                {
                    rows.Add(new RawRow([line.Text], [line], Group: true));
                    continue;
                }
                if (rows.Count > 0) break;
                continue;
            }
            var cells = Cells(line);
            // A header printed on two rows (指标 | 规划目标 over | 2020年 | 2025年, merged cells empty below
            // and beside): its columns are the two rows' cells read together. The lower row holds header
            // words only; the upper one may or may not read as a header of its own.
            if (upperHeader is not null && rows.Count == 0 && TableSchema.IsHeaderRow(cells))
            {
                schema = TableSchema.FromTwoRows(upperHeader, cells);
                if (!schema.IsIndicatorTable) return null;
                upperHeader = null;
                continue;
            }
            if (schema is null)
            {
                schema = TableSchema.FromCells(cells);
                upperHeader = cells;
                if (schema.IsIndicatorTable) continue;
                schema = null;
                if (rows.Count == 0 && !headerTried)
                {
                    headerTried = true;
                    continue;
                }
                return null;
            }
            upperHeader = null;
            // A cell broken by a line break (a DOCX table's soft break: “规模以上工业” / “增加值增长”) cuts
            // its row in two: the pieces are one row when together they have the header's cells.
            if (rows.Count > 0 && rows[^1] is { Group: false, Cells.Count: var before } last && before < schema.Roles.Count
                && before + cells.Count - 1 == schema.Roles.Count && last.Lines[^1].Number + 1 == line.Number)
            {
                var joined = last.Cells.ToList();
                joined[^1] = Paragraph.JoinPieces(joined[^1], cells[0]);
                joined.AddRange(cells.Skip(1));
                rows[^1] = new RawRow(joined, [.. last.Lines, line]);
                continue;
            }
            rows.Add(new RawRow(cells, [line]));
        }
        return schema is null ? null : new TableText(schema, rows, notes);
    }

    /// <summary>
    /// Each column's name from the two rows: the lower row names the column where it prints a name (the
    /// upper one only groups: 规划目标 over 2020年 | 2025年), the upper one where the lower is empty (a cell
    /// over both rows); a year printed above a kind of value (2025年 over 目标值) stays with it.
    /// </summary>
    private static List<string> Cells(TextLine line)
    {
        // The line as printed, not its text: the text has lost the leading tabs that stand for empty cells.
        var raw = line.Raw.Contains("[bookmark: ", StringComparison.Ordinal) ? Bookmark().Replace(line.Raw, "") : line.Raw;
        return [.. LineCleaner.WithoutMarkdown(PrintedCharacters.RowAsRead(raw)).TrimEnd('\r', '\n').Split('\t').Select(LineCleaner.Trim)];
    }

}
