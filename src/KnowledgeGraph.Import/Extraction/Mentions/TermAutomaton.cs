namespace KnowledgeGraph.Import.Extraction.Mentions;

/// <summary>
/// An Aho–Corasick automaton over a gazetteer's folded terms: one pass over a text finds every
/// occurrence of every term, whatever the number of terms, so a paragraph is read once rather than
/// once per name. <see cref="Scan"/> keeps the leftmost-longest occurrences that do not overlap
/// (“长春新区” wins over “长春” at the same place; a blocker term such as “长白山” hides the “白山” inside it).
/// </summary>
public sealed class TermAutomaton<T>
{
    private readonly Dictionary<long, int> _next = [];
    // Most characters of a text start no term: the root's transitions are a flat table, so the
    // common case costs an array read rather than a hash lookup.
    private readonly int[] _root = new int[char.MaxValue + 1];
    private readonly List<int> _fail = [0];
    private readonly List<int> _depth = [0];
    // For each state: the term ending here (index into _terms) or -1, and the nearest state on the
    // fail chain that ends a term (the "dictionary link"), so all matches at a position are found.
    private readonly List<int> _term = [-1];
    private readonly List<int> _dictionaryLink = [0];
    private readonly List<(string Term, T Value)> _terms = [];

    public TermAutomaton(IEnumerable<(string Term, T Value)> terms)
    {
        foreach (var (term, value) in terms)
        {
            if (term.Length == 0) continue;
            var state = 0;
            foreach (var c in term)
            {
                var key = Key(state, c);
                if (!_next.TryGetValue(key, out var next))
                {
                    next = _fail.Count;
                    _fail.Add(0);
                    _depth.Add(_depth[state] + 1);
                    _term.Add(-1);
                    _dictionaryLink.Add(0);
                    _next[key] = next;
                }
                if (state == 0) _root[c] = next;
                state = next;
            }
            // The first registration of a term wins: gazetteers list their preferred reading first.
            if (_term[state] < 0)
            {
                _term[state] = _terms.Count;
                _terms.Add((term, value));
            }
        }
        BuildFailLinks();
    }

    public int TermCount => _terms.Count;

    private static long Key(int state, char c) => ((long)state << 16) | c;

    private void BuildFailLinks()
    {
        var children = new Dictionary<int, List<(char, int)>>();
        foreach (var (key, next) in _next)
        {
            var parent = (int)(key >> 16);
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add(((char)(key & 0xFFFF), next));
        }
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            if (!children.TryGetValue(state, out var list)) continue;
            foreach (var (c, child) in list)
            {
                if (state != 0)
                {
                    var f = _fail[state];
                    while (true)
                    {
                        if (_next.TryGetValue(Key(f, c), out var target)) { _fail[child] = target; break; }
                        if (f == 0) { _fail[child] = 0; break; }
                        f = _fail[f];
                    }
                }
                var fail = _fail[child];
                _dictionaryLink[child] = _term[fail] >= 0 ? fail : _dictionaryLink[fail];
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>Every occurrence of every term, as (start, length, term value), in order of end position.</summary>
    public List<TermMatch<T>> FindAll(string text)
    {
        var found = new List<TermMatch<T>>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            while (true)
            {
                if (state == 0) { state = _root[c]; break; }
                if (_next.TryGetValue(Key(state, c), out var next)) { state = next; break; }
                state = _fail[state];
            }
            if (state == 0) continue;
            for (var s = _term[state] >= 0 ? state : _dictionaryLink[state]; s != 0; s = _dictionaryLink[s])
            {
                var (term, value) = _terms[_term[s]];
                found.Add(new TermMatch<T>(i + 1 - term.Length, term.Length, value));
            }
        }
        return found;
    }

    /// <summary>The leftmost-longest occurrences that do not overlap, in text order.</summary>
    public List<TermMatch<T>> Scan(string text)
    {
        var all = FindAll(text);
        if (all.Count <= 1) return all;
        all.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        // Kept in place: the list is the caller's, and a second one per paragraph was a good part of what matching allocated.
        var matches = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all);
        var kept = 0;
        var end = 0;
        foreach (var match in matches)
        {
            if (match.Start < end) continue;
            matches[kept++] = match;
            end = match.Start + match.Length;
        }
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(all, kept);
        return all;
    }
}

/// <summary>One occurrence of a gazetteer term in a folded text.</summary>
public readonly record struct TermMatch<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}
