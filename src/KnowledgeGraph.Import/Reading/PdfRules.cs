using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace KnowledgeGraph.Import.Reading;

/// <summary>A straight rule drawn on a page: a table's border between two cells. Vertical rules have one X, horizontal ones one Y.</summary>
internal readonly record struct PdfRule(bool Vertical, double At, double From, double To);

/// <summary>
/// The rules a page draws: stroked lines and thin filled bars, and the edges of stroked rectangles
/// (a cell's border box). Clipping paths and fills wider than a rule (shading) are none. Turned
/// upright as the page's letters are (<see cref="PdfGlyphs"/>).
/// </summary>
internal static class PdfRules
{
    /// <summary>Thicker than this is a shaded area, not a rule.</summary>
    private const double MaxThickness = 2;

    /// <summary>Shorter than this is a mark (a bullet, an underline's dash), not a border.</summary>
    private const double MinLength = 4;

    public static List<PdfRule> Of(Page page, Func<PdfPoint, PdfPoint> upright)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } drawn) continue;
                var (a, b) = (upright(drawn.BottomLeft), upright(drawn.TopRight));
                Add(rules, new PdfRectangle(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y)),
                    path.IsStroked && subpath.IsDrawnAsRectangle);
            }
        }
        return rules;
    }

    /// <summary>The rules a drawn shape makes, from its bounding box: one where it is thin, four where it is a stroked rectangle.</summary>
    public static void Add(List<PdfRule> rules, PdfRectangle box, bool strokedRectangle)
    {
        if (box.Width <= MaxThickness && box.Height >= MinLength) rules.Add(new PdfRule(true, box.Centroid.X, box.Bottom, box.Top));
        else if (box.Height <= MaxThickness && box.Width >= MinLength) rules.Add(new PdfRule(false, box.Centroid.Y, box.Left, box.Right));
        else if (strokedRectangle && box.Width >= MinLength && box.Height >= MinLength)
        {
            rules.Add(new PdfRule(true, box.Left, box.Bottom, box.Top));
            rules.Add(new PdfRule(true, box.Right, box.Bottom, box.Top));
            rules.Add(new PdfRule(false, box.Bottom, box.Left, box.Right));
            rules.Add(new PdfRule(false, box.Top, box.Left, box.Right));
        }
    }
}
