using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// How a PDF's body text is set (its size and face, its left margin, the distance between its lines),
/// and a line printed as a layout-keeping extraction prints it: a column's text stands at the column
/// it is printed at, counting half the body size to a column (a CJK character takes two).
/// </summary>
internal sealed class PdfLayout(double bodySize, string bodyFace, double margin, double rightEdge, double paragraphGap)
{
    public double BodySize { get; } = bodySize;
    public string BodyFace { get; } = bodyFace;

    /// <summary>Where the body's lines start on the page.</summary>
    public double Margin { get; } = margin;

    /// <summary>Where the body's full lines end on the page.</summary>
    public double RightEdge { get; } = rightEdge;

    /// <summary>More space than this above a line ends a paragraph.</summary>
    public double ParagraphGap { get; } = paragraphGap;

    private double Column => BodySize / 2;

    public static PdfLayout Of(IReadOnlyList<PdfLine> lines)
    {
        var (size, face) = lines.GroupBy(l => (l.Size, l.Face))
            .OrderByDescending(g => g.Sum(l => l.Letters.Count)).ThenBy(g => g.Key.Size).ThenBy(g => g.Key.Face, StringComparer.Ordinal)
            .First().Key;
        var body = lines.Where(l => l.Size == size && l.Face == face).ToList();
        var margin = body.GroupBy(l => Math.Round(l.Left)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var rightEdge = body.GroupBy(l => Math.Round(l.Right)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var pitches = body.Select(l => l.GapAbove).Where(g => g > 0 && g < 3 * size).Order().ToList();
        var pitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : 1.5 * size;
        return new PdfLayout(size, face, margin, rightEdge, 1.4 * pitch);
    }

    /// <summary>More space than this above a line ends a paragraph: the body's gap, scaled up for lines set larger.</summary>
    public double ParagraphGapAbove(PdfLine line, PdfLine? above) =>
        ParagraphGap * Math.Max(1, Math.Max(line.Size, above?.Size ?? 0) / BodySize);

    /// <summary>Whether a line set larger than the body goes on from the line above: set alike, close under it, that line full.</summary>
    public bool WrapsLarger(PdfLine above, PdfLine line) =>
        line.Size >= BodySize + 1 && line.Size == above.Size && line.Face == above.Face && line.Page == above.Page
        && RunsToEdge(above) && line.GapAbove <= ParagraphGapAbove(line, above);

    /// <summary>Whether a line runs to the right edge: a heading that does continues on the next line.</summary>
    public bool RunsToEdge(PdfLine line) => line.Right >= RightEdge - 2 * line.Size;

    public string Print(PdfLine line)
    {
        var text = new StringBuilder();
        var column = Math.Max(0, (int)Math.Round((line.Left - Margin) / Column));
        text.Append(' ', column);
        PdfGlyph? previous = null;
        foreach (var letter in line.Letters)
        {
            if (previous is not null)
            {
                var gap = letter.X - previous.EndX;
                var size = Math.Max(letter.Size, previous.Size);
                if (IsColumnGap(gap, size))
                {
                    var at = (int)Math.Round((letter.X - Margin) / Column);
                    var spaces = Math.Max(2, at - column);
                    text.Append(' ', spaces);
                    column += spaces;
                }
                else if (line.Spaced.Contains(letter) || IsWordGap(previous, letter, gap))
                {
                    text.Append(' ');
                    column++;
                }
            }
            text.Append(letter.Value);
            foreach (var c in letter.Value) column += Normalising.TextFolding.DisplayWidth(c);
            previous = letter;
        }
        return text.ToString();
    }

    /// <summary>
    /// A gap the PDF sets no space glyph in but that parts two words: wider than the quarter of a size a
    /// typesetter puts between CJK and Latin text (LibreOffice and Word both do), or a Latin word space.
    /// </summary>
    internal static bool IsWordGap(PdfGlyph previous, PdfGlyph letter, double gap)
    {
        var size = Math.Max(letter.Size, previous.Size);
        var cjk = Normalising.TextFolding.DisplayWidth(previous.Value[^1]) == 2 || Normalising.TextFolding.DisplayWidth(letter.Value[0]) == 2;
        return gap > (cjk ? 0.5 : 0.15) * size;
    }

    /// <summary>Whether a line's letters stand in columns (a table's row), not as a run of text.</summary>
    public static bool HasColumnGap(PdfLine line)
    {
        for (var i = 1; i < line.Letters.Count; i++)
        {
            var (previous, letter) = (line.Letters[i - 1], line.Letters[i]);
            if (IsColumnGap(letter.X - previous.EndX, Math.Max(letter.Size, previous.Size))) return true;
        }
        return false;
    }

    /// <summary>
    /// Wider than a word space or the space a typesetter puts between CJK and Latin text (at most 0.4 of the
    /// size in the plans' PDFs): the gap between two cells, whose padding alone is more than a character's width.
    /// </summary>
    private static bool IsColumnGap(double gap, double size) => gap > 0.8 * size;
}
