using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A PDF's text layer read as a layout-keeping text extraction prints it, the form the bundled plans
/// came in: a line per printed line, top to bottom, the words of a line spaced as printed, and a
/// table's cells placed by where they stand (runs of spaces), which the indicator table readers read
/// as aligned columns. A page's running header and footer are no text of the plan; page numbers are
/// left to the normaliser, as in any PDF extraction. Headings set larger or in a heading face are
/// marked with their outline level (<see cref="PdfHeadings"/>). A line's number is its page: the
/// provenance of a quote from a PDF gives the pages it is printed on.
/// </summary>
public static class PdfText
{
    public static SourceDocument Read(string fileName, byte[] bytes)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            // A PDF that only restricts printing or copying (an owner password, as many published plans carry) opens and is read.
            throw new PlanInputException(fileName, null, "the PDF opens only with a password: save it without one, or extract its text as .txt");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new PlanInputException(fileName, null, $"not a readable PDF ({e.Message})");
        }
        using (document)
        {
            var pages = new List<PdfLine[]>(document.NumberOfPages);
            var rules = new Dictionary<int, List<PdfRule>>();
            var heights = new List<double>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                try
                {
                    var page = document.GetPage(number);
                    var (glyphs, upright, height) = PdfGlyphs.Of(page);
                    pages.Add(PdfLines.Of(glyphs, number));
                    heights.Add(height);
                    rules[number] = PdfRules.Of(page, upright);
                }
                catch (Exception e) when (e is not OperationCanceledException and not PlanInputException)
                {
                    throw new PlanInputException(fileName, number, $"page {number} of the PDF cannot be read ({e.Message})");
                }
            }
            if (pages.All(p => p.Length == 0))
            {
                throw new PlanInputException(fileName, null,
                    "the PDF has no text layer (its pages are images, as a scan's are): recognise its text first (OCR), or extract it as .txt");
            }
            if (Undecodable(pages.SelectMany(p => p).SelectMany(l => l.Letters)))
            {
                throw new PlanInputException(fileName, null,
                    "the PDF's fonts do not say which characters they draw (its text extracts as private-use or unknown characters): recognise its text (OCR), or export the PDF again with its fonts' character maps");
            }
            var lines = PdfRunningLines.Without(pages, heights);
            var layout = PdfLayout.Of(lines);
            // Tables the page rules are read by their rules; the others by where their letters stand.
            var (tables, inTables) = PdfRuledTables.Rebuild(lines, rules);
            var (spaced, inSpaced) = PdfTables.Rebuild([.. lines.Where(l => !inTables.Contains(l))], layout);
            foreach (var (first, rows) in spaced) tables[first] = rows;
            inTables.UnionWith(inSpaced);
            // A table's header row set in bold is no heading.
            var (levels, wrapped) = PdfHeadings.Of([.. lines.Where(l => !inTables.Contains(l))], layout);
            var (text, numbers) = Printed(lines, layout, tables, inTables, levels, wrapped);
            return new SourceDocument(fileName, text) { LineNumbers = numbers, StoredTitle = StoredTitle(document.Information.Title) };
        }
    }

    /// <summary>
    /// The document's lines as printed: each table's rows in its place, a blank line before and after it and
    /// between paragraphs, headings marked with their level, a wrapped heading or title on one line; and the
    /// page of each.
    /// </summary>
    private static (List<string> Text, List<int> Numbers) Printed(
        List<PdfLine> lines, PdfLayout layout, Dictionary<PdfLine, List<(string Text, int Page)>> tables, HashSet<PdfLine> inTables,
        Dictionary<PdfLine, int> levels, HashSet<PdfLine> wrapped)
    {
        var text = new List<string>(lines.Count);
        var numbers = new List<int>(lines.Count);
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            if (tables.TryGetValue(line, out var rows))
            {
                if (text.Count > 0 && text[^1].Length > 0)
                {
                    text.Add("");
                    numbers.Add(line.Page);
                }
                foreach (var (row, page) in rows)
                {
                    text.Add(row);
                    numbers.Add(page);
                }
                text.Add("");
                numbers.Add(rows[^1].Page);
                previous = null;
            }
            if (inTables.Contains(line)) continue;
            // A heading, or a title, set larger than the body wraps at fewer characters than the body's lines, which
            // the normaliser measures wrapping by: its lines are joined here, where the page shows them wrapped.
            if (wrapped.Contains(line) || (previous is not null && layout.WrapsLarger(previous, line) && text[^1].Length > 0))
            {
                text[^1] = Normalising.Paragraph.JoinPieces(text[^1], layout.Print(line).Trim());
                previous = line;
                continue;
            }
            var level = levels.GetValueOrDefault(line);
            // Space between paragraphs larger than between lines is a blank line, as layout extractions print it;
            // lines set larger than the body (a title over two lines) stand as much farther apart.
            if (line.GapAbove > layout.ParagraphGapAbove(line, previous) && text.Count > 0 && text[^1].Length > 0)
            {
                text.Add("");
                numbers.Add(line.Page);
            }
            previous = line;
            var printed = layout.Print(line);
            text.Add(level > 0 ? SourceDocument.OutlineMarker + level + "]" + printed.TrimStart() : printed);
            numbers.Add(line.Page);
        }
        return (text, numbers);
    }

    /// <summary>
    /// Whether most of a PDF's letters are no characters (Unicode's private use area, the replacement character,
    /// control characters): a font embedded without its map to Unicode, whose text would import as noise.
    /// </summary>
    internal static bool Undecodable(IEnumerable<PdfGlyph> letters)
    {
        int all = 0, unknown = 0;
        foreach (var letter in letters)
        {
            all++;
            if (letter.Value.Any(c => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' || char.IsControl(c))) unknown++;
        }
        return unknown * 3 > all;
    }

    /// <summary>The title stored in the PDF's properties, without what a converting program adds (Microsoft Word - ….docx).</summary>
    private static string? StoredTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = title.Trim();
        const string word = "Microsoft Word - ";
        if (title.StartsWith(word, StringComparison.OrdinalIgnoreCase)) title = title[word.Length..];
        foreach (var extension in (string[])[".docx", ".doc", ".wps", ".txt"])
        {
            if (title.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) title = title[..^extension.Length];
        }
        return title.Trim() is { Length: > 0 } t ? t : null;
    }
}
