using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Mentions;

/// <summary>
/// A text in the form the entity rules match on: full-width forms folded (<see cref="TextFolding.FoldChar"/>),
/// white space removed (PDF extraction scatters it inside names: “长春市国民经济和社会发展的第十四个五年规划和 2035 年…”),
/// and the few variant characters the corpus prints for one name unified (长吉琿 / 长吉珲). Every
/// folded character maps back to its offset in the original text, so a match keeps the provenance
/// of what the document prints; where white space was removed the text remembers a boundary,
/// because a tab between two table cells still separates two names.
/// </summary>
public sealed class FoldedText
{
    // Sized for the original text: only the first Text.Length entries (Text.Length + 1 for the
    // boundaries) are used, the rest are left as they were made (0, false) rather than copied off.
    // Both are null for a text without white space (most paragraphs): offsets are then the same
    // in both forms and there is no boundary to remember, so nothing is allocated for them.
    private readonly int[]? _map;
    private readonly bool[]? _boundaryBefore;

    private FoldedText(string original, string folded, int[]? map, bool[]? boundaryBefore)
    {
        Original = original;
        Text = folded;
        _map = map;
        _boundaryBefore = boundaryBefore;
    }

    public string Original { get; }
    public string Text { get; }

    /// <summary>What <see cref="Places.PlaceMatcher"/> found in this text, for the next family that reads it.</summary>
    internal object? PlaceHits { get; set; }

    public static FoldedText Of(string original)
    {
        var first = original.AsSpan().IndexOfAny(WhiteSpace);
        if (first < 0) return new FoldedText(original, FoldInPlace(original), null, null);
        var folded = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
        var map = new int[original.Length];
        var boundary = new bool[original.Length + 1];
        // Up to the first white space nothing is removed: offsets map to themselves.
        for (var i = 0; i < first; i++)
        {
            folded[i] = FoldChar(original[i]);
            map[i] = i;
        }
        var n = first;
        var pendingBoundary = false;
        for (var i = first; i < original.Length; i++)
        {
            var c = original[i];
            if (WhiteSpace.Contains(c))
            {
                pendingBoundary = n > 0;
                continue;
            }
            folded[n] = FoldChar(c);
            map[n] = i;
            boundary[n] = pendingBoundary;
            pendingBoundary = false;
            n++;
        }
        var text = new string(folded, 0, n);
        System.Buffers.ArrayPool<char>.Shared.Return(folded);
        return new FoldedText(original, text, map, boundary);
    }

    // Exactly the characters char.IsWhiteSpace accepts: that test goes through the Unicode
    // category table for every ideograph, and every paragraph is folded.
    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(TextFolding.CharactersWhere(char.IsWhiteSpace));

    private static readonly System.Buffers.SearchValues<char> Folding = System.Buffers.SearchValues.Create(TextFolding.CharactersWhere(c => FoldChar(c) != c));

    /// <summary>Folds a text without white space character by character: the same length, the same offsets.</summary>
    private static string FoldInPlace(string text)
    {
        var i = text.AsSpan().IndexOfAny(Folding);
        if (i < 0) return text;
        // Full-width punctuation (，：（）) recurs every few words but is still a small share of the
        // characters: copy the text whole, then fold just those.
        return string.Create(text.Length, (text, i), static (span, state) =>
        {
            var source = state.text.AsSpan();
            source.CopyTo(span);
            for (var at = state.i; at >= 0;)
            {
                span[at] = FoldChar(source[at]);
                var next = source[(at + 1)..].IndexOfAny(Folding);
                at = next < 0 ? -1 : at + 1 + next;
            }
        });
    }

    /// <summary>The folded form of a term from a gazetteer, for building an automaton over folded text.</summary>
    public static string Fold(string term)
    {
        var builder = new System.Text.StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            builder.Append(FoldChar(c));
        }
        return builder.ToString();
    }

    public static char FoldChar(char c) => c switch
    {
        '琿' => '珲',
        '—' or '―' or '–' => '-',
        _ => TextFolding.FoldChar(c),
    };

    /// <summary>White space stood between the character at <paramref name="index"/> and the one before it.</summary>
    public bool BoundaryBefore(int index) => _boundaryBefore is not null && index > 0 && index <= Text.Length && _boundaryBefore[index];

    /// <summary>The original offset and length of the folded span <c>[start, start+length)</c>.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (_map is null) return (Math.Min(start, Original.Length), Math.Max(length, 0));
        if (length <= 0) return (start < Text.Length ? _map[start] : Original.Length, 0);
        var from = _map[start];
        var to = _map[start + length - 1] + 1;
        return (from, to - from);
    }

    /// <summary>The original text of a folded span (white space inside it included).</summary>
    public string OriginalText(int start, int length)
    {
        var (s, l) = ToOriginal(start, length);
        return Original.Substring(s, l);
    }
}
