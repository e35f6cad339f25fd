using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A Word 97–2003 document's streams and the parts of its file information block the reader uses:
/// the main text's length, and where the piece table, paragraph properties, styles and bookmarks
/// are kept. <see cref="MainText"/> assembles the main document's text from its pieces, each
/// stored as UTF-16 or, where every character fits, one byte a character (code page 1252).
/// </summary>
internal sealed class DocFile
{
    // Indexes of the (offset, length) pairs of the block's FibRgFcLcb97 that the reader uses.
    private const int StyleSheet = 1;
    private const int CharacterBins = 12;
    private const int ParagraphBins = 13;
    private const int BookmarkNames = 21;
    private const int BookmarkStarts = 22;
    private const int PieceTable = 33;
    private const int Lists = 73;
    private const int ListInstances = 74;

    private readonly int _pairsAt;
    private readonly int _pairs;

    static DocFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private DocFile(byte[] word, byte[] table, byte[]? data, int pairsAt, int pairs, int textLength)
    {
        Word = word;
        Table = table;
        Data = data;
        _pairsAt = pairsAt;
        _pairs = pairs;
        TextLength = textLength;
    }

    /// <summary>The WordDocument stream: the text and the pages of paragraph properties.</summary>
    public byte[] Word { get; }

    /// <summary>The table stream (0Table or 1Table): piece table, style sheet, bookmarks.</summary>
    public byte[] Table { get; }

    /// <summary>The Data stream, where properties too large for their page are kept; null where the file has none.</summary>
    public byte[]? Data { get; }

    /// <summary>Characters of the main document (footnotes, headers and text boxes follow it and are not read).</summary>
    public int TextLength { get; }

    public ReadOnlySpan<byte> StyleSheetBytes => Part(StyleSheet);

    public ReadOnlySpan<byte> ParagraphBinBytes => Part(ParagraphBins);

    public ReadOnlySpan<byte> CharacterBinBytes => Part(CharacterBins);

    public ReadOnlySpan<byte> BookmarkNameBytes => Part(BookmarkNames);

    public ReadOnlySpan<byte> BookmarkStartBytes => Part(BookmarkStarts);

    /// <summary>Where the list definitions start in the table stream (their levels follow them, past the part's length); -1 where there are none.</summary>
    public int ListsAt => Part(Lists).IsEmpty ? -1 : (int)Pair(Lists).Offset;

    public ReadOnlySpan<byte> ListInstanceBytes => Part(ListInstances);

    /// <summary>Opens the document in <paramref name="file"/>; the messages of its exceptions say what kept it from being read.</summary>
    public static DocFile Open(CompoundFile file, out bool encrypted)
    {
        var word = file.Stream("WordDocument") ?? throw new InvalidDataException("no WordDocument stream");
        ReadOnlySpan<byte> fib = word;
        if (fib.Length < 0x22 || fib.ReadUInt16() != 0xA5EC) throw new InvalidDataException("the WordDocument stream does not begin as Word's does");
        // Word 6 and Word 95 wrote another layout (file information block versions below 193).
        if (fib[2..].ReadUInt16() < 0xC1) throw new InvalidDataException("a Word 6 or Word 95 document, whose layout is not read: save it as .docx");
        var flags = fib[0x0A..].ReadUInt16();
        // Encrypted, or obfuscated with a password (the text is then not readable as stored).
        encrypted = (flags & 0x0100) != 0 || (flags & 0x8000) != 0;
        var table = file.Stream((flags & 0x0200) != 0 ? "1Table" : "0Table") ?? throw new InvalidDataException("no table stream");
        // The block's parts have lengths of their own: 16-bit words, then 32-bit ones (the text's length the fourth), then offset pairs.
        var words = 0x20;
        var longs = words + 2 + 2 * Count(fib, words);
        var pairs = longs + 2 + 4 * Count(fib, longs);
        if (fib.Length < pairs + 2) throw new InvalidDataException("the file information block is cut short");
        var textLength = Count(fib, longs) > 3 ? fib[(longs + 2 + 12)..].ReadInt32() : 0;
        if (textLength < 0) throw new InvalidDataException($"a main text of {textLength} characters");
        var pairCount = Math.Min(Count(fib, pairs), (fib.Length - pairs - 2) / 8);
        return new DocFile(word, table, file.Stream("Data"), pairs + 2, pairCount, textLength);
    }

