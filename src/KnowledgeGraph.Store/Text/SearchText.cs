using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Store.Text;

/// <summary>One token of searchable text and where it sits in the original string.</summary>
/// <param name="IsWord">A run of Latin letters or digits (prefix-matchable), as opposed to a single ideograph.</param>
internal readonly record struct SearchToken(string Text, int Start, int End, bool IsWord);

/// <summary>
/// The search tokenizer. Chinese has no spaces, so every ideograph (Unicode category Lo) becomes
/// a token of its own and a term is matched as a phrase of consecutive ideographs: that finds
/// terms of one, two or more characters alike, which neither a trigram index (3+ only) nor a
/// bigram index (2 only) does on its own. Runs of letters and digits form words, lower-cased,
/// with full-width forms folded to ASCII (（ＧＤＰ） reads as (gdp)); everything else separates.
/// The same rules build the index text, the query and the highlighted snippet, so what matches
/// is exactly what gets highlighted.
/// </summary>
internal static class SearchText
{
    /// <summary>Tokens joined by single spaces: the text an index with a whitespace tokenizer stores.</summary>
    public static string ToIndexText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var builder = new StringBuilder(text.Length * 2);
        AppendIndexText(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends the index text of <paramref name="text"/>; the hot path of a bulk write.</summary>
    public static void AppendIndexText(StringBuilder builder, string text)
    {
        var inWord = false;
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            // Fast path: common ideographs need neither folding nor a category lookup.
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                if (builder.Length > 0) builder.Append(' ');
                builder.Append(c);
                inWord = false;
                index++;
                continue;
            }
            var rune = ReadRune(text, index, out var length);
            index += length;
            var folded = Fold(rune);
            switch (Classify(folded))
            {
                case Kind.Ideograph:
                    if (builder.Length > 0) builder.Append(' ');
                    AppendRune(builder, folded);
                    inWord = false;
                    break;
                case Kind.Word:
                    if (!inWord && builder.Length > 0) builder.Append(' ');
                    AppendRune(builder, folded);
                    inWord = true;
                    break;
                default:
                    inWord = false;
                    break;
            }
        }
    }

    /// <summary>The tokens of a text with their offsets in the original string.</summary>
    public static List<SearchToken> Tokenize(string? text)
    {
        var tokens = new List<SearchToken>();
        if (string.IsNullOrEmpty(text)) return tokens;
        var word = new StringBuilder();
        var wordStart = -1;
        var wordEnd = -1;
        foreach (var (rune, index) in Runes(text))
        {
            var folded = Fold(rune);
            var kind = Classify(folded);
            if (kind == Kind.Word)
            {
                if (wordStart < 0) wordStart = index;
                AppendRune(word, folded);
                wordEnd = index + rune.Utf16SequenceLength;
                continue;
            }
            if (wordStart >= 0)
            {
                tokens.Add(new SearchToken(word.ToString(), wordStart, wordEnd, true));
                word.Clear();
                wordStart = -1;
            }
            if (kind == Kind.Ideograph)
            {
                tokens.Add(new SearchToken(folded.ToString(), index, index + rune.Utf16SequenceLength, false));
            }
        }
        if (wordStart >= 0) tokens.Add(new SearchToken(word.ToString(), wordStart, wordEnd, true));
        return tokens;
    }

    /// <summary>
    /// Splits the user's words on whitespace into terms (each a phrase of tokens); terms that hold
    /// no letter, digit or ideograph are dropped, duplicates too.
    /// </summary>
    public static IReadOnlyList<SearchTerm> ParseTerms(string? text)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(text)) return terms;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = Tokenize(piece);
            if (tokens.Count == 0) continue;
            var term = new SearchTerm(tokens.Select(t => t.Text).ToArray(), tokens[^1].IsWord);
            if (seen.Add(term.Key)) terms.Add(term);
        }
        if (terms.Count > StoreLimits.MaxSearchTerms)
        {
            throw new StoreQueryException($"too many search terms: {terms.Count} (at most {StoreLimits.MaxSearchTerms})");
        }
        return terms;
    }

    private enum Kind { Separator, Word, Ideograph }

    private static Kind Classify(Rune rune)
    {
        if (rune.IsAscii)
        {
            return Rune.IsLetterOrDigit(rune) ? Kind.Word : Kind.Separator;
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.OtherLetter => Kind.Ideograph,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse => Kind.Word,
            _ => Kind.Separator,
        };
    }

    /// <summary>
    /// Full-width ASCII (U+FF01–U+FF5E) to ASCII, then lower case. The runtime runs with invariant
    /// globalization, where string.Normalize(FormKC) is a no-op, so the fold is done here.
    /// </summary>
    private static Rune Fold(Rune rune)
    {
        var value = rune.Value;
        if (value is >= 0xFF01 and <= 0xFF5E) rune = new Rune(value - 0xFEE0);
        return Rune.ToLowerInvariant(rune);
    }

    private static void AppendRune(StringBuilder builder, Rune rune)
    {
        if (rune.IsBmp) builder.Append((char)rune.Value);
        else builder.Append(rune.ToString());
    }

    private static Rune ReadRune(string text, int index, out int length)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out length) != System.Buffers.OperationStatus.Done)
        {
            // A lone surrogate: read it as one unknown character rather than fail a whole import.
            length = 1;
            return Rune.ReplacementChar;
        }
        return rune;
    }

    private static IEnumerable<(Rune Rune, int Index)> Runes(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            var rune = ReadRune(text, index, out var length);
            yield return (rune, index);
            index += length;
        }
    }
}

/// <summary>One search term: a phrase of tokens; a trailing word also matches as a prefix (gd → gdp).</summary>
internal sealed record SearchTerm(IReadOnlyList<string> Tokens, bool PrefixLast)
{
    public string Key => string.Join(' ', Tokens) + (PrefixLast ? "*" : "");
}
