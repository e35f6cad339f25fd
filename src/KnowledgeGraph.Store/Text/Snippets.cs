using System.Text;

namespace KnowledgeGraph.Store.Text;

/// <summary>
/// Finds the search terms in a field's original text (with the tokenizer the index used, so
/// a match is found wherever the index found one) and cuts a short snippet around the first,
/// each match wrapped in &lt;em&gt;…&lt;/em&gt;. The rest of the text is HTML-escaped so the
/// snippet can be shown as markup as it is.
/// </summary>
internal static class Snippets
{
    public const int Length = 80;

    /// <summary>Characters kept before the first match, so the match reads in context.</summary>
    private const int Lead = 20;

    /// <summary>How many distinct terms occur in the text, and where (start, end) each occurrence is.</summary>
    public static (int TermsFound, List<(int Start, int End)> Spans) Find(string text, IReadOnlyList<SearchTerm> terms)
    {
        var tokens = SearchText.Tokenize(text);
        var spans = new List<(int Start, int End)>();
        var found = 0;
        foreach (var term in terms)
        {
            var any = false;
            var n = term.Tokens.Count;
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                if (!Matches(tokens, i, term)) continue;
                spans.Add((tokens[i].Start, tokens[i + n - 1].End));
                any = true;
            }
            if (any) found++;
        }
        spans.Sort();
        return (found, Merge(spans));
    }

    /// <summary>Picks the field that matches most terms (earlier fields win ties) and its snippet.</summary>
    public static (string Field, string Snippet) Best(IReadOnlyList<(string Field, string Text)> fields, IReadOnlyList<SearchTerm> terms)
    {
        var bestIndex = -1;
        var bestFound = 0;
        List<(int Start, int End)> bestSpans = [];
        for (var i = 0; i < fields.Count; i++)
        {
            var (found, spans) = Find(fields[i].Text, terms);
            if (found > bestFound)
            {
                bestIndex = i;
                bestFound = found;
                bestSpans = spans;
            }
        }
        if (bestIndex < 0)
        {
            // The index can match where the highlighter cannot (diacritics it folds): show the start.
            return fields.Count == 0 ? ("", "") : (fields[0].Field, Cut(fields[0].Text, []));
        }
        return (fields[bestIndex].Field, Cut(fields[bestIndex].Text, bestSpans));
    }

    /// <summary>About <see cref="Length"/> characters around the first span, spans wrapped in &lt;em&gt;.</summary>
    public static string Cut(string text, List<(int Start, int End)> spans)
    {
        var first = spans.Count > 0 ? spans[0].Start : 0;
        var start = Math.Max(0, first - Lead);
        if (text.Length - start < Length) start = Math.Max(0, text.Length - Length);
        var end = Math.Min(text.Length, start + Length);
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;

        var builder = new StringBuilder(end - start + 16);
        if (start > 0) builder.Append('…');
        var position = start;
        foreach (var (spanStart, spanEnd) in spans)
        {
            var s = Math.Max(spanStart, start);
            var e = Math.Min(spanEnd, end);
            if (s >= e) continue;
            Escape(builder, text, position, s);
            builder.Append("<em>");
            Escape(builder, text, s, e);
            builder.Append("</em>");
            position = e;
        }
        Escape(builder, text, position, end);
        if (end < text.Length) builder.Append('…');
        return builder.ToString();
    }

    private static bool Matches(List<SearchToken> tokens, int at, SearchTerm term)
    {
        var n = term.Tokens.Count;
        for (var k = 0; k < n; k++)
        {
            var token = tokens[at + k].Text;
            var wanted = term.Tokens[k];
            var last = k == n - 1;
            var ok = last && term.PrefixLast
                ? token.StartsWith(wanted, StringComparison.Ordinal)
                : string.Equals(token, wanted, StringComparison.Ordinal);
            if (!ok) return false;
        }
        return true;
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> sorted)
    {
        var merged = new List<(int Start, int End)>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    private static void Escape(StringBuilder builder, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default: builder.Append(text[i]); break;
            }
        }
    }
}
