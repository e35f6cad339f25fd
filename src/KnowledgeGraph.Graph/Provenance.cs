namespace KnowledgeGraph.Graph;

/// <summary>
/// Where a fact was read: the file under import/plans, the 1-based lines of the file as shipped,
/// and the source text (at most <see cref="MaxQuoteLength"/> characters) so a reader can check it.
/// </summary>
public sealed record Provenance
{
    public const int MaxQuoteLength = 200;

    // The quote is a stretch of a text the importer holds anyway (a paragraph), not a copy of it:
    // copies were 370,000 strings (50 MB) at 100× that lived from the extraction to the write.
    // It is made into a string only when asked for as one.
    private readonly string _text;
    private readonly int _start;
    private readonly int _length;

    public Provenance(string File, int LineStart, int LineEnd, string Quote)
    {
        this.File = File;
        this.LineStart = LineStart;
        this.LineEnd = LineEnd;
        (_text, _start, _length) = (Quote, 0, Quote.Length);
    }

    private Provenance(string file, int lineStart, int lineEnd, string text, int start, int length)
    {
        File = file;
        LineStart = lineStart;
        LineEnd = lineEnd;
        (_text, _start, _length) = (text, start, length);
    }

    public string File { get; init; }

    public int LineStart { get; init; }

    public int LineEnd { get; init; }

    public string Quote
    {
        get => _start == 0 && _length == _text.Length ? _text : _text.Substring(_start, _length);
        init => (_text, _start, _length) = (value, 0, value.Length);
    }

    /// <summary>The quote's characters, without making a string of them.</summary>
    public ReadOnlySpan<char> QuoteSpan() => _text.AsSpan(_start, _length);

    public bool Equals(Provenance? other) =>
        ReferenceEquals(this, other) || other is not null && LineStart == other.LineStart && LineEnd == other.LineEnd
        && string.Equals(File, other.File, StringComparison.Ordinal) && QuoteSpan().SequenceEqual(other.QuoteSpan());

    public override int GetHashCode() => HashCode.Combine(File, LineStart, LineEnd, string.GetHashCode(QuoteSpan()));

    public void Deconstruct(out string File, out int LineStart, out int LineEnd, out string Quote) =>
        (File, LineStart, LineEnd, Quote) = (this.File, this.LineStart, this.LineEnd, this.Quote);

    public static Provenance Create(string file, int lineStart, int lineEnd, string quote) =>
        Create(file, lineStart, lineEnd, quote, 0, quote.Length);

    /// <summary>The provenance quoting <c>text[start..(start+length)]</c>, trimmed and clipped as <see cref="Clip"/>.</summary>
    public static Provenance Create(string file, int lineStart, int lineEnd, string text, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lineStart, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lineEnd, lineStart);
        var (from, count) = ClipRange(text, start, length);
        return new Provenance(file, lineStart, lineEnd, text, from, count);
    }

    /// <summary>Clips on a code-point boundary so a surrogate pair is never split.</summary>
    public static string Clip(string quote)
    {
        var (start, length) = ClipRange(quote, 0, quote.Length);
        return start == 0 && length == quote.Length ? quote : quote.Substring(start, length);
    }

    /// <summary>Where the quote of <c>text[start..(start+length)]</c> lies once white space is trimmed (as <see cref="string.Trim()"/>) and it is clipped.</summary>
    private static (int Start, int Length) ClipRange(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        var trimmedStart = span.TrimStart();
        var trimmed = trimmedStart.TrimEnd();
        start += span.Length - trimmedStart.Length;
        if (trimmed.Length <= MaxQuoteLength) return (start, trimmed.Length);
        var cut = MaxQuoteLength;
        if (char.IsHighSurrogate(trimmed[cut - 1])) cut--;
        return (start, cut);
    }
}
