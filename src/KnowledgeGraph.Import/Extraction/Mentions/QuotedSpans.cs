namespace KnowledgeGraph.Import.Extraction.Mentions;

/// <summary>
/// The quoted spans of a folded text: “…” (and the straight "…" some extractions print) and 《…》.
/// Strategy names are recognised inside quotes; citations are 《…》; place and agency names inside
/// a 《title》 belong to the title, not to the sentence, so those rules skip them.
/// </summary>
public static class QuotedSpans
{
    // Most texts quote nothing, and every family asks for every text's quotes and titles: a text
    // without any gets the one empty list instead of a new one (millions of them at 100×).

    /// <summary>Spans of the inner text of “…” quotes, at most <paramref name="maxLength"/> characters long.</summary>
    public static IReadOnlyList<(int Start, int Length)> Quotes(string folded, int maxLength = 40)
    {
        List<(int, int)>? spans = null;
        // Every family reads every text's quotes: jump from opening mark to opening mark.
        for (var i = folded.IndexOf('“'); i >= 0; i = i + 1 < folded.Length ? folded.IndexOf('“', i + 1) : -1)
        {
            var close = -1;
            for (var j = i + 1; j < folded.Length && j - i - 1 <= maxLength; j++)
            {
                if (folded[j] == '“') break;
                if (folded[j] == '”') { close = j; break; }
            }
            if (close > i + 1)
            {
                (spans ??= []).Add((i + 1, close - i - 1));
                i = close;
            }
        }
        return spans ?? (IReadOnlyList<(int, int)>)[];
    }

    /// <summary>Spans of the inner text of 《…》 titles (a title does not nest another).</summary>
    public static IReadOnlyList<(int Start, int Length)> Titles(string folded, int maxLength = 120)
    {
        List<(int, int)>? spans = null;
        for (var i = folded.IndexOf('《'); i >= 0; i = i + 1 < folded.Length ? folded.IndexOf('《', i + 1) : -1)
        {
            var close = folded.IndexOf('》', i + 1);
            if (close < 0) break;
            var open = folded.IndexOf('《', i + 1, close - i - 1);
            if (open >= 0) { i = open - 1; continue; }
            if (close - i - 1 is > 0 and var length && length <= maxLength) (spans ??= []).Add((i + 1, length));
            i = close;
        }
        return spans ?? (IReadOnlyList<(int, int)>)[];
    }

    /// <summary>Whether <c>[start, start+length)</c> lies inside one of <paramref name="spans"/>.</summary>
    public static bool Inside(IReadOnlyList<(int Start, int Length)> spans, int start, int length)
    {
        for (var n = 0; n < spans.Count; n++)
        {
            var (s, l) = spans[n];
            if (start >= s && start + length <= s + l) return true;
            if (s > start) break;
        }
        return false;
    }
}
