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
        var rows = new List<RawRow>();
        var notes = new List<TextLine>();
        foreach (var line in lines)
        {
            if (notes.Count > 0 || TableLines.IsNote(line))
            {
                if (line.IsContent) notes.Add(line);
                continue;
            }
            if (!line.IsContent) continue;
            var tabbed = line.Text.Contains('\t') || line.LeadingTabs > 0;
            if (!tabbed)
            {
                if (schema is null) continue; // a unit line (单位：万千瓦) or the title
                if (rows.Count > 0) break;
                continue;
            }
            var cells = Cells(line);
            if (schema is null)
            {
                schema = TableSchema.FromCells(cells);
                if (!schema.IsIndicatorTable) return null;
                continue;
            }
            rows.Add(new RawRow(cells, [line]));
        }
        return schema is null ? null : new TableText(schema, rows, notes);
    }

    private static List<string> Cells(TextLine line)
    {
        // The line as printed, not its text: the text has lost the leading tabs that stand for empty cells.
        var raw = line.Raw.Contains("[bookmark: ", StringComparison.Ordinal) ? Bookmark().Replace(line.Raw, "") : line.Raw;
        return [.. LineCleaner.WithoutMarkdown(LineCleaner.HalfWidthAlphanumerics(raw)).TrimEnd('\r', '\n').Split('\t').Select(LineCleaner.Trim)];
    }

}
