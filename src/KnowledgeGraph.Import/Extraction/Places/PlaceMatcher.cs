using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Extraction.Places;

/// <summary>
/// Finds the places a text names, for one plan: gazetteer names and aliases (local aliases only
/// in plans of their area), then the town and zone rules. Names inside a 《title》 belong to the
/// title and are left out; “吉林市场” is a market, not 吉林市.
/// </summary>
public sealed class PlaceMatcher(PlaceGazetteer gazetteer, IReadOnlySet<string> planArea)
{
    public PlaceGazetteer Gazetteer => gazetteer;

    /// <summary>The plan's area: its region and the region's ancestors (where local aliases apply).</summary>
    public IReadOnlySet<string> PlanArea => planArea;

    public static IReadOnlySet<string> AreaOf(PlaceGazetteer gazetteer, string region)
    {
        var area = new HashSet<string>(StringComparer.Ordinal) { region };
        foreach (var ancestor in gazetteer.Ancestors(region)) area.Add(ancestor.Name);
        return area;
    }

    /// <summary>The places a text names, in text order. The list is shared: callers must not change it.</summary>
    public List<PlaceHit> Find(FoldedText folded)
    {
        // The place, agency and strategy families all read a unit's places: found once per text and
        // kept on the text itself (a weak table keyed by text cost more than the matching it saved).
        var (foundIn, area, found) = folded.PlaceHits;
        if (found is List<PlaceHit> hits && ReferenceEquals(foundIn, gazetteer)
            && (ReferenceEquals(area, planArea) || ((IReadOnlySet<string>)area!).SetEquals(planArea))) return hits;
        hits = Scan(folded);
        folded.PlaceHits = (gazetteer, planArea, hits);
        return hits;
    }

    // Most texts name no place: they share one empty list (the lists are read only).
    private static readonly List<PlaceHit> NoHits = [];

    // Every paragraph is matched, one after another on each thread: the matches and the spans taken
    // are used only while one text is scanned, and one list of each per thread spares a list per
    // paragraph and its regrowth (at 100×, some 150 MB of the 3.7 GB an import allocates).
    [ThreadStatic] private static List<TermMatch<List<PlaceTerm>>>? _matches;
    [ThreadStatic] private static List<(int Start, int End)>? _taken;
    [ThreadStatic] private static List<PlaceHit>? _hits;

    // The hits are gathered in a list of the thread's and kept in one of their exact number: every
    // text's hits live until the extraction ends, with no room to spare.
    private List<PlaceHit> Scan(FoldedText folded)
    {
        var text = folded.Text;
        var titles = QuotedSpans.Titles(text);
        var hits = _hits ??= [];
        hits.Clear();
        var taken = _taken ??= [];
        taken.Clear();
        foreach (var match in TermAutomaton<List<PlaceTerm>>.LeftmostLongest(Applicable(gazetteer.Automaton.FindAll(text, _matches ??= []))))
        {
            var before = hits.Count > 0 && hits[^1].End == match.Start ? hits[^1].Name : null;
            var term = Resolve(match.Value, before);
            if (term is null) continue;
            taken.Add((match.Start, match.End));
            if (term.IsBlocker) continue;
            var entry = term.Entry!;
            // “长春市高新区”: the area printed before a local alias only qualifies it.
            if (term.LocalWithin is not null && term.LocalWithin == before && !planArea.Contains(term.LocalWithin)) hits.RemoveAt(hits.Count - 1);
            if (entry.Name.EndsWith('市') && match.End < text.Length && text[match.End] == '场' && text[match.End - 1] == '市') continue;
            hits.Add(new PlaceHit(match.Start, match.Length, entry.Name, entry.Kind, PlaceSource.Gazetteer, null));
        }
        PlaceRules.Zones(folded, hits, taken, h => PlaceRules.IsAreaKind(h.Kind));
        PlaceRules.Towns(folded, hits, taken);
        if (titles.Count > 0) WithoutTitles(hits, titles);
        hits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return hits.Count == 0 ? NoHits : [.. hits];
    }

    // Apart from Scan: a lambda there that captures the titles is allocated on every call, titles or not.
    private static void WithoutTitles(List<PlaceHit> hits, IReadOnlyList<(int Start, int Length)> titles) =>
        hits.RemoveAll(h => QuotedSpans.Inside(titles, h.Start, h.Length));

    /// <summary>
    /// The matches that may apply in this plan: a local alias of another area's plans is dropped
    /// before the longest matches are chosen, so that it does not hide a shorter name it starts
    /// with (高新技术产业开发区 of 长春市's plans; 长春一 of a region 长春一市 in 长春一汽 elsewhere).
    /// One printed right after its area stays (长春市高新区), as <see cref="Resolve"/> accepts it.
    /// </summary>
    private List<TermMatch<List<PlaceTerm>>> Applicable(List<TermMatch<List<PlaceTerm>>> all)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all);
        // Judged before any is removed: a match may depend on the one printed before it.
        Span<bool> keep = span.Length <= 256 ? stackalloc bool[span.Length] : new bool[span.Length];
        for (var i = 0; i < span.Length; i++) keep[i] = MayApply(span[i], span);
        var kept = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (keep[i]) span[kept++] = span[i];
        }
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(all, kept);
        return all;
    }

    private bool MayApply(TermMatch<List<PlaceTerm>> match, ReadOnlySpan<TermMatch<List<PlaceTerm>>> all)
    {
        foreach (var term in match.Value)
        {
            if (term.LocalWithin is not { } within || planArea.Contains(within)) return true;
            foreach (var other in all)
            {
                if (other.End != match.Start) continue;
                foreach (var t in other.Value)
                {
                    if (t.Entry?.Name == within) return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The first candidate that applies here: a global name, or a local alias in a plan of its area
    /// or printed right after its area (“长春市高新区” in the province's plans).
    /// </summary>
    private PlaceTerm? Resolve(List<PlaceTerm> candidates, string? before)
    {
        foreach (var term in candidates)
        {
            if (term.LocalWithin is null || planArea.Contains(term.LocalWithin) || term.LocalWithin == before) return term;
        }
        return null;
    }
}
