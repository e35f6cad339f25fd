namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A plan file as read: its name under import/plans, its decoded text split into the lines of
/// the file as shipped (index 0 is line 1), and the encoding it was converted from, if any.
/// </summary>
public sealed record SourceDocument(string FileName, IReadOnlyList<string> Lines, string? ConvertedFrom = null)
{
    public static SourceDocument FromText(string fileName, string text, string? convertedFrom = null) =>
        new(fileName, SplitLines(text), convertedFrom);

    /// <summary>A document from valid UTF-8, split as <see cref="SplitLines"/> splits text (line breaks are single bytes in UTF-8).</summary>
    public static SourceDocument FromUtf8(string fileName, ReadOnlySpan<byte> bytes)
    {
        var lines = new List<string>();
        while (true)
        {
            var end = bytes.IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0) break;
            lines.Add(System.Text.Encoding.UTF8.GetString(bytes[..end]));
            var next = end + (bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? 2 : 1);
            bytes = bytes[next..];
        }
        if (bytes.Length > 0) lines.Add(System.Text.Encoding.UTF8.GetString(bytes));
        return new SourceDocument(fileName, lines);
    }

    /// <summary>Splits on \n, \r\n and \r the way editors number lines.</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }
}
