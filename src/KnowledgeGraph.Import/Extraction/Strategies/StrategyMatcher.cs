using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Extraction.Strategies;

/// <summary>
/// Finds the strategies a text names. A quoted string is looked up by its normalised key (the
/// gazetteer, then the programme shape, then what the text calls it: “…”战略); a few distinctive
/// names count without quotes. Names
/// inside a 《title》 belong to the cited document.
/// </summary>
public sealed class StrategyMatcher(StrategyGazetteer gazetteer, string planRegion)
{
    // One list of matches per thread, reused text after text (as PlaceMatcher's).
    [ThreadStatic] private static List<TermMatch<StrategyEntry>>? _matches;

    // One list of hits per matcher (a matcher reads one plan, text after text): a list per text was
    // 27 MB of each 100× import.
    private readonly List<StrategyHit> _hits = [];

    /// <summary>The strategies a text names. The list is the matcher's: the next call empties and refills it.</summary>
    public List<StrategyHit> Find(FoldedText folded)
    {
        var text = folded.Text;
        var hits = _hits;
        hits.Clear();
        var quotes = QuotedSpans.Quotes(text, 30);
        var titles = QuotedSpans.Titles(text);
        // By index: an enumerator over the list as its interface is an object per text.
        for (var q = 0; q < quotes.Count; q++)
        {
            var (start, length) = quotes[q];
            if (QuotedSpans.Inside(titles, start, length)) continue;
            var key = StrategyGazetteer.Key(text.AsSpan(start, length));
            var entry = Applicable(gazetteer.ByKey(key));
            // “761”工程: a bare number is named by the word after the quote.
            if (entry is null && IsNumber(key)) entry = Applicable(gazetteer.ByKey(key + Following(text, start + length + 1)));
            if (entry is not null)
            {
                hits.Add(new StrategyHit(start - 1, length + 2, entry.Name, entry));
                continue;
            }
            if (gazetteer.IsExcluded(key)) continue;
            if (StrategyShapes.IsProgramme(key)) hits.Add(new StrategyHit(start - 1, length + 2, key, null));
            else if (StrategyShapes.IsFormula(key) && StrategyShapes.ProgrammeNoun(text, start + length + 1) is { } noun)
            {
                hits.Add(new StrategyHit(start - 1, noun.End - start + 1, key + noun.Words, null));
            }
            else if (CalledAStrategy(text, start, length)) hits.Add(new StrategyHit(start - 1, length + 4, IsNumber(key) ? key + "战略" : key, null, Called: true));
        }
        foreach (var match in gazetteer.Unquoted.Scan(text, _matches ??= []))
        {
            if (QuotedSpans.Inside(quotes, match.Start, match.Length) || QuotedSpans.Inside(titles, match.Start, match.Length)) continue;
            if (Applicable(match.Value) is not { } entry) continue;
            hits.Add(new StrategyHit(match.Start, match.Length, entry.Name, entry));
        }
        hits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    /// <summary>
    /// “四城并进”战略, “走出去”战略: a quoted name the text itself calls a strategy, whatever its shape
    /// (“831”战略 is named with the word, as “761”工程 is). Not the second of a pair of quotes
    /// (“碳达峰”“碳中和”战略): the strategy is the pair's, which the gazetteer names.
    /// </summary>
    private static bool CalledAStrategy(string text, int start, int length) =>
        text.AsSpan(start + length + 1).StartsWith("战略", StringComparison.Ordinal) && (start < 2 || text[start - 2] != '”');

    private static bool IsNumber(string key) => key.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    private StrategyEntry? Applicable(StrategyEntry? entry) =>
        entry is null || entry.LocalTo is null || entry.LocalTo == planRegion ? entry : null;

    private static string Following(string text, int from)
    {
        var end = from;
        while (end < text.Length && end - from < 2 && text[end] is >= '\u4E00' and <= '\u9FFF') end++;
        return from < text.Length ? text[from..end] : "";
    }
}
