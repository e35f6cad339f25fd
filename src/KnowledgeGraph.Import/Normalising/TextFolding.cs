using System.Buffers;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// Folds the forms that vary freely in the corpus so rules can compare text: full-width ASCII
/// to half-width, ideographic spaces to spaces, and the spaces PDF extraction scatters between
/// CJK characters and digits removed (“2025 年” → “2025年”). Only for matching: printed values
/// and quotes keep the document's own forms.
/// </summary>
public static class TextFolding
{
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \u3000\t");

    // Folding and collapsing run on every paragraph, heading and name several times over: one pass
    // into a stack buffer, and the text itself returned when there is nothing to change.
    public static string Fold(string text)
    {
        var i = text.AsSpan().IndexOfAny(FoldingOrSpace);
        return i < 0 ? text : Rewrite(text, i, fold: true);
    }

    /// <summary>Every character <see cref="FoldChar"/> changes, and the space (which <see cref="Fold"/> may drop).</summary>
    private static readonly SearchValues<char> FoldingOrSpace = SearchValues.Create(CharactersWhere(c => c == ' ' || FoldChar(c) != c));

    /// <summary>Every UTF-16 code unit for which <paramref name="test"/> holds, for a vectorised search of exactly those.</summary>
    public static char[] CharactersWhere(Func<char, bool> test) =>
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(test).ToArray();

    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\t' => ' ',
        _ => c,
    };

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(CharactersWhere(char.IsWhiteSpace));

    /// <summary>The text without any white space (“指 标” → “指标”): the text itself when it has none.</summary>
    public static string WithoutWhiteSpace(string text)
    {
        var at = text.AsSpan().IndexOfAny(WhiteSpace);
        if (at < 0) return text;
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        text.AsSpan(0, at).CopyTo(buffer);
        var n = at;
        foreach (var c in text.AsSpan(at))
        {
            if (!char.IsWhiteSpace(c)) buffer[n++] = c;
        }
        var result = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Removes white space that has a CJK character (or CJK punctuation) on either side.</summary>
    public static string CollapseCjkSpaces(string text)
    {
        var at = text.AsSpan().IndexOfAny(Spaces);
        return at < 0 ? text : Rewrite(text, at, fold: false);
    }

    /// <summary>
    /// The text from <paramref name="from"/> on, folded (when <paramref name="fold"/>) and with each
    /// run of white space dropped next to a CJK character, kept as one space between two others.
    /// </summary>
    private static string Rewrite(string text, int from, bool fold)
    {
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        text.AsSpan(0, from).CopyTo(buffer);
        var n = from;
        for (var i = from; i < text.Length; i++)
        {
            var c = fold ? FoldChar(text[i]) : text[i];
            if (c is ' ' or '\u3000' or '\t')
            {
                var j = i + 1;
                while (j < text.Length && (fold ? FoldChar(text[j]) : text[j]) is ' ' or '\u3000' or '\t') j++;
                var before = n > 0 ? buffer[n - 1] : '\0';
                var after = j < text.Length ? (fold ? FoldChar(text[j]) : text[j]) : '\0';
                if (before != '\0' && after != '\0' && !IsCjk(before) && !IsCjk(after)) buffer[n++] = ' ';
                i = j - 1;
                continue;
            }
            buffer[n++] = c;
        }
        var result = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// The columns a character takes in a layout-keeping text (an ideograph, CJK punctuation and full-width forms two,
    /// others one): how the PDF reader places a table's cells and the aligned-columns reader finds them again.
    /// </summary>
    public static int DisplayWidth(char c) => c >= '\u1100' && IsCjk(c) ? 2 : 1;

    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F'
            or >= '\uFF00' and <= '\uFFEF' or '“' or '”' or '‘' or '’' or '—' or '…' or '·';
}
