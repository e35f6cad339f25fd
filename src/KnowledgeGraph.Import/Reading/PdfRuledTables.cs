using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// Tables the page draws with rules between their cells, as official documents print them: the rules
/// say which letters share a cell, whatever their lines, and where cells are merged (no rule between
/// two columns in a row: one cell across them; none between two rows in a column: one cell down them).
/// Each row is printed as one line of tab-separated cells, a merged cell once, in its first row — empty
/// in the rows it runs down, as a tab-separated table prints it, so a merged 类别 heads its rows and a 指标
/// parted in two gives a row and its sub-rows.
/// </summary>
internal static partial class PdfRuledTables
{
    [GeneratedRegex("20[0-9][0-9]")]
    private static partial Regex YearIn();

    /// <summary>A header word that names what the year over it holds: 2025年 over 目标值 is the target's column.</summary>
    [GeneratedRegex("^(目标值|目标|预期值|预期目标|规划值|规划目标|现状值|基期值|实际值)$")]
    private static partial Regex ValueWord();

    /// <summary>How far apart two rules may be drawn and still be one border.</summary>
    private const double Tolerance = 2;

    public static (Dictionary<PdfLine, List<(string Text, int Page)>> Tables, HashSet<PdfLine> Replaced) Rebuild(
        IReadOnlyList<PdfLine> lines, IReadOnlyDictionary<int, List<PdfRule>> rules)
    {
        var tables = new Dictionary<PdfLine, List<(string Text, int Page)>>();
        var replaced = new HashSet<PdfLine>();
        var spaced = lines.SelectMany(l => l.Spaced).ToHashSet();
        // The table that ends its page, to which a table that opens the next page may belong.
        (List<(string Text, int Page)> Rows, int Page)? open = null;
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var pageLines = page.ToList();
            var continued = open is { } o && o.Page == page.Key - 1 ? o.Rows : null;
            open = null;
            if (!rules.TryGetValue(page.Key, out var pageRules)) continue;
            foreach (var grid in Grids(pageRules).OrderByDescending(g => g.Top))
            {
                var inside = pageLines.Where(grid.Holds).ToList();
                if (inside.Count == 0) continue;
                var rows = grid.Rows(inside, spaced).Select(r => (r, page.Key)).ToList();
                if (rows.Count == 0) continue;
                replaced.UnionWith(inside);
                if (continued is not null && inside[0] == pageLines[0])
                {
                    Continue(continued, rows);
                    rows = continued;
                }
                else
                {
                    tables[inside[0]] = rows;
                }
                continued = null;
                if (inside[^1] == pageLines[^1]) open = (rows, page.Key);
            }
        }
        return (tables, replaced);
    }

    /// <summary>
    /// A table the page breaks goes on with the next page's: its rows follow, and a first row there that fills
    /// fewer than half its cells is the rest of the row the break cut (劳动年龄人口平均受教育年 / 限（年）).
    /// </summary>
    private static void Continue(List<(string Text, int Page)> table, List<(string Text, int Page)> rows)
    {
        var last = table[^1].Text.Split('\t');
        var first = rows[0].Text.Split('\t');
        if (last.Length == first.Length && first.Count(c => c.Length > 0) * 2 < first.Length)
        {
            table[^1] = (string.Join('\t', last.Zip(first, (a, b) => a + b)), table[^1].Page);
            rows.RemoveAt(0);
        }
        table.AddRange(rows);
    }

    /// <summary>
    /// More rules than this on a page are a drawing (a map's roads and borders), not a table's: the page is
    /// read as laid out, and the rules are not paired, which takes time as their number squared.
    /// </summary>
    private const int MaxRulesPerPage = 4000;

    /// <summary>The page's tables: rules that touch one another, at least two columns of cells.</summary>
    private static IEnumerable<Grid> Grids(List<PdfRule> rules)
    {
        if (rules.Count > MaxRulesPerPage) yield break;
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (Touch(rules[i], rules[j])) parent[Find(i)] = Find(j);
            }
        }
        foreach (var component in Enumerable.Range(0, rules.Count).GroupBy(Find))
        {
            var members = component.Select(i => rules[i]).ToList();
            var xs = Distinct(members.Where(r => r.Vertical).Select(r => r.At)).ToList();
            var ys = Distinct(members.Where(r => !r.Vertical).Select(r => r.At)).Reverse().ToList();
            // Two columns at least (a box's border around text is no table); one row may be all a page holds of a table.
            if (xs.Count >= 3 && ys.Count >= 2) yield return new Grid(members, xs, ys);
        }
    }

    private static bool Touch(PdfRule a, PdfRule b)
    {
        if (a.Vertical == b.Vertical)
        {
            return Math.Abs(a.At - b.At) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        }
        var (vertical, horizontal) = a.Vertical ? (a, b) : (b, a);
        return vertical.At >= horizontal.From - Tolerance && vertical.At <= horizontal.To + Tolerance
            && horizontal.At >= vertical.From - Tolerance && horizontal.At <= vertical.To + Tolerance;
    }

    /// <summary>Positions closer than the tolerance are one, in ascending order.</summary>
    private static IEnumerable<double> Distinct(IEnumerable<double> positions)
    {
        double? last = null;
        foreach (var at in positions.Order())
        {
            if (last is { } l && at - l <= Tolerance) continue;
            last = at;
            yield return at;
        }
    }

    private sealed class Grid(List<PdfRule> rules, List<double> xs, List<double> ys)
    {
        public double Top => ys[0];

        /// <summary>Whether a line stands within the table's border.</summary>
        public bool Holds(PdfLine line) =>
            line.Baseline <= ys[0] + Tolerance && line.Baseline >= ys[^1] - Tolerance
            && line.Left >= xs[0] - Tolerance && line.Right <= xs[^1] + Tolerance;

        public List<string> Rows(List<PdfLine> inside, IReadOnlySet<PdfGlyph> spaced)
        {
            int rows = ys.Count - 1, columns = xs.Count - 1;
            // A cell is named by its top-left slot; merged slots share the name.
            var cell = new int[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    cell[r, c] = r * columns + c;
                    if (c > 0 && !HasRule(true, xs[c], (ys[r] + ys[r + 1]) / 2)) cell[r, c] = cell[r, c - 1];
                    else if (r > 0 && !HasRule(false, ys[r], (xs[c] + xs[c + 1]) / 2)) cell[r, c] = cell[r - 1, c];
                }
            }
            var letters = new Dictionary<int, List<PdfGlyph>>();
            var used = new bool[columns];
            foreach (var letter in inside.SelectMany(l => l.Letters))
            {
                var x = (letter.X + letter.EndX) / 2;
                // The middle of a letter's height: a baseline may sit on the rule under the cell.
                var y = letter.Baseline + letter.Size / 3;
                var c = xs.FindIndex(at => at > x) - 1;
                var r = ys.FindIndex(at => at < y) - 1;
                if (c < 0 || r < 0 || r >= rows || c >= columns) continue;
                (letters.TryGetValue(cell[r, c], out var list) ? list : letters[cell[r, c]] = []).Add(letter);
                used[c] = true;
            }
            string Text(int id) => letters.TryGetValue(id, out var list) ? PdfTables.CellText(list, spaced) : "";
            var printed = new List<string>(rows);
            // A first row that fills fewer than half its cells is the rest of a row the page broke, not a header.
            var firstCells = Enumerable.Range(0, columns).Select(c => cell[0, c]).Distinct().ToList();
            var header = firstCells.Count(id => Text(id).Length > 0) * 2 >= firstCells.Count ? HeaderRows(cell, rows, columns) : 1;
            if (header > 1) printed.Add(string.Join('\t', HeaderCells(cell, header, columns, used, Text)));
            for (var r = header > 1 ? header : 0; r < rows; r++)
            {
                var cells = new List<string>();
                for (var c = 0; c < columns; c++)
                {
                    if (c > 0 && cell[r, c] == cell[r, c - 1]) continue;
                    // A column no letter stands in is a gap between two borders, not a column of the table.
                    var end = c;
                    while (end + 1 < columns && cell[r, end + 1] == cell[r, c]) end++;
                    if (!used.AsSpan(c, end - c + 1).Contains(true)) continue;
                    cells.Add(cell[r, c] / columns == r ? Text(cell[r, c]) : "");
                }
                if (cells.Any(c => c.Length > 0)) printed.Add(string.Join('\t', cells));
            }
            return ItemsInCells(printed);
        }

        /// <summary>
        /// A list set out in a grid (a box's projects two to a row, 1. … | 2. …), every cell but a caption across
        /// the table an item of it: its items a line each, in reading order, as a list prints them.
        /// </summary>
        private static List<string> ItemsInCells(List<string> printed)
        {
            var cells = printed.Select(row => row.Split('\t').Where(c => c.Length > 0).ToList()).ToList();
            var grid = cells.Where(row => row.Count > 1).ToList();
            if (grid.Count == 0 || !grid.SelectMany(row => row).All(PdfItems.IsItem)) return printed;
            return [.. cells.SelectMany(row => row)];
        }

        /// <summary>
        /// How many rows the header takes: a header cell over several columns (规划目标 over 2020年 and 2025年) has its
        /// columns parted in the row below it, which is the header's too.
        /// </summary>
        private static int HeaderRows(int[,] cell, int rows, int columns)
        {
            var header = 1;
            // A cell across the whole table is its caption (专栏2 …) or a group's label, not a header over columns.
            while (header < rows && cell[header - 1, 0] != cell[header - 1, columns - 1] && Enumerable.Range(1, columns - 1).Any(c =>
                       cell[header - 1, c] == cell[header - 1, c - 1] && cell[header, c] != cell[header, c - 1] && cell[header, c] / columns == header))
            {
                header++;
            }
            return header;
        }

        /// <summary>
        /// A header of several rows as one, a cell to a column of its last row: the cell that heads the column there
        /// (2020年 under 规划目标, or 指标 down both rows), after the year over it where it names no year itself
        /// (2025年 over 目标值: 2025年目标值).
        /// </summary>
        private static List<string> HeaderCells(int[,] cell, int header, int columns, bool[] used, Func<int, string> text)
        {
            var cells = new List<string>();
            var last = header - 1;
            for (var c = 0; c < columns; c++)
            {
                if (c > 0 && cell[last, c] == cell[last, c - 1]) continue;
                var end = c;
                while (end + 1 < columns && cell[last, end + 1] == cell[last, c]) end++;
                if (!used.AsSpan(c, end - c + 1).Contains(true)) continue;
                var own = text(cell[last, c]);
                var row = cell[last, c] / columns;
                var over = row > 0 ? text(cell[row - 1, c]) : "";
                cells.Add(YearOf(over) && ValueWord().IsMatch(own) ? over + own : own);
            }
            return cells;
        }

        private static bool YearOf(string text) => text.Length >= 4 && YearIn().IsMatch(text);

        private bool HasRule(bool vertical, double at, double across) =>
            rules.Any(r => r.Vertical == vertical && Math.Abs(r.At - at) <= Tolerance && r.From - Tolerance <= across && across <= r.To + Tolerance);
    }
}