    private static int Count(ReadOnlySpan<byte> fib, int at) =>
        at + 2 <= fib.Length ? fib[at..].ReadUInt16() : throw new InvalidDataException("the file information block is cut short");

    /// <summary>A part of the table stream by its pair's index; empty where the document has none.</summary>
    private ReadOnlySpan<byte> Part(int index)
    {
        if (index >= _pairs) return [];
        var (offset, length) = Pair(index);
        if (length == 0) return [];
        if ((long)offset + length > Table.Length) throw new InvalidDataException($"part {index} of the table stream lies past its end");
        return Table.AsSpan((int)offset, (int)length);
    }

    /// <summary>The 512-byte pages of properties a bin table lists (its offsets, then each page's number), as spans of the WordDocument stream.</summary>
    public List<ArraySegment<byte>> PropertyPages(ReadOnlySpan<byte> bins, string what)
    {
        const int page = 512;
        var count = bins.Length >= 4 ? (bins.Length - 4) / 8 : 0;
        var pages = new List<ArraySegment<byte>>(count);
        for (var i = 0; i < count; i++)
        {
            var at = (long)(bins[(4 * (count + 1) + 4 * i)..].ReadUInt32() & 0x3FFFFF) * page;
            if (at + page > Word.Length) throw new InvalidDataException($"a page of {what} properties lies past the end of the WordDocument stream");
            pages.Add(new ArraySegment<byte>(Word, (int)at, page));
        }
        return pages;
    }

    private (uint Offset, uint Length) Pair(int index)
    {
        ReadOnlySpan<byte> pair = Word.AsSpan(_pairsAt + 8 * index, 8);
        return (pair.ReadUInt32(), pair[4..].ReadUInt32());
    }

    /// <summary>
    /// The main document's characters, and for each the offset in the WordDocument stream it is
    /// stored at, by which its paragraph's properties are found.
    /// </summary>
    public (char[] Text, int[] Offsets) MainText()
    {
        var clx = Part(PieceTable);
        // Formatting runs (type 1) may come before the piece table (type 2).
        var at = 0;
        while (at + 3 <= clx.Length && clx[at] == 1) at += 3 + clx[(at + 1)..].ReadUInt16();
        if (at + 5 > clx.Length || clx[at] != 2) throw new InvalidDataException("no piece table");
        var plc = clx.Slice(at + 5, (int)Math.Min(clx[(at + 1)..].ReadUInt32(), (uint)(clx.Length - at - 5)));
        var pieces = (plc.Length - 4) / 12;
        var text = new char[TextLength];
        var offsets = new int[TextLength];
        var cp1252 = Encoding.GetEncoding(1252);
        for (var i = 0; i < pieces; i++)
        {
            var (start, end) = ((int)plc[(4 * i)..].ReadUInt32(), (int)Math.Min(plc[(4 * i + 4)..].ReadUInt32(), (uint)TextLength));
            if (start < 0 || start >= TextLength || end <= start) continue;
            var stored = plc[(4 * (pieces + 1) + 8 * i + 2)..].ReadUInt32();
            var compressed = (stored & 0x40000000) != 0;
            var offset = (int)(stored & 0x3FFFFFFF);
            if (compressed) offset /= 2;
            var count = end - start;
            var bytes = count * (compressed ? 1 : 2);
            if ((long)offset + bytes > Word.Length) throw new InvalidDataException($"a piece of the text lies past the end of the WordDocument stream");
            var source = Word.AsSpan(offset, bytes);
            if (compressed) cp1252.GetChars(source, text.AsSpan(start, count));
            else Encoding.Unicode.GetChars(source, text.AsSpan(start, count));
            for (var k = 0; k < count; k++) offsets[start + k] = offset + k * (compressed ? 1 : 2);
        }
        return (text, offsets);
    }
}
