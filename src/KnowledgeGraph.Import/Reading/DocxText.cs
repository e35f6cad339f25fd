using System.IO.Compression;
using System.Text;
using System.Xml;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A Word document (.docx) as a plan's text, laid out as the DOCX extractions the importer reads
/// (绿园区's file): one line per paragraph; bookmarks where they stand as <c>[bookmark: …]</c>, a
/// heading's table-of-contents ones (_Toc…) being how such headings are known; a table's cells one per line, each
/// after a tab, a cell's further paragraphs on lines of their own, and a blank line after each row.
/// A line's number is its paragraph's place in the document (a table cell's paragraphs counted too),
/// which provenance gives: line 12 is the twelfth paragraph. The numbers Word prints before numbered
/// headings and list items (第一章, （一）) are given as printed (<see cref="DocxNumbering"/>), and a paragraph Word
/// styles as a heading is marked with its outline level, <c>[outline: 1]</c> for the top (<see cref="DocxStyles"/>);
/// fields' codes, text boxes, deleted revisions, headers and footnotes are not the plan's text here.
/// </summary>
public static class DocxText
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>A document part larger than this is no plan (a plan's runs to a few MB): read no further.</summary>
    public const long MaxDocumentBytes = 256L << 20;

    /// <summary>Whether <paramref name="bytes"/> open as a ZIP archive, as a .docx does.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    public static SourceDocument Read(string fileName, byte[] bytes)
    {
        // A Word document is a ZIP archive; a .doc from Word 97–2003 renamed, or text, is not.
        if (!IsZip(bytes)) throw new PlanInputException(fileName, null, "not a Word document (.docx files are ZIP archives): save it from Word as .docx, or as text (.txt)");
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var part = MainPart(archive) ?? throw new PlanInputException(fileName, null, "a ZIP archive without a Word document part (word/document.xml): not a .docx");
            if (part.Length > MaxDocumentBytes)
            {
                throw new PlanInputException(fileName, null, $"the document part is {part.Length:N0} bytes unpacked (at most {MaxDocumentBytes:N0} are read): not a plan document");
            }
            var (numbering, styles) = Formatting(archive, part);
            using var stream = part.Open();
            var (lines, numbers) = Lines(stream, numbering, styles);
            return new SourceDocument(fileName, lines) { LineNumbers = numbers, StoredTitle = StoredTitle(archive) };
        }
        catch (InvalidDataException e)
        {
            throw new PlanInputException(fileName, null, $"not a readable .docx ({e.Message})");
        }
        catch (XmlException e)
        {
            throw new PlanInputException(fileName, null, $"not a readable .docx: a part of it is not well-formed XML (line {e.LineNumber}: {e.Message})");
        }
    }

    /// <summary>The title the document's core properties store (dc:title), when it stores one.</summary>
    private static string? StoredTitle(ZipArchive archive)
    {
        if (archive.GetEntry("docProps/core.xml") is not { } core) return null;
        using var stream = core.Open();
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && reader.NamespaceURI == "http://purl.org/dc/elements/1.1/")
            {
                var title = reader.ReadElementContentAsString().Trim();
                return title.Length > 0 ? title : null;
            }
        }
        return null;
    }

    /// <summary>The part the package names as its main document, else word/document.xml.</summary>
    private static ZipArchiveEntry? MainPart(ZipArchive archive)
    {
        if (archive.GetEntry("_rels/.rels") is { } rels)
        {
            using var stream = rels.Open();
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Type")?.EndsWith("/officeDocument", StringComparison.Ordinal) == true
                    && reader.GetAttribute("Target") is { } target)
                {
                    if (archive.GetEntry(target.TrimStart('/')) is { } named) return named;
                    break;
                }
            }
        }
        return archive.GetEntry("word/document.xml");
    }

    /// <summary>The document's numbering definitions and styles, from the parts its relationships name (else where Word puts them).</summary>
    private static (DocxNumbering Numbering, DocxStyles Styles) Formatting(ZipArchive archive, ZipArchiveEntry document)
    {
        var folder = document.FullName.Contains('/') ? document.FullName[..(document.FullName.LastIndexOf('/') + 1)] : "";
        var rels = archive.GetEntry(folder + "_rels/" + document.FullName[folder.Length..] + ".rels");
        string? numbering = null, styles = null;
        if (rels is not null)
        {
            using var stream = rels.Open();
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.GetAttribute("Target") is not { } target) continue;
                var path = target.StartsWith('/') ? target[1..] : folder + target;
                var type = reader.GetAttribute("Type") ?? "";
                if (type.EndsWith("/numbering", StringComparison.Ordinal)) numbering = path;
                else if (type.EndsWith("/styles", StringComparison.Ordinal)) styles = path;
            }
        }
        using var stylesStream = archive.GetEntry(styles ?? folder + "styles.xml")?.Open();
        var paragraphStyles = DocxStyles.Load(stylesStream);
        using var numberingStream = archive.GetEntry(numbering ?? folder + "numbering.xml")?.Open();
        return (DocxNumbering.Load(numberingStream, paragraphStyles), paragraphStyles);
    }

    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static (List<string> Lines, List<int> Numbers) Lines(Stream stream, DocxNumbering numbering, DocxStyles styles)
    {
        var lines = new List<string>();
        var numbers = new List<int>();
        var text = new StringBuilder();
        var paragraph = 0;
        var inText = false;
        // Cells open inside one another where tables nest; each knows whether its first paragraph is out.
        var cells = new Stack<bool>();
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                // Text boxes and shapes, in the forms Word writes for other readers: not the plan's text.
                case XmlNodeType.Element when reader.NamespaceURI == Compatibility && reader.LocalName == "AlternateContent":
                    if (!reader.IsEmptyElement) SkipChildren(reader);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == Word:
                    Open(reader);
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == Word:
                    Close(reader.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text.Append(reader.Value);
                    break;
            }
        }
        return (lines, numbers);

        void Open(XmlReader r)
        {
            switch (r.LocalName)
            {
                case "p":
                    text.Clear();
                    paragraph++;
                    if (cells.Count > 0 && !cells.Peek())
                    {
                        text.Append('\t');
                        cells.Pop();
                        cells.Push(true);
                    }
                    if (r.IsEmptyElement) Close("p");
                    break;
                case "t":
                    inText = !r.IsEmptyElement;
                    break;
                case "tab":
                    text.Append('\t');
                    break;
                case "br" or "cr":
                    if (r.GetAttribute("type", Word) is null or "textWrapping") text.Append('\n');
                    break;
                case "noBreakHyphen":
                    text.Append('-');
                    break;
                // Word's own mark of where editing stopped (_GoBack) marks nothing of the plan.
                case "bookmarkStart" when r.GetAttribute("name", Word) is { } name && name != "_GoBack":
                    text.Append("[bookmark: ").Append(name).Append(']');
                    break;
                case "tc":
                    cells.Push(false);
                    break;
                case "pPr" when !r.IsEmptyElement:
                    var (outline, number) = Properties(r, numbering, styles);
                    // A heading's outline level, outside tables: the reader's own mark, which the importer reads as bookmarks are read.
                    if (outline is { } level && cells.Count == 0) text.Append(SourceDocument.OutlineMarker).Append((char)('1' + level)).Append(']');
                    // The number Word prints before the paragraph's text, which the text does not hold.
                    text.Append(number);
                    break;
                // What the document does not print as its text: a run's properties, deleted and moved-away revisions,
                // field codes, drawings and text boxes (their paragraphs sit inside a run).
                case "rPr" or "del" or "moveFrom" or "instrText" or "drawing" or "pict" or "object" or "footnoteReference" or "endnoteReference":
                    if (!r.IsEmptyElement) SkipChildren(r);
                    break;
            }
        }

        void Close(string name)
        {
            switch (name)
            {
                case "t":
                    inText = false;
                    break;
                case "p":
                    foreach (var line in WithoutTitleOutline(text.ToString()).Split('\n'))
                    {
                        lines.Add(line);
                        numbers.Add(paragraph);
                    }
                    text.Clear();
                    break;
                case "tc":
                    // A cell without a paragraph of its own text still stands in its row.
                    if (cells.Pop() is false)
                    {
                        lines.Add("\t");
                        numbers.Add(paragraph);
                    }
                    break;
                case "tr":
                    lines.Add("");
                    numbers.Add(paragraph);
                    break;
            }
        }
    }

    /// <summary>The plan's own title, styled as a heading (标题 1), is its title, not a heading of its outline.</summary>
    internal static string WithoutTitleOutline(string paragraph) =>
        paragraph.StartsWith(SourceDocument.OutlineMarker, StringComparison.Ordinal) && Structure.PlanTitles.ReadsAsTitle(paragraph.TrimEnd())
            ? paragraph[(SourceDocument.OutlineMarker.Length + 2)..]
            : paragraph;

    /// <summary>
    /// Reads a paragraph's properties to their end (a tab stop is a w:tab there, not a tab): its outline
    /// level (0 for the top, null for body text), and the number its numbering prints, or null — each its
    /// own, else its style's.
    /// </summary>
    private static (int? Outline, string? Number) Properties(XmlReader reader, DocxNumbering numbering, DocxStyles styles)
    {
        var depth = reader.Depth;
        string? style = null, numId = null;
        int? level = null, outline = null;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Word) continue;
            switch (reader.LocalName)
            {
                // A paragraph mark's run properties and a revision's earlier properties are not this paragraph's numbering.
                case "rPr" or "pPrChange" when !reader.IsEmptyElement:
                    SkipChildren(reader);
                    break;
                case "pStyle":
                    style = reader.GetAttribute("val", Word);
                    break;
                case "numId":
                    numId = reader.GetAttribute("val", Word);
                    break;
                case "ilvl":
                    level = DocxStyles.Integer(reader.GetAttribute("val", Word)) ?? 0;
                    break;
                case "outlineLvl":
                    outline = DocxStyles.Integer(reader.GetAttribute("val", Word));
                    break;
            }
        }
        outline ??= style is null ? null : styles.Outline(style);
        return (outline is >= 0 and < 9 ? outline : null, numbering.Next(style, numId, level));
    }

    /// <summary>Moves past an element's children, leaving the reader on its end element (which the loop then reads past).</summary>
    private static void SkipChildren(XmlReader reader)
    {
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
        }
    }
}
