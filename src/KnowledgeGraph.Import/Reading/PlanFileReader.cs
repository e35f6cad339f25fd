using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// The read pass: bytes → <see cref="SourceDocument"/>. Plans are UTF-8; a GB18030/GBK file is
/// recognised and converted (the conversion is recorded), anything else that is not text is
/// rejected with the file and line at fault.
/// </summary>
public static class PlanFileReader
{
    /// <summary>Longer lines are not prose from a plan: a plan paragraph runs to a few thousand characters.</summary>
    public const int MaxLineLength = 100_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PlanFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SourceDocument Read(string path) => Read(Path.GetFileName(path), File.ReadAllBytes(path));

    public static SourceDocument Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) throw new PlanInputException(fileName, null, "the file is empty");
        CheckNotBinary(fileName, bytes);

        var (text, convertedFrom) = Decode(fileName, bytes);
        var document = SourceDocument.FromText(fileName, text, convertedFrom);
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].Length > MaxLineLength)
            {
                throw new PlanInputException(fileName, i + 1,
                    $"the line is {document.Lines[i].Length:N0} characters long (at most {MaxLineLength:N0} are accepted): this is not a plan document");
            }
        }
        if (document.Lines.All(string.IsNullOrWhiteSpace))
        {
            throw new PlanInputException(fileName, null, "the file holds only white space");
        }
        return document;
    }

    private static void CheckNotBinary(string fileName, ReadOnlySpan<byte> bytes)
    {
        // UTF-16 text is full of NUL bytes but announces itself with a byte-order mark.
        if (HasUtf16Bom(bytes)) return;
        var line = 1;
        var controls = 0;
        var sample = bytes[..Math.Min(bytes.Length, 1 << 16)];
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == (byte)'\n') line++;
            if (b == 0)
            {
                throw new PlanInputException(fileName, line, $"binary content (a NUL byte at offset {i}): not a text file");
            }
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0c)) controls++;
        }
        if (controls * 100 > sample.Length)
        {
            throw new PlanInputException(fileName, null, $"binary content ({controls} control bytes in the first {sample.Length} bytes): not a text file");
        }
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static (string Text, string? ConvertedFrom) Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE");
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE");

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : FirstInvalidUtf8(bytes);
            if (LooksLikeGb18030(bytes, out var converted)) return (converted, "GB18030");
            var line = offset < 0 ? (int?)null : LineOf(bytes, offset);
            throw new PlanInputException(fileName, line,
                "the text is neither UTF-8 nor GB18030/GBK: save the file as UTF-8 and import again");
        }
    }

    /// <summary>
    /// GB18030 accepts almost any byte string, so a successful decode proves little; Chinese plan
    /// text decodes to mostly CJK ideographs and punctuation, while other encodings (Big5, Latin-1,
    /// Shift-JIS) decode to a spray of rare characters and replacement marks.
    /// </summary>
    private static bool LooksLikeGb18030(ReadOnlySpan<byte> bytes, out string text)
    {
        var gb = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        text = gb.GetString(bytes);
        int nonAscii = 0, common = 0, replaced = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (c == '\uFFFD') replaced++;
            else if (c is >= '\u4E00' and <= '\u9FA5' || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF' || c is '“' or '”' or '—' or '…') common++;
        }
        return nonAscii > 0 && replaced == 0 && common * 10 >= nonAscii * 9;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : -1;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        foreach (var b in bytes[..Math.Min(offset, bytes.Length)])
        {
            if (b == (byte)'\n') line++;
        }
        return line;
    }
}
