namespace KnowledgeGraph.Graph;

/// <summary>
/// What a provenance's line numbers count in the file it names: the importer reads a PDF or an OFD by its pages and
/// a Word document (.docx, .doc, .wps, .rtf) and a single-file web page (.mht) by its paragraphs; any other plan file (text, a web page's source) by its lines.
/// </summary>
public static class LineUnits
{
    public const string Line = "LINE";
    public const string Paragraph = "PARAGRAPH";
    public const string Page = "PAGE";

    public static string Of(string file) =>
        file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ofd", StringComparison.OrdinalIgnoreCase) ? Page
        : IsWordDocument(file) ? Paragraph
        : Line;

    private static bool IsWordDocument(string file) =>
        file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".doc", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".wps", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".rtf", StringComparison.OrdinalIgnoreCase)
        // A single-file web page: its page's paragraphs, as its encoded lines are no text.
        || file.EndsWith(".mht", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".mhtml", StringComparison.OrdinalIgnoreCase);
}
