namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// Grid tables in a plan converted to Markdown (pandoc writes a table whose cells wrap so): +---+ borders
/// around rows whose cells run over several | lines. Each row becomes one line of tab-separated cells, each
/// cell its pieces joined, as a tab-separated extraction prints a table; the borders are left out. A row
/// keeps the number of the file's line it starts on, for provenance.
/// </summary>
public static class GridTables
{
    public static SourceDocument Expand(SourceDocument document)
    {
        if (!document.Lines.Any(IsBorder)) return document;
        var lines = new List<string>(document.Lines.Count);
        var numbers = new List<int>(document.Lines.Count);
        int NumberOf(int i) => document.LineNumbers?[i] ?? i + 1;
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (!IsBorder(line) || i + 1 >= document.Lines.Count || !IsRowLine(document.Lines[i + 1]))
            {
                lines.Add(line);
                numbers.Add(NumberOf(i));
                continue;
            }
            // From a border, rows of | lines, each closed by the next border, until a line that is neither.
            var at = i + 1;
            while (at < document.Lines.Count && IsRowLine(document.Lines[at]))
            {
                var first = at;
                var cells = new List<string>();
                for (; at < document.Lines.Count && IsRowLine(document.Lines[at]); at++) Merge(cells, Cells(document.Lines[at]));
                lines.Add(string.Join('\t', cells));
                numbers.Add(NumberOf(first));
                if (at < document.Lines.Count && IsBorder(document.Lines[at])) at++;
            }
            i = at - 1;
        }
        return document with { Lines = lines, LineNumbers = numbers };
    }

    /// <summary>+------+-----+ or +======+=====+ (the header's rule), with : for alignment.</summary>
    private static bool IsBorder(string line)
    {
        var t = line.AsSpan().Trim();
        return t.Length >= 3 && t[0] == '+' && t[^1] == '+' && t.IndexOfAnyExcept("+-=:") < 0 && t.Contains('-') | t.Contains('=');
    }

    private static bool IsRowLine(string line)
    {
        var t = line.AsSpan().Trim();
        return t.Length >= 2 && t[0] == '|' && t[^1] == '|';
    }

    private static List<string> Cells(string line)
    {
        var t = line.Trim();
        return [.. t[1..^1].Split('|').Select(c => c.Trim())];
    }

    /// <summary>A cell's pieces one under another are one text: joined as the normaliser joins wrapped lines.</summary>
    private static void Merge(List<string> cells, List<string> pieces)
    {
        for (var c = 0; c < pieces.Count; c++)
        {
            if (c >= cells.Count) cells.Add(pieces[c]);
            else if (pieces[c].Length > 0) cells[c] = cells[c].Length == 0 ? pieces[c] : Normalising.Paragraph.JoinPieces(cells[c], pieces[c]);
        }
    }
}
