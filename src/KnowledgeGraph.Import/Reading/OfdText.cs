using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig.Core;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// An OFD document (GB/T 33190, the layout format Chinese government documents are published in) read
/// as a PDF is (<see cref="PdfText"/>): its pages' text objects give letters where each is drawn, its
/// path objects the rules of its tables, its fonts the faces headings are told by, and the pages go
/// through the same layout reading (<see cref="PrintedPages"/>): a line's number is its page. Text
/// objects are placed by their boundary and transformation, each letter by its TextCode's position and
/// the advances after it (DeltaX, with its “g count advance” repeats), a page printed turned read upright; a page's template (letterhead,
/// page number) is not read, images are not, and an OFD whose text objects hold no text (a scan) is
/// rejected. The title its DocInfo stores names a plan its text does not.
/// </summary>
public static class OfdText
{
    /// <summary>OFD measures in millimetres; the layout reading measures in points, as a PDF does.</summary>
    private const double Points = 72 / 25.4;

    /// <summary>A page's part larger than this is no plan's page: read no further.</summary>
    private const long MaxPartBytes = 64L << 20;

    private static readonly (double Width, double Height) A4 = (210, 297);

    private sealed record Font(string Face, bool Bold);

    public static SourceDocument Read(string fileName, byte[] bytes)
    {
        if (!DocxText.IsZip(bytes)) throw new PlanInputException(fileName, null, "not an OFD document (OFD files are ZIP archives): save it as PDF or text (.txt)");
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var root = Load(archive, "OFD.xml") ?? throw new PlanInputException(fileName, null, "a ZIP archive without OFD.xml: not an OFD document");
            var body = Child(root.Root, "DocBody");
            var documentPath = Child(body, "DocRoot")?.Value.Trim().TrimStart('/') ?? throw new PlanInputException(fileName, null, "OFD.xml names no document (DocRoot)");
            var document = Load(archive, documentPath) ?? throw new PlanInputException(fileName, null, $"the document OFD.xml names, {documentPath}, is not in the file");
            var folder = documentPath.Contains('/') ? documentPath[..(documentPath.LastIndexOf('/') + 1)] : "";
            var common = Child(document.Root, "CommonData");
            var pageBox = Box(Child(Child(common, "PageArea"), "PhysicalBox")?.Value) ?? (0, 0, A4.Width, A4.Height);
            var fonts = Fonts(archive, folder, common);
            var pages = new List<PdfLine[]>();
            var rules = new Dictionary<int, List<PdfRule>>();
            var heights = new List<double>();
            foreach (var page in Descendants(Child(document.Root, "Pages"), "Page"))
            {
                var number = pages.Count + 1;
                var location = page.Attribute("BaseLoc")?.Value ?? throw new PlanInputException(fileName, number, $"page {number} of the OFD names no content (BaseLoc)");
                var content = Load(archive, Resolve(folder, location)) ?? throw new PlanInputException(fileName, number, $"page {number}'s content, {location}, is not in the file");
                var box = Box(Child(Child(content.Root, "Area"), "PhysicalBox")?.Value) ?? pageBox;
                var (glyphs, pageRules, height) = Objects(Child(content.Root, "Content"), (box.Width, box.Height), fonts);
                pages.Add(PdfLines.Of(glyphs, number));
                rules[number] = pageRules;
                heights.Add(height);
            }
            var title = Child(Child(body, "DocInfo"), "Title")?.Value;
            return PrintedPages.Read(fileName, "OFD", pages, rules, heights) with { StoredTitle = PdfText.StoredTitle(title) };
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException)
        {
            throw new PlanInputException(fileName, null, $"not a readable OFD ({e.Message})");
        }
        catch (XmlException e)
        {
            throw new PlanInputException(fileName, null, $"not a readable OFD: a part of it is not well-formed XML (line {e.LineNumber}: {e.Message})");
        }
    }

    /// <summary>
    /// The letters and rules of a page's layers, in the order they are drawn (blocks of objects opened where they
    /// stand), turned upright as a PDF's are (<see cref="PdfGlyphs"/>): a page whose text mostly runs down or up
    /// (a landscape table printed onto a portrait page) is read turned, and letters set another way are not read.
    /// </summary>
    private static (List<PdfGlyph> Glyphs, List<PdfRule> Rules, double Height) Objects(XElement? content, (double Width, double Height) page, Dictionary<string, Font> fonts)
    {
        var letters = new List<OfdObjects.Letter>();
        var shapes = new List<OfdObjects.Shape>();
        foreach (var element in content?.Descendants() ?? [])
        {
            switch (element.Name.LocalName)
            {
                case "TextObject":
                    OfdObjects.Text(element, page.Height, fonts.GetValueOrDefault(element.Attribute("Font")?.Value ?? "") is { } font
                        ? (font.Face, font.Bold) : ("", false), letters);
                    break;
                case "PathObject":
                    OfdObjects.Path(element, page.Height, shapes);
                    break;
            }
        }
        var turn = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).GroupBy(l => l.Turn)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault()?.Key ?? 0;
        var (width, height) = (ToPoints(page.Width), ToPoints(page.Height));
        Func<PdfPoint, PdfPoint> upright = turn switch
        {
            90 => p => new PdfPoint(height - p.Y, p.X),
            270 => p => new PdfPoint(p.Y, width - p.X),
            180 => p => new PdfPoint(width - p.X, height - p.Y),
            _ => p => p,
        };
        var glyphs = new List<PdfGlyph>(letters.Count);
        foreach (var letter in letters.Where(l => l.Turn == turn))
        {
            var (start, end) = (upright(letter.Start), upright(letter.End));
            glyphs.Add(new PdfGlyph(letter.Value, start.X, end.X, start.Y, letter.Size, letter.Face));
        }
        var rules = new List<PdfRule>();
        foreach (var shape in shapes)
        {
            var (a, b) = (upright(shape.Box.BottomLeft), upright(shape.Box.TopRight));
            PdfRules.Add(rules, new PdfRectangle(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y)), shape.StrokedRectangle);
        }
        return (glyphs, rules, turn is 90 or 270 ? width : height);
    }

    /// <summary>The fonts the document's resources declare, by ID: their names, and whether they are bold.</summary>
    private static Dictionary<string, Font> Fonts(ZipArchive archive, string folder, XElement? common)
    {
        var fonts = new Dictionary<string, Font>(StringComparer.Ordinal);
        foreach (var resource in (common?.Elements() ?? []).Where(e => e.Name.LocalName is "PublicRes" or "DocumentRes"))
        {
            if (Load(archive, Resolve(folder, resource.Value.Trim())) is not { } res) continue;
            foreach (var font in Descendants(res.Root, "Font"))
            {
                if (font.Attribute("ID")?.Value is not { } id) continue;
                var face = font.Attribute("FontName")?.Value ?? font.Attribute("FamilyName")?.Value ?? "";
                fonts.TryAdd(id, new Font(face, font.Attribute("Bold")?.Value == "true"));
            }
        }
        return fonts;
    }

    /// <summary>A part's path: absolute within the package (/Doc_0/…), or relative to the document's folder.</summary>
    private static string Resolve(string folder, string location) =>
        location.StartsWith('/') ? location.TrimStart('/') : folder + location;

    private static XDocument? Load(ZipArchive archive, string path)
    {
        if (archive.GetEntry(path) is not { } entry) return null;
        if (entry.Length > MaxPartBytes) throw new InvalidDataException($"{path} is {entry.Length:N0} bytes unpacked: not a plan's page");
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, DocxText.Settings);
        return XDocument.Load(reader);
    }

    // Elements are matched by their local names: OFD's namespace is written with prefixes, and by some writers without.
    internal static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static IEnumerable<XElement> Descendants(XElement? parent, string name) =>
        parent?.Descendants().Where(e => e.Name.LocalName == name) ?? [];

    /// <summary>A box, “x y width height” in millimetres.</summary>
    internal static (double X, double Y, double Width, double Height)? Box(string? text)
    {
        var numbers = Numbers(text);
        return numbers.Count == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : null;
    }

    internal static List<double> Numbers(string? text) =>
        text is null ? [] : [.. text.Split((char[])[' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries).Select(Number)];

    /// <summary>A finite number: a coordinate too large for a double (1e999) is a damaged file's, not a place on a page.</summary>
    internal static double Number(string text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) is var value && double.IsFinite(value) && Math.Abs(value) < 1e7
            ? value : throw new FormatException($"“{text}” is no coordinate on a page");

    internal static double ToPoints(double millimetres) => millimetres * Points;
}
