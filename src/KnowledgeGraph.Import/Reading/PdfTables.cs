using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// Tables without rules whose cells wrap onto several lines (a table laid out in narrow columns, 绿园区's
/// 主要指标 as a word processor prints it): laid out as printed, a row's cells stand on different lines,
/// centred or not, and no text reader can tell which belong together. Here the page says: the table's
/// columns are the bands of the page its letters cover, its rows the groups of lines between the spaces
/// (or, cells aligned at their tops, from one line filling most columns to the next), and each row is
/// printed as one line, its cells between tabs, as a tab-separated table is. A list set out in columns
/// (a box's projects two to a line) is printed an item to a line. A table whose rows are a line each is
/// left as laid out (its columns align).
/// </summary>
internal static class PdfTables
{
    /// <summary>Lines without a column gap between two of a table's rows: more and the table has ended.</summary>
    private const int MaxLinesBetweenRows = 8;

    /// <summary>The rows (and the page each starts on) that replace each rebuilt table, by the table's first line, and every line they replace.</summary>
    public static (Dictionary<PdfLine, List<(string Text, int Page)>> Tables, HashSet<PdfLine> Replaced) Rebuild(IReadOnlyList<PdfLine> lines, PdfLayout layout)
    {
        var tables = new Dictionary<PdfLine, List<(string Text, int Page)>>();
        var replaced = new HashSet<PdfLine>();
        var spaced = lines.SelectMany(l => l.Spaced).ToHashSet();
        var done = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!PdfLayout.HasColumnGap(lines[i])) continue;
            var (start, end) = Extent(lines, i, done, layout);
            done = end;
            var region = lines.Skip(start).Take(end - start + 1).ToList();
            var columns = Bands(region.SelectMany(l => l.Letters), spaced);
            if (columns.Count >= 2 && ItemGrid(region, columns, spaced) is var (items, covered))
            {
                tables[covered[0]] = items;
                replaced.UnionWith(covered);
            }
            else if (columns.Count >= 3)
            {
                // Rows set apart by space, some of them over several lines; else rows whose cells start on their
                // first line (top-aligned), told by how many columns a line fills. A table set a row to a line
                // is left as laid out.
                var rows = Rows(region, layout);
                if (!(rows.Count(r => r[0].GapAbove > layout.ParagraphGap) >= 2 && rows.Any(r => r.Count > 1)))
                {
                    rows = TopAlignedRows(region, columns);
                }
                if (rows.Count >= 2 && rows.Any(r => r.Count > 1))
                {
                    rows = JoinedAcrossPages(rows, columns, spaced);
                    tables[region[0]] = Printed(rows, columns, spaced);
                    replaced.UnionWith(region);
                }
            }
            i = end;
        }
        return (tables, replaced);
    }

    /// <summary>
    /// The table around the line at <paramref name="first"/>: on through lines in columns (a few lines of
    /// wrapped cells between them), then on and back to the space that sets the table apart, never over a
    /// full line of running text, and onto the next page where the table goes on there.
    /// </summary>
    private static (int Start, int End) Extent(IReadOnlyList<PdfLine> lines, int first, int done, PdfLayout layout)
    {
        bool Within(int j) => j > done && j < lines.Count && j > 0 && lines[j].Page - lines[j - 1].Page <= 1 && !IsRunningText(lines[j], layout);
        var end = first;
        var quiet = 0;
        for (var j = first + 1; Within(j); j++)
        {
            if (PdfLayout.HasColumnGap(lines[j]))
            {
                end = j;
                quiet = 0;
            }
            else if (++quiet > MaxLinesBetweenRows) break;
        }
        while (Within(end + 1) && lines[end + 1].GapAbove <= layout.ParagraphGap) end++;
        var start = first;
        while (Within(start - 1) && lines[start].GapAbove <= layout.ParagraphGap) start--;
        return (start, end);
    }

    private static bool IsRunningText(PdfLine line, PdfLayout layout) =>
        line.Right - line.Left > 0.8 * (layout.RightEdge - layout.Margin) && !PdfLayout.HasColumnGap(line);

    /// <summary>The table's rows: its lines grouped between the spaces that part them, and by page.</summary>
    private static List<List<PdfLine>> Rows(List<PdfLine> region, PdfLayout layout)
    {
        var rows = new List<List<PdfLine>>();
        foreach (var line in region)
        {
            if (rows.Count == 0 || line.GapAbove > layout.ParagraphGap || line.Page != rows[^1][^1].Page) rows.Add([line]);
            else rows[^1].Add(line);
        }
        return rows;
    }

    /// <summary>
    /// A list set out in columns (a box's projects two to a line, 1. … 2. …, an item's name wrapped under it):
    /// every line from the first item's either all items or all their rest. Its items a line each, row by row, as a
    /// list prints them, and the lines they stand on; null where the lines are no such list.
    /// </summary>
    private static (List<(string Text, int Page)> Items, List<PdfLine> Covered)? ItemGrid(
        List<PdfLine> region, List<(double Left, double Right)> columns, IReadOnlySet<PdfGlyph> spaced)
    {
        var rows = new List<List<PdfLine>>();
        // The lines before the first item (the box's title, a sentence leading into the list) are no part of it.
        foreach (var line in region.SkipWhile(l => !PdfLayout.HasColumnGap(l)))
        {
            var cells = CellBands([line], columns, spaced).Select(c => string.Concat(c.Select(b => b.Text))).Where(t => t.Length > 0).ToList();
            var items = cells.Count(PdfItems.IsItem);
            if (items == cells.Count && items > 0) rows.Add([line]);
            else if (items == 0 && rows.Count > 0 && rows[^1][0].Page == line.Page) rows[^1].Add(line);
            else return null;
        }
        if (!rows.Any(r => CellBands([r[0]], columns, spaced).Count(c => c.Count > 0) > 1)) return null;
        var printed = new List<(string Text, int Page)>();
        foreach (var row in rows)
        {
            foreach (var cell in CellBands(row, columns, spaced))
            {
                var text = string.Concat(cell.Select(b => b.Text));
                if (text.Length > 0) printed.Add((text, row[0].Page));
            }
        }
        return (printed, [.. rows.SelectMany(r => r)]);
    }

    /// <summary>
    /// The rows of a table whose cells start on their row's first line: that line fills half the columns or more,
    /// the lines of cells wrapped below it fewer. A line alone in the first column under a row that has none there
    /// is a group's label (经济发展), a row of its own; under one that has, the rest of that cell (经济发 / 展).
    /// None where no line fills fewer (a row to a line) or the first fills fewer (no such table).
    /// </summary>
    private static List<List<PdfLine>> TopAlignedRows(List<PdfLine> region, List<(double Left, double Right)> columns)
    {
        var filled = region.Select(line => Filled(line, columns)).ToList();
        if (filled[0].Count * 2 < columns.Count || filled.All(f => f.Count * 2 >= columns.Count)) return [];
        var rows = new List<List<PdfLine>>();
        var firstColumnFilled = false;
        for (var i = 0; i < region.Count; i++)
        {
            var starts = filled[i].Count * 2 >= columns.Count || (filled[i].Count == 1 && filled[i].Contains(0) && !firstColumnFilled);
            if (rows.Count == 0 || starts)
            {
                rows.Add([region[i]]);
                firstColumnFilled = filled[i].Contains(0);
            }
            else
            {
                rows[^1].Add(region[i]);
                firstColumnFilled |= filled[i].Contains(0);
            }
        }
        return rows;
    }

    /// <summary>The columns a line has letters in.</summary>
    private static HashSet<int> Filled(PdfLine line, List<(double Left, double Right)> columns) =>
        [.. line.Letters.Select(l => ColumnOf(l, columns)).Where(c => c >= 0)];

    /// <summary>The column a letter's middle stands in, or -1.</summary>
    private static int ColumnOf(PdfGlyph letter, List<(double Left, double Right)> columns)
    {
        var middle = (letter.X + letter.EndX) / 2;
        return columns.FindIndex(c => middle >= c.Left && middle <= c.Right);
    }

    /// <summary>
    /// A row the page breaks: what stands at the top of the next page in fewer than half the columns
    /// (the last words of a cell) is the rest of the row above, not a row of its own.
    /// </summary>
    private static List<List<PdfLine>> JoinedAcrossPages(List<List<PdfLine>> rows, List<(double Left, double Right)> columns, IReadOnlySet<PdfGlyph> spaced)
    {
        var joined = new List<List<PdfLine>>();
        foreach (var row in rows)
        {
            if (joined.Count > 0 && row[0].Page != joined[^1][^1].Page && CellBands(row, columns, spaced).Count(c => c.Count > 0) * 2 < columns.Count)
            {
                joined[^1] = [.. joined[^1], .. row];
            }
            else
            {
                joined.Add(row);
            }
        }
        return joined;
    }

    /// <summary>The bands of the page letters cover, left to right: a table's columns, or the parts of a cell set side by side.</summary>
    private static List<(double Left, double Right)> Bands(IEnumerable<PdfGlyph> letters, IReadOnlySet<PdfGlyph> spaced)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var letter in letters.OrderBy(l => l.X))
        {
            var (left, right) = (letter.X, letter.EndX);
            // Letters of one cell touch or nearly so, or stand a space glyph apart; two cells' padding, however narrow
            // the columns, parts them by a quarter of a letter or more, with no glyph between.
            var reach = spaced.Contains(letter) ? 0.8 : 0.25;
            if (columns.Count > 0 && left <= columns[^1].Right + reach * letter.Size)
            {
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, right));
            }
            else
            {
                columns.Add((left, right));
            }
        }
        return columns;
    }

    /// <summary>
    /// The rows as tab-separated lines. A cell parted in two side by side (每千人口拥有医护人员数 beside 执业医师数
    /// under one 指标) is two cells, its label's and its part's, and a row whose cell stands under such a part alone
    /// (注册护士数) leaves the label's cell empty: a sub-row, as the tab-separated tables print one.
    /// </summary>
    private static List<(string Text, int Page)> Printed(List<List<PdfLine>> rows, List<(double Left, double Right)> columns, IReadOnlySet<PdfGlyph> spaced)
    {
        var printed = new List<(string Text, int Page)>(rows.Count);
        var parts = new double?[columns.Count];
        foreach (var row in rows)
        {
            var cells = new List<string>();
            var bands = CellBands(row, columns, spaced);
            for (var c = 0; c < columns.Count; c++)
            {
                var texts = bands[c];
                if (texts.Count >= 2 && texts.All(t => IsLabel(t.Text)))
                {
                    cells.Add(texts[0].Text);
                    cells.Add(string.Concat(texts.Skip(1).Select(t => t.Text)));
                    parts[c] = texts[1].Left;
                }
                else if (texts.Count == 1 && parts[c] is { } part && Math.Abs(texts[0].Left - part) < texts[0].Size && texts[0].Left > columns[c].Left + texts[0].Size)
                {
                    cells.Add("");
                    cells.Add(texts[0].Text);
                }
                else
                {
                    cells.Add(string.Concat(texts.Select(t => t.Text)));
                    if (texts.Count > 0) parts[c] = null;
                }
            }
            printed.Add((string.Join('\t', cells), row[0].Page));
        }
        return printed;
    }

    private static bool IsLabel(string text) => text.Length > 1 && !char.IsAsciiDigit(text[0]) && text.Any(Normalising.TextFolding.IsCjk);

    /// <summary>A row's cells: for each column, the text of each part of it set side by side, left first.</summary>
    private static List<(string Text, double Left, double Size)>[] CellBands(List<PdfLine> row, List<(double Left, double Right)> columns, IReadOnlySet<PdfGlyph> spaced)
    {
        var letters = columns.Select(_ => new List<PdfGlyph>()).ToArray();
        foreach (var letter in row.SelectMany(l => l.Letters))
        {
            var column = ColumnOf(letter, columns);
            if (column >= 0) letters[column].Add(letter);
        }
        return [.. letters.Select(cell => Bands(cell, spaced).Select(band => Text(cell, band, spaced)).ToList())];
    }

    /// <summary>A part's text: its letters line by line (the order a row's letters come in), left to right.</summary>
    private static (string Text, double Left, double Size) Text(List<PdfGlyph> letters, (double Left, double Right) band, IReadOnlySet<PdfGlyph> spaced)
    {
        var part = letters.Where(l => l.X >= band.Left && l.EndX <= band.Right).ToList();
        return (CellText(part, spaced), band.Left, part.Count == 0 ? 0 : part[^1].Size);
    }

    /// <summary>A cell's text: its letters in the order its lines give them, top to bottom, each line left to right.</summary>
    internal static string CellText(IEnumerable<PdfGlyph> letters, IReadOnlySet<PdfGlyph> spaced)
    {
        var cell = new StringBuilder();
        PdfGlyph? previous = null;
        foreach (var letter in letters)
        {
            if (previous is not null && NeedsSpace(previous, letter, cell, spaced)) cell.Append(' ');
            cell.Append(letter.Value);
            previous = letter;
        }
        return cell.ToString();
    }

    /// <summary>A space where the printed line has one, or between two words of Latin script a line break parts.</summary>
    private static bool NeedsSpace(PdfGlyph previous, PdfGlyph letter, StringBuilder cell, IReadOnlySet<PdfGlyph> spaced)
    {
        var sameLine = Math.Abs(previous.Baseline - letter.Baseline) < 0.5 * letter.Size;
        if (sameLine) return spaced.Contains(letter) || PdfLayout.IsWordGap(previous, letter, letter.X - previous.EndX);
        return char.IsAsciiLetterOrDigit(cell[^1]) && letter.Value.Length > 0 && char.IsAsciiLetter(letter.Value[0]);
    }
}
