namespace KnowledgeGraph.Graph;

/// <summary>
/// Where a fact was read: the file under import/plans, the 1-based lines of the file as shipped,
/// and the source text (at most <see cref="MaxQuoteLength"/> characters) so a reader can check it.
/// </summary>
public sealed record Provenance(string File, int LineStart, int LineEnd, string Quote)
{
    public const int MaxQuoteLength = 200;

    public static Provenance Create(string file, int lineStart, int lineEnd, string quote)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lineStart, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lineEnd, lineStart);
        return new Provenance(file, lineStart, lineEnd, Clip(quote));
    }

    /// <summary>Clips on a code-point boundary so a surrogate pair is never split.</summary>
    public static string Clip(string quote)
    {
        var trimmed = quote.Trim();
        if (trimmed.Length <= MaxQuoteLength) return trimmed;
        var cut = MaxQuoteLength;
        if (char.IsHighSurrogate(trimmed[cut - 1])) cut--;
        return trimmed[..cut];
    }
}
