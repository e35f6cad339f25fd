using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>How a paragraph stands on the page.</summary>
public enum ParagraphKind
{
    /// <summary>Running text: wrapped lines joined back into one paragraph.</summary>
    Prose,
    /// <summary>A line shaped like a heading (第X章, 一、, a DOCX bookmark line…); the structure pass decides its level.</summary>
    Heading,
    /// <summary>The title line of a boxed column or table: 专栏 N … / 表N ….</summary>
    ColumnTitle,
    /// <summary>A line inside a table, kept exactly as one line (cells are not joined).</summary>
    TableLine,
}

/// <summary>
/// A unit of normalised text with a map back to the original lines, so any substring can be
/// given provenance. Joining wrapped lines drops the line break (and a page number between them)
/// but nothing else: the text is what the document prints, in order.
/// </summary>
public sealed class Paragraph : Structure.IContentBlock
{
    // Most paragraphs are one line: they keep its number and no map (two arrays per paragraph were
    // a sixth of the objects alive between extraction and link). A paragraph of n lines keeps one
    // array: where each line starts in the text (0 to n − 1), then each line's number (n to 2n − 1).
    private readonly int _firstLine;
    private readonly int[]? _map;

    private Paragraph(string file, string text, ParagraphKind kind, int[] map, int firstLineBookmarks, int firstLineOutline)
    {
        File = file;
        Text = text;
        Kind = kind;
        FirstLineBookmarks = firstLineBookmarks;
        FirstLineOutline = firstLineOutline;
        _firstLine = map[map.Length / 2];
        _map = map;
    }

    private Paragraph(string file, TextLine line, ParagraphKind kind)
    {
        File = file;
        Text = line.Text;
        Kind = kind;
        FirstLineBookmarks = line.Bookmarks;
        FirstLineOutline = line.Outline;
        _firstLine = line.Number;
    }

    public string File { get; }
    public string Text { get; }
    public ParagraphKind Kind { get; }

    /// <summary>
    /// How many <c>[bookmark: _Toc…]</c> markers the first original line carried (DOCX headings carry
    /// them). The count, not the line: a paragraph holding its line would keep every line of the
    /// file alive until the link pass.
    /// </summary>
    public int FirstLineBookmarks { get; }

    /// <summary>The outline level a Word document or web page gives the first line's heading (<see cref="TextLine.Outline"/>), 0 for none.</summary>
    public int FirstLineOutline { get; }

    /// <summary>
    /// A heading's number that the body does not print and the table of contents does (<see cref="ContentsNumbers"/>);
    /// empty for a heading the contents list without a number either (both lost theirs), null for every other
    /// paragraph. Kept apart from <see cref="Text"/>, which quotes the line as printed.
    /// </summary>
    public string? ContentsNumber { get; private init; }

    public int LineStart => _firstLine;
    public int LineEnd => _map is null ? _firstLine : _map[^1];

    /// <summary>A paragraph of one original line.</summary>
    public static Paragraph FromLine(string file, TextLine line, ParagraphKind kind) =>
        new(file, line, kind);

    /// <summary>A heading printed without its number, which the table of contents gives.</summary>
    public static Paragraph NumberedHeading(string file, TextLine line, string number) =>
        new(file, line, ParagraphKind.Heading) { ContentsNumber = number };

