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
    // Where white space was removed: the folded offsets of the characters that followed a run of it
    // (the first half) and how many characters had been removed up to each (the second half). A
    // paragraph has a few such runs: a few numbers, where an offset and a flag per character (six
    // bytes a character) were 87 MB of each 100× import. Null for a text without white space (most
    // paragraphs): offsets are then the same in both forms and there is no boundary to remember.
    private readonly int[]? _gaps;

    private FoldedText(string original, string folded, int[]? gaps)
    {
        Original = original;
        Text = folded;
        _gaps = gaps;
    }

    public string Original { get; }
    public string Text { get; }

    /// <summary>
    /// What <see cref="Places.PlaceMatcher"/> found in this text, for the next family that reads it,
    /// with the gazetteer and plan area it was found for. Fields of the text, not an object beside
    /// it: every paragraph of every plan has one from the place rules until the extraction ends.
    /// </summary>
    internal (object? Gazetteer, object? Area, object? Hits) PlaceHits { get; set; }

    public static FoldedText Of(string original)
    {
        var first = original.AsSpan().IndexOfAny(WhiteSpace);
        if (first < 0) return new FoldedText(original, FoldInPlace(original), null);
        var folded = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
        // At most one gap per two characters of the original (white space, then what follows it).
        var gaps = System.Buffers.ArrayPool<int>.Shared.Rent(2 * (original.Length / 2 + 1));
        var gapCount = 0;
        // Up to the first white space nothing is removed: offsets map to themselves.
        for (var i = 0; i < first; i++) folded[i] = FoldChar(original[i]);
        var n = first;
        var removed = 0;
        var inGap = false;
        for (var i = first; i < original.Length; i++)
        {
            var c = original[i];
            if (WhiteSpace.Contains(c))
            {
                removed++;
                inGap = true;
                continue;
            }
            if (inGap)
            {
                gaps[2 * gapCount] = n;
                gaps[2 * gapCount + 1] = removed;
                gapCount++;
                inGap = false;
            }
            folded[n++] = FoldChar(c);
        }
        var text = new string(folded, 0, n);
        System.Buffers.ArrayPool<char>.Shared.Return(folded);
        var kept = new int[2 * gapCount];
        for (var g = 0; g < gapCount; g++)
        {
            kept[g] = gaps[2 * g];
            kept[gapCount + g] = gaps[2 * g + 1];
        }
        System.Buffers.ArrayPool<int>.Shared.Return(gaps);
        return new FoldedText(original, text, kept);
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
        '—' or '―' or '–' => '-',
        _ => TextFolding.FoldChar(StandardForm(c)),
    };

    /// <summary>The standard form of a variant character the corpus prints in names (琿春 for 珲春).</summary>
    public static char StandardForm(char c) => c == '琿' ? '珲' : c;

    /// <summary>White space stood between the character at <paramref name="index"/> and the one before it.</summary>
    public bool BoundaryBefore(int index) =>
        _gaps is not null && index > 0 && index < Text.Length && _gaps.AsSpan(0, _gaps.Length / 2).BinarySearch(index) >= 0;

    /// <summary>The original offset and length of the folded span <c>[start, start+length)</c>.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (_gaps is null) return (Math.Min(start, Original.Length), Math.Max(length, 0));
        if (length <= 0) return (start < Text.Length ? OriginalOffset(start) : Original.Length, 0);
        var from = OriginalOffset(start);
        var to = OriginalOffset(start + length - 1) + 1;
        return (from, to - from);
    }

    /// <summary>The original offset of the folded character at <paramref name="index"/>: itself, plus the white space removed before it.</summary>
    private int OriginalOffset(int index)
    {
        var count = _gaps!.Length / 2;
        var at = _gaps.AsSpan(0, count).BinarySearch(index);
        // The last gap at or before the index, if any.
        if (at < 0) at = ~at - 1;
        return at < 0 ? index : index + _gaps[count + at];
    }

    /// <summary>The original text of a folded span (white space inside it included).</summary>
    public string OriginalText(int start, int length)
    {
        var (s, l) = ToOriginal(start, length);
        return Original.Substring(s, l);
    }
}
