namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A plan file as read: its name under import/plans, its decoded text split into the lines of
/// the file as shipped (index 0 is line 1), and the encoding it was converted from, if any.
/// </summary>
public sealed record SourceDocument(string FileName, IReadOnlyList<string> Lines, string? ConvertedFrom = null)
{
    /// <summary>
    /// The file's line each of <see cref="Lines"/> was printed on, where they are not the file's own lines
    /// one for one (an HTML table's rows, <see cref="HtmlTables"/>); null where they are.
    /// </summary>
    public IReadOnlyList<int>? LineNumbers { get; init; }

    /// <summary>
    /// How the Word document and web page readers mark a heading's outline level (1 for the top) at the start of its
    /// line, [outline: 1]: not text of the document, read off by <see cref="Normalising.LineCleaner"/>.
    /// </summary>
    public const string OutlineMarker = "[outline: ";

    /// <summary>
    /// What the file was read as where its name says otherwise (a .doc that is a web page inside: “a web page”), for the
    /// note that tells the user; null where the name says what it is.
    /// </summary>
    public string? ReadAs { get; init; }

    /// <summary>The title a Word document's properties (docProps/core.xml) or a web page's title store, which the text may not print; null for text files.</summary>
    public string? StoredTitle { get; init; }

    public static SourceDocument FromText(string fileName, string text, string? convertedFrom = null) =>
        new(fileName, SplitLines(text), convertedFrom);

    /// <summary>A document from valid UTF-8: line breaks are single bytes there, so the bytes are split as text is.</summary>
    public static SourceDocument FromUtf8(string fileName, ReadOnlySpan<byte> bytes) =>
        new(fileName, Split(bytes, (byte)'\n', (byte)'\r', static line => System.Text.Encoding.UTF8.GetString(line)));

    /// <summary>Splits on \n, \r\n and \r the way editors number lines.</summary>
    public static IReadOnlyList<string> SplitLines(string text) =>
        Split(text.AsSpan(), '\n', '\r', static line => line.ToString());

    private delegate string LineText<T>(ReadOnlySpan<T> line);

    private static List<string> Split<T>(ReadOnlySpan<T> text, T lineFeed, T carriageReturn, LineText<T> lineText)
        where T : IEquatable<T>
    {
        // Made the right length at once (a file ends its lines with \n or \r\n; one ending them with \r alone
        // grows the list as it goes): a large file's list is a large array, and its doublings left 47 MB
        // of them behind at 100×.
        var lines = new List<string>(text.Count(lineFeed) + 1);
        while (true)
        {
            var end = text.IndexOfAny(lineFeed, carriageReturn);
            if (end < 0) break;
            lines.Add(lineText(text[..end]));
            var crlf = text[end].Equals(carriageReturn) && end + 1 < text.Length && text[end + 1].Equals(lineFeed);
            text = text[(end + (crlf ? 2 : 1))..];
        }
        if (text.Length > 0) lines.Add(lineText(text));
        return lines;
    }
}