    /// <summary>
    /// Joins lines into one paragraph the way the normaliser does: no separator between two CJK
    /// characters or at a figure, one space where Latin letters would otherwise run together.
    /// Lines printed apart (a box's number over its title) are joined with a space: 表 1 / 2020 年底… is no 表 12020.
    /// </summary>
    public static Paragraph Join(string file, List<TextLine> lines, ParagraphKind kind, bool apart = false)
    {
        if (lines.Count == 0) throw new ArgumentException("a paragraph comes from at least one line", nameof(lines));
        // Most paragraphs are one line: its text is the paragraph's, unchanged and uncopied.
        if (lines.Count == 1) return FromLine(file, lines[0], kind);
        var capacity = 0;
        for (var i = 0; i < lines.Count; i++) capacity += lines[i].Text.Length + 1;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(capacity);
        var length = 0;
        var map = new int[2 * lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (length > 0 && (apart || NeedsSpace(buffer[length - 1], line.Length > 0 ? line[0] : ' '))) buffer[length++] = ' ';
            map[i] = length;
            map[lines.Count + i] = lines[i].Number;
            line.CopyTo(buffer.AsSpan(length));
            length += line.Length;
        }
        var text = new string(buffer, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return new Paragraph(file, text, kind, map, lines[0].Bookmarks, lines[0].Outline);
    }

    /// <summary>Two pieces of one wrapped text joined as <see cref="Join"/> joins lines: a space only between Latin letters.</summary>
    public static string JoinPieces(string before, string after) =>
        before.Length > 0 && after.Length > 0 && NeedsSpace(before[^1], after[0]) ? before + " " + after : before + after;

    /// <summary>
    /// A space only between two Latin letters (words of English wrapped apart). A figure is never
    /// wrapped from its neighbour in a Chinese plan's sense: 2 / 035年 is 2035年, 5 / A级 is 5A级, G / 1 is G1.
    /// </summary>
    private static bool NeedsSpace(char before, char after) =>
        IsLatinLetter(before) && IsLatinLetter(after);

    private static bool IsLatinLetter(char c) => c < 0x3000 && char.IsLetter(c);

    /// <summary>The original line holding the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        if (_map is null) return _firstLine;
        var count = _map.Length / 2;
        var index = Array.BinarySearch(_map, 0, count, offset);
        if (index < 0) index = ~index - 1;
        return _map[count + Math.Clamp(index, 0, count - 1)];
    }

    /// <summary>Where original line <paramref name="lineNumber"/>'s text starts in <see cref="Text"/>; -1 when the paragraph does not hold that line.</summary>
    public int OffsetOfLine(int lineNumber)
    {
        if (_map is null) return lineNumber == _firstLine ? 0 : -1;
        var count = _map.Length / 2;
        for (var i = 0; i < count; i++)
        {
            if (_map[count + i] == lineNumber) return _map[i];
        }
        return -1;
    }

    /// <summary>Provenance of the whole paragraph.</summary>
    public Provenance Provenance() => Graph.Provenance.Create(File, LineStart, LineEnd, Text);

    /// <summary>Provenance of <c>Text[start..(start+length)]</c>: the lines it spans and that text as the quote.</summary>
    public Provenance Provenance(int start, int length)
    {
        var (lineStart, lineEnd) = Lines(start, length);
        return Graph.Provenance.Create(File, lineStart, lineEnd, Text, start, length);
    }

    /// <summary>The original lines that hold <c>Text[start..(start+length)]</c>.</summary>
    public (int LineStart, int LineEnd) Lines(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        return (LineAt(start), LineAt(Math.Max(start, start + length - 1)));
    }

    /// <summary>Provenance of the lines that hold <c>Text[start..(start+length)]</c>, quoting the surrounding sentence.</summary>
    public Provenance ProvenanceWithContext(int start, int length)
    {
        var (sentenceStart, sentenceEnd) = SentenceAround(start, start + length);
        return Graph.Provenance.Create(File, LineAt(start), LineAt(Math.Max(start, start + length - 1)),
            Text, sentenceStart, sentenceEnd - sentenceStart);
    }

    private (int Start, int End) SentenceAround(int start, int end)
    {
        var s = start;
        while (s > 0 && !IsSentenceEnd(Text[s - 1])) s--;
        var e = end;
        while (e < Text.Length && (e == 0 || !IsSentenceEnd(Text[e - 1]))) e++;
        e = Math.Min(e, Text.Length);
        if (e - s > Graph.Provenance.MaxQuoteLength)
        {
            // A long sentence: a window that starts a little before the match and still holds all of it.
            s = Math.Max(s, start - 40);
            e = Math.Min(e, Math.Max(end, s + Graph.Provenance.MaxQuoteLength));
            if (e - s > Graph.Provenance.MaxQuoteLength) s = Math.Max(start, e - Graph.Provenance.MaxQuoteLength);
        }
        return (s, e);
    }

    /// <summary>The characters that end a sentence, for every rule that quotes one.</summary>
    internal static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create("。；;！？");

    private static bool IsSentenceEnd(char c) => SentenceStops.Contains(c);

    public override string ToString() => $"{File}:{LineStart}-{LineEnd} [{Kind}] {Text}";
}
