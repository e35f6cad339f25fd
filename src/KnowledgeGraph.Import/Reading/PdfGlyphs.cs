using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace KnowledgeGraph.Import.Reading;

/// <summary>A letter as it reads on its page: its text, where its baseline starts and ends across the page, its height up the page, its size and face.</summary>
internal sealed record PdfGlyph(string Value, double X, double EndX, double Baseline, double Size, string Face)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Value);
}

/// <summary>
/// A page's letters set upright. A page may print its text turned (a landscape table printed onto a
/// portrait page and turned for reading, as PDF printers do): its letters, and its rules, are turned
/// back so that its lines run left to right, top to bottom, as any page's do. Letters set another way
/// than most of the page's (a column header set vertically) are not read.
/// </summary>
internal static class PdfGlyphs
{
    public static (List<PdfGlyph> Glyphs, Func<PdfPoint, PdfPoint> Upright, double Height) Of(Page page)
    {
        var orientation = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.TextOrientation != TextOrientation.Other)
            .GroupBy(l => l.TextOrientation).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault()?.Key ?? TextOrientation.Horizontal;
        var (width, height) = (page.Width, page.Height);
        // Each turn is a rotation that sets the text's baseline running left to right, then a shift onto the page.
        Func<PdfPoint, PdfPoint> upright = orientation switch
        {
            TextOrientation.Rotate270 => p => new PdfPoint(p.Y, width - p.X),
            TextOrientation.Rotate90 => p => new PdfPoint(height - p.Y, p.X),
            TextOrientation.Rotate180 => p => new PdfPoint(width - p.X, height - p.Y),
            _ => p => p,
        };
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != orientation) continue;
            var (start, end) = (upright(letter.StartBaseLine), upright(letter.EndBaseLine));
            glyphs.Add(new PdfGlyph(letter.Value, start.X, end.X, start.Y, SizeOf(letter), FaceOf(letter.FontName)));
        }
        var turned = orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;
        return (glyphs, upright, turned ? width : height);
    }

    /// <summary>The size a letter is set in: its font size, or its glyph's extent where the PDF scales the text another way.</summary>
    private static double SizeOf(Letter letter) =>
        letter.PointSize >= 1 ? letter.PointSize : Math.Max(1, Math.Min(letter.BoundingBox.Height, letter.BoundingBox.Width));

    private static string FaceOf(string? font)
    {
        if (string.IsNullOrEmpty(font)) return "";
        var plus = font.IndexOf('+');
        return plus is 6 ? font[7..] : font;
    }
}
