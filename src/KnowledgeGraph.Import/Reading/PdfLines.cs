using UglyToad.PdfPig.Content;

namespace KnowledgeGraph.Import.Reading;

/// <summary>One printed line of a page: its letters left to right, where it stands, and how it is set.</summary>
internal sealed class PdfLine(int page, IReadOnlyList<Letter> letters, IReadOnlySet<Letter> spaced, double baseline, double size, string face)
{
    public int Page { get; } = page;

    /// <summary>Its letters but spaces, left to right.</summary>
    public IReadOnlyList<Letter> Letters { get; } = letters;

    /// <summary>The letters the PDF sets a space before (a space glyph between them and the letter before).</summary>
    public IReadOnlySet<Letter> Spaced { get; } = spaced;

    /// <summary>The baseline's height on the page (PDF space: up is larger).</summary>
    public double Baseline { get; } = baseline;

    /// <summary>The size most of its letters are set in.</summary>
    public double Size { get; } = size;

    /// <summary>The face most of its letters are set in, without the subset prefix (ABCDEF+).</summary>
    public string Face { get; } = face;

    public double Left => Letters[0].StartBaseLine.X;
    public double Right => Letters[^1].EndBaseLine.X;

    /// <summary>The distance from the baseline of the line above on the page; 0 for a page's first line.</summary>
    public double GapAbove { get; set; }

    public string Text => string.Concat(Letters.Select(l => l.Value));
}

/// <summary>A page's letters put into lines.</summary>
internal static class PdfLines
{
    public static PdfLine[] Of(Page page, int number)
    {
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal)
            .OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X)
            .ToList();
        var lines = new List<PdfLine>();
        var current = new List<Letter>();
        double baseline = 0, size = 0;
        foreach (var letter in letters)
        {
            var letterSize = SizeOf(letter);
            // A letter within half a size of the line's baseline is on it (a subscript, a mark set a little higher).
            if (current.Count > 0 && baseline - letter.StartBaseLine.Y <= 0.5 * Math.Max(size, letterSize))
            {
                current.Add(letter);
                size = Math.Max(size, letterSize);
                continue;
            }
            if (Line(number, current, baseline) is { } line) lines.Add(line);
            current = [letter];
            (baseline, size) = (letter.StartBaseLine.Y, letterSize);
        }
        if (Line(number, current, baseline) is { } last) lines.Add(last);
        for (var i = 1; i < lines.Count; i++) lines[i].GapAbove = lines[i - 1].Baseline - lines[i].Baseline;
        return [.. lines];
    }

    /// <summary>The size a letter is set in: its font size, or its glyph's height where the PDF scales the text another way.</summary>
    public static double SizeOf(Letter letter) => letter.PointSize >= 1 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);

    /// <summary>A line of the letters on one baseline; null where they are all spaces.</summary>
    private static PdfLine? Line(int page, List<Letter> all, double baseline)
    {
        all.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        // Spaces are kept as where they stand: a space glyph is a space in the text, a gap may be only the
        // space a typesetter puts between CJK and Latin text (79 左右 as set, 79左右 as written).
        var letters = new List<Letter>(all.Count);
        var spaced = new HashSet<Letter>();
        var space = false;
        foreach (var letter in all)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                space = letters.Count > 0;
                continue;
            }
            if (space) spaced.Add(letter);
            letters.Add(letter);
            space = false;
        }
        if (letters.Count == 0) return null;
        var (size, face) = letters
            .GroupBy(l => (Size: Math.Round(SizeOf(l) * 2) / 2, Face: FaceOf(l.FontName)))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Size).ThenBy(g => g.Key.Face, StringComparer.Ordinal)
            .First().Key;
        return new PdfLine(page, letters, spaced, baseline, size, face);
    }

    private static string FaceOf(string? font)
    {
        if (string.IsNullOrEmpty(font)) return "";
        var plus = font.IndexOf('+');
        return plus is 6 ? font[7..] : font;
    }
}
