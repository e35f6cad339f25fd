using System.Globalization;
using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig.Core;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// An OFD page's objects as the layout reading takes a PDF's: a text object's letters, each where it is
/// drawn, and the rules a path object draws. An object's coordinates are its own: its transformation
/// (CTM) maps them into its boundary box, whose corner stands on the page; page coordinates run down
/// from the top in millimetres, and are turned into points measured up from the bottom, as a PDF's are.
/// </summary>
internal static class OfdObjects
{
    /// <summary>A letter where it is drawn (points, up from the page's bottom), and how its text is turned: 0, 90 (running down the page), 180 or 270 (running up).</summary>
    public readonly record struct Letter(string Value, PdfPoint Start, PdfPoint End, double Size, string Face, int Turn);

    /// <summary>A shape a path object draws, by its bounding box, and whether it is a stroked rectangle.</summary>
    public readonly record struct Shape(PdfRectangle Box, bool StrokedRectangle);

    /// <summary>A text object's letters: each TextCode's characters from its position, one advance (DeltaX, DeltaY) after another.</summary>
    public static void Text(XElement text, double pageHeight, (string Face, bool Bold) font, List<Letter> letters)
    {
        var place = Placement.Of(text, pageHeight);
        var turn = place.Turn;
        // A text object without a size (the standard requires one) is taken as body text, 10.5 points (五号).
        var size = OfdText.Numbers(text.Attribute("Size")?.Value) is [var s] && s > 0 ? s : 3.7;
        // Weight 700 or more, as OFD writes bold, or a bold font: the layout reading tells a bold face by its name.
        var bold = font.Bold || (int.TryParse(text.Attribute("Weight")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) && weight >= 600);
        var face = bold && !font.Face.Contains("Bold", StringComparison.OrdinalIgnoreCase) ? font.Face + "-Bold" : font.Face;
        var points = Math.Round(OfdText.ToPoints(size * place.Scale), 2);
        double x = 0, y = 0;
        foreach (var code in text.Elements().Where(e => e.Name.LocalName == "TextCode"))
        {
            // A TextCode without a position continues where the one before it left off.
            if (code.Attribute("X")?.Value is { } codeX) x = OfdText.Number(codeX);
            if (code.Attribute("Y")?.Value is { } codeY) y = OfdText.Number(codeY);
            var (dx, dy) = (Advances(code.Attribute("DeltaX")?.Value), Advances(code.Attribute("DeltaY")?.Value));
            var runes = code.Value.EnumerateRunes().ToList();
            for (var i = 0; i < runes.Count; i++)
            {
                var value = runes[i].ToString();
                // OFD gives where letters start, not how wide they are: an advance of up to an em is the letter's own
                // width; a longer one (to a table's next column), and the last letter's, is a letter's width and a gap
                // after it, as the layout reading finds between words and cells.
                var natural = size * Width(runes[i]);
                var advance = i < dx.Count ? dx[i] : natural;
                var (start, end) = (place.Point(x, y), place.Point(x + (advance <= size ? advance : natural), y));
                letters.Add(new Letter(value, start, end, points, face, turn));
                x += advance;
                if (i < dy.Count) y += dy[i];
            }
        }
    }

    /// <summary>
    /// About how wide a letter is, in ems: a CJK letter, and a symbol or punctuation mark a Chinese font sets full
    /// width (℃, “, —), as wide as it is high; a capital (M, W) up to an em, taken wide, so that no space is read
    /// inside a word a font change ends (SMART, C2M模式); other letters and digits about half an em.
    /// </summary>
    private static double Width(Rune letter) =>
        letter.Value >= 0x2000 ? 1 : Rune.IsUpper(letter) || letter.Value is 'm' or 'w' ? 0.95 : 0.6;

