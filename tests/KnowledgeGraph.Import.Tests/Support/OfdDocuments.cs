using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace KnowledgeGraph.Import.Tests.Support;

/// <summary>
/// OFD documents for tests: a PDF's pages written out as a PDF-to-OFD converter writes them — a text
/// object per run of letters on one baseline in one font (placed by its boundary, every other one
/// through a transformation that halves its coordinates, a turned page's turned by its transformation,
/// its letters by advances with “g” repeats),
/// a path object per drawn subpath, fonts in the public resources, the title in DocInfo.
/// </summary>
public static class OfdDocuments
{
    private const double Millimetres = 25.4 / 72;

    public static byte[] FromPdf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var fonts = new Dictionary<string, int>(StringComparer.Ordinal);
        var pages = new List<string>();
        foreach (var page in document.GetPages())
        {
            var objects = new StringBuilder();
            var id = 0;
            var run = new List<Letter>();
            foreach (var letter in page.Letters)
            {
                if (run.Count > 0 && !(run[^1].FontName == letter.FontName && run[^1].PointSize == letter.PointSize && OnBaseline(run, letter)))
                {
                    Text(objects, run, page.Height, fonts, id++);
                    run.Clear();
                }
                run.Add(letter);
            }
            if (run.Count > 0) Text(objects, run, page.Height, fonts, id++);
            foreach (var path in page.Paths.Where(p => !p.IsClipping && (p.IsStroked || p.IsFilled)))
            {
                foreach (var subpath in path)
                {
                    objects.Append(CultureInfo.InvariantCulture,
                        $"""<ofd:PathObject ID="{id++}" Boundary="0 0 {page.Width * Millimetres:0.###} {page.Height * Millimetres:0.###}" Stroke="{(path.IsStroked ? "true" : "false")}" Fill="{(path.IsFilled ? "true" : "false")}"><ofd:AbbreviatedData>{Outline(subpath, page.Height)}</ofd:AbbreviatedData></ofd:PathObject>""");
                }
            }
            pages.Add($"""<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Area><ofd:PhysicalBox>0 0 {(page.Width * Millimetres).ToString("0.###", CultureInfo.InvariantCulture)} {(page.Height * Millimetres).ToString("0.###", CultureInfo.InvariantCulture)}</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="1">{objects}</ofd:Layer></ofd:Content></ofd:Page>""");
        }
        var fontList = string.Concat(fonts.Select(f =>
            $"""<ofd:Font ID="{f.Value}" FontName="{SecurityElement.Escape(f.Key)}"{(f.Key.Contains("Bold", StringComparison.OrdinalIgnoreCase) ? " Bold=\"true\"" : "")}/>"""));
        var parts = new List<(string, string)>
        {
            ("OFD.xml", $"""<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:Title>{SecurityElement.Escape(document.Information.Title ?? "")}</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"""),
            ("Doc_0/Document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{string.Concat(pages.Select((_, i) => $"<ofd:Page ID=\"{i + 1}\" BaseLoc=\"Pages/Page_{i}/Content.xml\"/>"))}</ofd:Pages></ofd:Document>"""),
            ("Doc_0/PublicRes.xml", $"""<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts>{fontList}</ofd:Fonts></ofd:Res>"""),
        };
        parts.AddRange(pages.Select((page, i) => ($"Doc_0/Pages/Page_{i}/Content.xml", page)));
        return Package(parts);
    }

    /// <summary>A ZIP archive of the parts given.</summary>
    public static byte[] Package(IEnumerable<(string Path, string Xml)> parts)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, xml) in parts)
            {
                using var writer = new StreamWriter(archive.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }
        return memory.ToArray();
    }

    /// <summary>The way a letter's text runs (a unit vector, up from the page's bottom): across, or down or up a page printed turned.</summary>
    private static (double X, double Y) Direction(Letter letter)
    {
        var (dx, dy) = (letter.EndBaseLine.X - letter.StartBaseLine.X, letter.EndBaseLine.Y - letter.StartBaseLine.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        return length < 1e-6 ? (1, 0) : (Math.Round(dx / length), Math.Round(dy / length));
    }

    /// <summary>Whether a letter continues a run: it runs the same way, on the run's baseline, after its last letter.</summary>
    private static bool OnBaseline(List<Letter> run, Letter letter)
    {
        var direction = Direction(run[0]);
        if (Direction(letter) != direction) return false;
        var (dx, dy) = (letter.StartBaseLine.X - run[0].StartBaseLine.X, letter.StartBaseLine.Y - run[0].StartBaseLine.Y);
        var across = dx * -direction.Y + dy * direction.X;
        var along = dx * direction.X + dy * direction.Y;
        var last = (run[^1].StartBaseLine.X - run[0].StartBaseLine.X) * direction.X + (run[^1].StartBaseLine.Y - run[0].StartBaseLine.Y) * direction.Y;
        return Math.Abs(across) < 0.01 && along >= last;
    }

    private static void Text(StringBuilder objects, List<Letter> run, double pageHeight, Dictionary<string, int> fonts, int id)
    {
        var size = run[0].PointSize * Millimetres;
        var (left, top) = (run[0].StartBaseLine.X * Millimetres, (pageHeight - run[0].StartBaseLine.Y) * Millimetres);
        // Every other run is drawn at twice its coordinates and halved by its transformation, which also turns a
        // turned page's text the way it runs (the page's y axis points down).
        var scale = id % 2 == 0 ? 1 : 2;
        var (x, y) = Direction(run[0]);
        var (a, b) = (x / scale, -y / scale);
        var advances = new List<double>();
        for (var i = 1; i < run.Count; i++)
        {
            var along = (run[i].StartBaseLine.X - run[i - 1].StartBaseLine.X) * x + (run[i].StartBaseLine.Y - run[i - 1].StartBaseLine.Y) * y;
            advances.Add(along * Millimetres * scale);
        }
        var font = fonts.TryGetValue(run[0].FontName ?? "", out var known) ? known : fonts[run[0].FontName ?? ""] = fonts.Count + 1;
        var ctm = (a, b) == (1, 0) ? "" : string.Create(CultureInfo.InvariantCulture, $" CTM=\"{a} {b} {-b} {a} 0 0\"");
        objects.Append(CultureInfo.InvariantCulture,
            $"""<ofd:TextObject ID="{id}" Boundary="{left:0.####} {top:0.####} {size * run.Count:0.####} {size * 1.5:0.####}"{ctm} Font="{font}" Size="{size * scale:0.####}"><ofd:TextCode X="0" Y="0" DeltaX="{Advances(advances)}">{SecurityElement.Escape(string.Concat(run.Select(l => l.Value)))}</ofd:TextCode></ofd:TextObject>""");
    }

    /// <summary>Advances as OFD writes them: a run of one advance three times or more as “g count advance”.</summary>
    private static string Advances(List<double> advances)
    {
        var text = new List<string>();
        for (var i = 0; i < advances.Count;)
        {
            var value = advances[i].ToString("0.####", CultureInfo.InvariantCulture);
            var same = 1;
            while (i + same < advances.Count && advances[i + same].ToString("0.####", CultureInfo.InvariantCulture) == value) same++;
            text.Add(same >= 3 ? $"g {same} {value}" : string.Join(' ', Enumerable.Repeat(value, same)));
            i += same;
        }
        return string.Join(' ', text);
    }

    private static string Outline(PdfSubpath subpath, double pageHeight)
    {
        string Point(PdfPoint p) => string.Create(CultureInfo.InvariantCulture, $"{p.X * Millimetres:0.####} {(pageHeight - p.Y) * Millimetres:0.####}");
        var commands = new List<string>();
        foreach (var command in subpath.Commands)
        {
            commands.Add(command switch
            {
                PdfSubpath.Move move => "M " + Point(move.Location),
                PdfSubpath.Line line => "L " + Point(line.To),
                PdfSubpath.BezierCurve curve => "L " + Point(curve.EndPoint),
                PdfSubpath.Close => "C",
                _ => "",
            });
        }
        return string.Join(' ', commands.Where(c => c.Length > 0));
    }
}
