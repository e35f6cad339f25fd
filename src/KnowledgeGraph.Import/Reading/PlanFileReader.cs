using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// The read pass: bytes → <see cref="SourceDocument"/>. Plans are UTF-8 text, PDFs with a text layer
/// (<see cref="PdfText"/>), OFD documents (<see cref="OfdText"/>), Word documents (<see cref="DocxText"/>, Word 97–2003's by <see cref="DocText"/>, RTF by <see cref="RtfText"/>; a Word document is read as what its bytes are, whatever its name says) or saved web pages (<see cref="HtmlText"/>, a single-file one by <see cref="MhtText"/>); a GB18030/GBK file is
/// recognised and converted (the conversion is recorded), anything else that is not text is
/// rejected with the file and line at fault.
/// </summary>
public static class PlanFileReader
{
    /// <summary>Longer lines are not prose from a plan: a plan paragraph runs to a few thousand characters.</summary>
    public const int MaxLineLength = 100_000;

    static PlanFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SourceDocument Read(string path) => Read(path, out _);

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="length"/> is its size in bytes.</summary>
    public static SourceDocument Read(string path, out long length) => Read(path, Path.GetFileName(path), out length);

    /// <summary>Reads the file at <paramref name="path"/>, named <paramref name="fileName"/> in messages and provenance.</summary>
    public static SourceDocument Read(string path, string fileName, out long length)
    {
        // The bytes are decoded and dropped: a pooled buffer spares the collector one large object
        // per file (160 MB of them in a 100× import).
        using var handle = File.OpenHandle(path);
        length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength) throw new PlanInputException(fileName, null, $"the file is {length:N0} bytes long: too large to be a plan document");
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read);
                if (n == 0) break;
                read += n;
            }
            // A file cut short while it was read is what was read.
            length = read;
            return Read(fileName, buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static SourceDocument Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) throw new PlanInputException(fileName, null, "the file is empty");
        var format = FormatOf(fileName, bytes);
        if (format is Format.Text or Format.WebPage) CheckNotBinary(fileName, bytes);

        var document = format switch
        {
            Format.Docx => DocxText.Read(fileName, bytes.ToArray()),
            Format.Doc => DocText.Read(fileName, bytes.ToArray()),
            Format.Rtf => RtfText.Read(fileName, bytes.ToArray()),
            Format.Mht => MhtText.Read(fileName, bytes.ToArray()),
            Format.WebPage => HtmlText.Read(fileName, bytes.ToArray()),
            Format.Pdf => PdfText.Read(fileName, bytes.ToArray()),
            Format.Ofd => OfdText.Read(fileName, bytes.ToArray()),
            _ => Decode(fileName, bytes),
        };
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
        TraditionalScript.Check(fileName, document.Lines);
        if (format != NamedFormat(fileName)) document = document with { ReadAs = Described(format) };
        // A page held in a single-file page or served under a Word document's name: the page's source lines are no lines
        // of the file as shipped, so its lines are numbered by the paragraphs it reads as, as a Word document's are.
        if (format == Format.Mht || (format == Format.WebPage && !IsWebPage(fileName))) return Paragraphs(document);
        return format == Format.Text ? GridTables.Expand(HtmlTables.Expand(document)) : document;
    }

    /// <summary>The document with its lines numbered by paragraph, as it reads: each line of text the next, a blank line the one before's.</summary>
    private static SourceDocument Paragraphs(SourceDocument document)
    {
        var numbers = new List<int>(document.Lines.Count);
        var paragraph = 0;
        foreach (var line in document.Lines)
        {
            if (!string.IsNullOrWhiteSpace(line)) paragraph++;
            numbers.Add(Math.Max(paragraph, 1));
        }
        return document with { LineNumbers = numbers };
    }

    private enum Format
    {
        Text,
        WebPage,
        Mht,
        Pdf,
        Ofd,
        Docx,
        Doc,
        Rtf,
    }

    /// <summary>The format a file's name gives it.</summary>
    private static Format NamedFormat(string fileName) => IsWordDocument(fileName) ? Format.Docx : IsBinaryWordDocument(fileName) ? Format.Doc : FormatOf(fileName, []);

    private static string Described(Format format) => format switch
    {
        Format.Docx => "a Word document (.docx)",
        Format.Doc => "a Word 97–2003 document (.doc)",
        Format.Rtf => "an RTF document",
        Format.Mht => "a single-file web page (MHTML)",
        Format.WebPage => "a web page",
        _ => format.ToString(),
    };

    /// <summary>
    /// How a file is read: by its name, but a Word document as what its bytes are — sites serve .doc files that are
    /// .docx, RTF or web pages inside, and a .doc renamed .docx is still a .doc.
    /// </summary>
    private static Format FormatOf(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (IsWordDocument(fileName) || IsBinaryWordDocument(fileName))
        {
            return DocxText.IsZip(bytes) ? Format.Docx
                : DocText.IsCompoundFile(bytes) ? Format.Doc
                : RtfText.IsRtf(bytes) ? Format.Rtf
                : HtmlText.IsWebPage(bytes) ? Format.WebPage
                : MhtText.IsMht(bytes) ? Format.Mht
                : IsWordDocument(fileName) ? Format.Docx : Format.Doc;
        }
        return IsPdf(fileName) ? Format.Pdf
            : IsOfd(fileName) ? Format.Ofd
            : IsRtf(fileName) ? Format.Rtf
            : IsMht(fileName) ? Format.Mht
            : IsWebPage(fileName) ? Format.WebPage
            : Format.Text;
    }

    /// <summary>Whether a file is one the importer reads as a plan: text, a PDF, a Word document (not Word's lock file beside an open one, ~$…) or a saved web page.</summary>
    public static bool IsPlanFile(string fileName) =>
        fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || IsWebPage(fileName) || IsPdf(fileName) || IsOfd(fileName) || IsRtf(fileName) || IsMht(fileName)
        || ((IsWordDocument(fileName) || IsBinaryWordDocument(fileName)) && !Path.GetFileName(fileName).StartsWith("~$", StringComparison.Ordinal));

    private static bool IsPdf(string fileName) => fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private static bool IsOfd(string fileName) => fileName.EndsWith(".ofd", StringComparison.OrdinalIgnoreCase);

    private static bool IsRtf(string fileName) => fileName.EndsWith(".rtf", StringComparison.OrdinalIgnoreCase);

    /// <summary>A web page saved as a single file: .mht, .mhtml.</summary>
    private static bool IsMht(string fileName) =>
        fileName.EndsWith(".mht", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".mhtml", StringComparison.OrdinalIgnoreCase);

    private static bool IsWordDocument(string fileName) => fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Word 97–2003's .doc, and WPS's .wps, which WPS saves in Word's layout.</summary>
    private static bool IsBinaryWordDocument(string fileName) =>
        fileName.EndsWith(".doc", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".wps", StringComparison.OrdinalIgnoreCase);

    /// <summary>A page saved from a website: .html or .htm.</summary>
    private static bool IsWebPage(string fileName) =>
        fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static void CheckNotBinary(string fileName, ReadOnlySpan<byte> bytes)
    {
        // UTF-16 text is full of NUL bytes but announces itself with a byte-order mark, or by where they fall.
        if (HasUtf16Bom(bytes) || (bytes.IndexOf((byte)0) >= 0 && BomlessUtf16(bytes) is not null)) return;
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

    /// <summary>
    /// UTF-16 saved without a byte-order mark (as some Windows tools save “Unicode” text): read two bytes
    /// at a time, nearly every character is one a Chinese plan prints — ASCII (its line breaks leave a
    /// NUL in every other byte), CJK punctuation and ideographs, full-width forms — in one byte order and
    /// not the other. Null when the bytes are not such text (a binary file's NULs make no such characters).
    /// </summary>
    private static Encoding? BomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        var sample = bytes[..(Math.Min(bytes.Length, 1 << 16) & ~1)];
        var little = PlausibleCharacters(sample, bigEndian: false, out var asciiLittle);
        var big = PlausibleCharacters(sample, bigEndian: true, out var asciiBig);
        var bigEndian = big > little;
        var (plausible, ascii) = bigEndian ? (big, asciiBig) : (little, asciiLittle);
        var characters = sample.Length / 2;
        if (plausible * 100 < characters * 98 || ascii * 200 < characters) return null;
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            encoding.GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return encoding;
    }

    private static int PlausibleCharacters(ReadOnlySpan<byte> sample, bool bigEndian, out int ascii)
    {
        ascii = 0;
        var plausible = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            var (high, low) = bigEndian ? (sample[i], sample[i + 1]) : (sample[i + 1], sample[i]);
            if (high == 0 && (low is (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0c || low is >= 0x20 and < 0x7F))
            {
                ascii++;
                plausible++;
            }
            // Latin-1 signs (·, ×), general punctuation to shapes (“”—…, Ⅲ, ①, ▲), CJK punctuation and
            // ideographs, compatibility and full-width forms.
            else if ((high == 0 && low >= 0xA0) || high is >= 0x20 and <= 0x27 or >= 0x30 and <= 0x33 or >= 0x4E and <= 0x9F or 0xFE or 0xFF)
            {
                plausible++;
            }
        }
        return plausible;
    }

    private static SourceDocument Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return SourceDocument.FromText(fileName, Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE");
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return SourceDocument.FromText(fileName, Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE");
        else if (bytes.IndexOf((byte)0) >= 0 && BomlessUtf16(bytes) is { } utf16)
        {
            return SourceDocument.FromText(fileName, utf16.GetString(bytes), utf16.CodePage == 1201 ? "UTF-16BE" : "UTF-16LE");
        }

        // The common case, UTF-8, is decoded line by line: the whole text as one string would be
        // a copy of the file that lives only until it is split.
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return SourceDocument.FromUtf8(fileName, bytes);
        if (LooksLikeGb18030(bytes, out var converted)) return SourceDocument.FromText(fileName, converted, "GB18030");
        var offset = FirstInvalidUtf8(bytes);
        var line = offset < 0 ? (int?)null : LineOf(bytes, offset);
        throw new PlanInputException(fileName, line,
            "the text is neither UTF-8 nor GB18030/GBK: save the file as UTF-8 and import again");
    }

    /// <summary>
    /// GB18030 accepts almost any byte string, so a successful decode proves little. Chinese prose
    /// in GBK is overwhelmingly GB2312's punctuation rows and its hanzi rows (lead bytes A1–A9,
    /// B0–F7); other encodings (Shift-JIS, Big5, Latin-1) put most of their double bytes elsewhere.
    /// </summary>
    internal static bool LooksLikeGb18030(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        int pairs = 0, common = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var lead = bytes[i];
            if (lead < 0x80) continue;
            if (lead == 0x80 || lead == 0xFF || i + 1 >= bytes.Length) return false;
            var trail = bytes[i + 1];
            if (trail is >= 0x30 and <= 0x39)
            {
                i += 3; // a four-byte GB18030 sequence: valid, but rare in Chinese prose
                pairs++;
                continue;
            }
            if (trail < 0x40 || trail == 0x7F || trail == 0xFF) return false;
            pairs++;
            if (lead is >= 0xA1 and <= 0xA9 or >= 0xB0 and <= 0xF7 && trail >= 0xA1) common++;
            i++;
        }
        if (pairs == 0 || common * 10 < pairs * 9) return false;
        text = Encoding.GetEncoding(54936).GetString(bytes);
        return true;
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
