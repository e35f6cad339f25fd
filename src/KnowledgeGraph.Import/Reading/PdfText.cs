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
            return PrintedPages.Read(fileName, "PDF", pages, rules, heights) with { StoredTitle = StoredTitle(document.Information.Title) };
        }
    }

    /// <summary>The title stored in the PDF's properties, without what a converting program adds (Microsoft Word - ….docx).</summary>
    internal static string? StoredTitle(string? title)
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