    /// <summary>The rules a path object draws: each stroked line, thin filled bar or stroked rectangle of its outline.</summary>
    public static void Path(XElement path, double pageHeight, List<Shape> shapes)
    {
        var place = Placement.Of(path, pageHeight);
        var stroked = path.Attribute("Stroke")?.Value != "false";
        var filled = path.Attribute("Fill")?.Value == "true";
        if (!stroked && !filled) return;
        var data = OfdText.Child(path, "AbbreviatedData")?.Value;
        foreach (var (points, closed) in Subpaths(data))
        {
            var page = points.Select(p => place.Point(p.X, p.Y)).ToList();
            var (left, right) = (page.Min(p => p.X), page.Max(p => p.X));
            var (bottom, top) = (page.Min(p => p.Y), page.Max(p => p.Y));
            // A rectangle: four corners (a fifth back at the first), each side along an axis.
            var corners = closed && page.Count is 4 or 5 && page.All(p => Near(p.X, left) || Near(p.X, right)) && page.All(p => Near(p.Y, bottom) || Near(p.Y, top));
            shapes.Add(new Shape(new PdfRectangle(left, bottom, right, top), stroked && corners));
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.01;

    /// <summary>
    /// The subpaths of an outline in OFD's abbreviated path syntax: M (move), L (line), Q and B (curves, by
    /// their end points and control points), A (arc, by its end point), C (close); S starts a shape as M does.
    /// </summary>
    private static List<(List<(double X, double Y)> Points, bool Closed)> Subpaths(string? data)
    {
        var subpaths = new List<(List<(double, double)>, bool)>();
        if (data is null) return subpaths;
        var tokens = data.Split((char[])[' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries);
        List<(double, double)>? current = null;
        var closed = false;
        for (var i = 0; i < tokens.Length;)
        {
            var command = tokens[i++];
            var operands = command switch { "M" or "S" or "L" => 2, "Q" => 4, "B" => 6, "A" => 7, "C" => 0, _ => -1 };
            if (operands < 0 || i + operands > tokens.Length) throw new FormatException($"a path's outline has “{command}” where a command and its points belong");
            var numbers = tokens[i..(i + operands)].Select(OfdText.Number).ToArray();
            i += operands;
            if (command is "M" or "S")
            {
                if (current is { Count: > 0 }) subpaths.Add((current, closed));
                (current, closed) = ([], false);
            }
            if (command == "C")
            {
                closed = true;
                continue;
            }
            current ??= [];
            for (var k = 0; k + 1 < numbers.Length; k += 2)
            {
                // An arc's first five numbers are its radii, angle and flags: only its end point places it.
                if (command == "A" && k < 5) k = 5;
                current.Add((numbers[k], numbers[k + 1]));
            }
        }
        if (current is { Count: > 0 }) subpaths.Add((current, closed));
        return subpaths;
    }

    /// <summary>Advances: numbers, where “g 3 4.2” stands for 4.2 three times.</summary>
    private static List<double> Advances(string? text)
    {
        var advances = new List<double>();
        if (text is null) return advances;
        var tokens = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] == "g" && i + 2 < tokens.Length)
            {
                var count = int.Parse(tokens[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture);
                var advance = OfdText.Number(tokens[i + 2]);
                // A repeat longer than any line of a page is a damaged file's.
                if (count is < 0 or > 10_000) throw new FormatException($"an advance repeated {count} times");
                advances.AddRange(Enumerable.Repeat(advance, count));
                i += 2;
            }
            else
            {
                advances.Add(OfdText.Number(tokens[i]));
            }
        }
        return advances;
    }

    /// <summary>Where an object's coordinates fall on the page: its transformation, then its boundary's corner; and how much it scales sizes.</summary>
    private sealed record Placement(double A, double B, double C, double D, double E, double F, double Left, double Top, double PageHeight)
    {
        public double Scale => Math.Sqrt(Math.Abs(A * D - B * C));

        /// <summary>
        /// How the object's text runs on the page: its x axis drawn across (0), down the page (90, a landscape table
        /// printed onto a portrait page), backwards (180) or up (270).
        /// </summary>
        public int Turn => Math.Abs(A) >= Math.Abs(B) ? (A >= 0 ? 0 : 180) : (B > 0 ? 90 : 270);

        public static Placement Of(XElement element, double pageHeight)
        {
            var box = OfdText.Box(element.Attribute("Boundary")?.Value) ?? (0, 0, 0, 0);
            var m = OfdText.Numbers(element.Attribute("CTM")?.Value);
            return m.Count == 6
                ? new Placement(m[0], m[1], m[2], m[3], m[4], m[5], box.X, box.Y, pageHeight)
                : new Placement(1, 0, 0, 1, 0, 0, box.X, box.Y, pageHeight);
        }

        /// <summary>A point of the object, in points on the page measured from its bottom left.</summary>
        public PdfPoint Point(double x, double y)
        {
            var (pageX, pageY) = (Left + A * x + C * y + E, Top + B * x + D * y + F);
            return new PdfPoint(OfdText.ToPoints(pageX), OfdText.ToPoints(PageHeight - pageY));
        }
    }
}
