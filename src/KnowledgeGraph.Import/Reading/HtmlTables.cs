using System.Net;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// HTML tables in a plan converted to Markdown (PDF converters write a table so, often the whole
/// table on one line): each row becomes a line of tab-separated cells, as a tab-separated extraction
/// prints a table, with a merged cell (rowspan, colspan) printed once and empty below and beside it.
/// The lines a table becomes keep the number of the file's line it was printed on, for provenance.
/// </summary>
public static partial class HtmlTables
{
    [GeneratedRegex(@"<tr\b[^>]*>(.*?)</tr\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<t[dh]\b(?<attrs>[^>]*)>(?<text>.*?)</t[dh]\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"(?<name>rowspan|colspan)\s*=\s*[""']?(?<n>\d{1,3})", RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>A table's lines are joined until it closes, up to this many (a table left open is text).</summary>
    private const int MaxTableLines = 2000;

    public static SourceDocument Expand(SourceDocument document)
    {
        if (!document.Lines.Any(HasTable)) return document;
        var lines = new List<string>(document.Lines.Count);
        var numbers = new List<int>(document.Lines.Count);
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (!HasTable(line))
            {
                lines.Add(line);
                numbers.Add(i + 1);
                continue;
            }
            // A table printed over several lines is read as one text, its lines kept apart by line breaks.
            var last = i;
            while (!Closes(document.Lines[last]) && last + 1 < document.Lines.Count && last - i < MaxTableLines) last++;
            var joined = last == i ? line : string.Join('\n', document.Lines.Skip(i).Take(last - i + 1));
            // A table that never closes, or holds no row, is text: nothing it spans is dropped.
            if (!Closes(document.Lines[last]) || !Row().IsMatch(joined)) last = i;
            else line = joined;
            foreach (var (piece, at) in Pieces(line, 0))
            {
                lines.Add(piece);
                // A row keeps the line its <tr> is printed on.
                numbers.Add(i + 1 + line.AsSpan(0, at).Count('\n'));
            }
            // The lines the table took in: none of their own text is left, but they are numbered on.
            i = last;
        }
        return document with { Lines = lines, LineNumbers = numbers };
    }

    private static bool Closes(string line) => line.Contains("</table", StringComparison.OrdinalIgnoreCase);

    // Every line of every file is asked: most hold no '<' at all.
    private static bool HasTable(string line) => line.Contains('<') && line.Contains("<table", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text before the table, its rows, and the text after it, each with where it starts in <paramref name="line"/>.</summary>
    private static List<(string Text, int At)> Pieces(string line, int from)
    {
        var open = line.IndexOf("<table", from, StringComparison.OrdinalIgnoreCase);
        var close = open < 0 ? -1 : line.IndexOf("</table", open, StringComparison.OrdinalIgnoreCase);
        if (close < 0) return line[from..].Trim() is { Length: > 0 } rest ? [(rest, from)] : [];
        var end = line.IndexOf('>', close);
        end = end < 0 ? line.Length : end + 1;
        var pieces = new List<(string, int)>();
        if (line[from..open].Trim() is { Length: > 0 } before) pieces.Add((before, from));
        pieces.AddRange(Rows(line, open, end));
        pieces.AddRange(Pieces(line, end));
        return pieces;
    }

    private static List<(string Text, int At)> Rows(string line, int start, int end)
    {
        var table = line[start..end];
        var rows = new List<(string, int)>();
        // Columns a cell above still covers (rowspan), and for how many more rows.
        var covered = new Dictionary<int, int>();
        foreach (Match row in Row().Matches(table))
        {
            var cells = new List<string>();
            var column = 0;
            void Covered()
            {
                while (covered.TryGetValue(column, out var left) && left > 0)
                {
                    cells.Add("");
                    if (left == 1) covered.Remove(column);
                    else covered[column] = left - 1;
                    column++;
                }
            }
            foreach (Match cell in Cell().Matches(row.Groups[1].Value))
            {
                Covered();
                int rowspan = 1, colspan = 1;
                foreach (Match span in Span().Matches(cell.Groups["attrs"].Value))
                {
                    var n = Math.Clamp(int.Parse(span.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 100);
                    if (span.Groups["name"].Value.Equals("rowspan", StringComparison.OrdinalIgnoreCase)) rowspan = n;
                    else colspan = n;
                }
                cells.Add(Text(cell.Groups["text"].Value));
                for (var c = 0; c < colspan; c++)
                {
                    if (c > 0) cells.Add("");
                    if (rowspan > 1) covered[column] = rowspan - 1;
                    column++;
                }
            }
            Covered();
            rows.Add((string.Join('\t', cells), start + row.Index));
        }
        return rows;
    }

    /// <summary>A cell's text: its tags dropped (a line break in it is no break of the row), entities decoded, no tabs.</summary>
    private static string Text(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(html, "")).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Trim();
}
