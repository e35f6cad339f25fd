namespace KnowledgeGraph.Import.Reading;

/// <summary>One printed line of a page: its letters left to right, where it stands, and how it is set.</summary>
internal sealed class PdfLine(int page, IReadOnlyList<PdfGlyph> letters, IReadOnlySet<PdfGlyph> spaced, double baseline, double size, string face)
{
    public int Page { get; } = page;

    /// <summary>Its letters but spaces, left to right.</summary>
    public IReadOnlyList<PdfGlyph> Letters { get; } = letters;

    /// <summary>The letters the PDF sets a space before (a space glyph between them and the letter before).</summary>
    public IReadOnlySet<PdfGlyph> Spaced { get; } = spaced;

    /// <summary>The baseline's height on the page (PDF space: up is larger).</summary>
    public double Baseline { get; } = baseline;

    /// <summary>The size most of its letters are set in.</summary>
    public double Size { get; } = size;

    /// <summary>The face most of its letters are set in, without the subset prefix (ABCDEF+).</summary>
    public string Face { get; } = face;

    public double Left => Letters[0].X;
    public double Right => Letters[^1].EndX;

    /// <summary>The distance from the baseline of the line above on the page; 0 for a page's first line.</summary>
    public double GapAbove { get; set; }

    public string Text => string.Concat(Letters.Select(l => l.Value));
}

/// <summary>A page's letters put into lines.</summary>
internal static class PdfLines
{
    public static PdfLine[] Of(IEnumerable<PdfGlyph> glyphs, int number)
    {
        var letters = glyphs.OrderByDescending(l => l.Baseline).ThenBy(l => l.X).ToList();
        var lines = new List<PdfLine>();
        var current = new List<PdfGlyph>();
        double baseline = 0, size = 0;
        foreach (var letter in letters)
        {
            // A letter within half a size of the line's baseline is on it (a subscript, a mark set a little higher).
            if (current.Count > 0 && baseline - letter.Baseline <= 0.5 * Math.Max(size, letter.Size))
            {
                current.Add(letter);
                size = Math.Max(size, letter.Size);
                continue;
            }
            if (Line(number, current, baseline) is { } line) lines.Add(line);
            current = [letter];
            (baseline, size) = (letter.Baseline, letter.Size);
        }
        if (Line(number, current, baseline) is { } last) lines.Add(last);
        for (var i = 1; i < lines.Count; i++) lines[i].GapAbove = lines[i - 1].Baseline - lines[i].Baseline;
        return [.. lines];
    }

    /// <summary>A line of the letters on one baseline; null where they are all spaces.</summary>
    private static PdfLine? Line(int page, List<PdfGlyph> all, double baseline)
    {
        all.Sort((a, b) => a.X.CompareTo(b.X));
        // Spaces are kept as where they stand: a space glyph is a space in the text, a gap may be only the
        // space a typesetter puts between CJK and Latin text (79 左右 as set, 79左右 as written).
        var letters = new List<PdfGlyph>(all.Count);
        var spaced = new HashSet<PdfGlyph>();
        var space = false;
        foreach (var letter in all)
        {
            if (letter.IsSpace)
            {
                space = letters.Count > 0;
                continue;
            }
            // A letter drawn twice over itself (bold made by printing it twice, a little apart) is one letter; two
            // alike side by side (the ll of all) stand a letter's width apart.
            if (letters.Count > 0 && letters[^1].Value == letter.Value && Math.Abs(letters[^1].X - letter.X) < 0.3 * (letter.EndX - letter.X)) continue;
            if (space) spaced.Add(letter);
            letters.Add(letter);
            space = false;
        }
        if (letters.Count == 0) return null;
        var (size, face) = letters
            .GroupBy(l => (Size: Math.Round(l.Size * 2) / 2, l.Face))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Size).ThenBy(g => g.Key.Face, StringComparer.Ordinal)
            .First().Key;
        return new PdfLine(page, letters, spaced, baseline, size, face);
    }
}
