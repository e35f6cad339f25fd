using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A Rich Text Format document — an .rtf, or the .doc many sites serve that is RTF inside — as a plan's
/// text, laid out line for line as <see cref="DocxText"/> lays out a .docx: a paragraph to a line
/// (a line's number its paragraph's place), bookmarks as <c>[bookmark: …]</c>, a paragraph's outline
/// level (its own or its style's) as <c>[outline: 1]</c>, a table's cells one to a line after a tab and
/// a blank line after each row, the numbers of numbered paragraphs as the document prints them (its
/// list text). Text in a code page (GBK's \'hh pairs) and in \u escapes is decoded; fonts, colours,
/// pictures, headers, footers, footnotes, field codes and destinations a reader may ignore are not text.
/// </summary>
public static class RtfText
{
    /// <summary>Groups nest no deeper than this in a document; deeper is a damaged file's.</summary>
    internal const int MaxDepth = 512;

    static RtfText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether <paramref name="bytes"/> begin as an RTF document does.</summary>
    public static bool IsRtf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("{\\rtf"u8);

    public static SourceDocument Read(string fileName, byte[] bytes)
    {
        if (!IsRtf(bytes)) throw new PlanInputException(fileName, null, "not an RTF document (it does not begin with {\\rtf)");
        var reader = new RtfReader(bytes);
        try
        {
            reader.Run();
        }
        catch (InvalidDataException e)
        {
            throw new PlanInputException(fileName, null, $"not a readable RTF document ({e.Message})");
        }
        var title = reader.Title.Trim();
        return new SourceDocument(fileName, reader.Lines) { LineNumbers = reader.Numbers, StoredTitle = title.Length > 0 ? title : null };
    }
}
