namespace KnowledgeGraph.Import.Extraction.Mentions;

/// <summary>
/// An Aho–Corasick automaton over a gazetteer's folded terms: one pass over a text finds every
/// occurrence of every term, whatever the number of terms, so a paragraph is read once rather than
/// once per name. <see cref="Scan"/> keeps the leftmost-longest occurrences that do not overlap
/// (“长春新区” wins over “长春” at the same place; a blocker term such as “长白山” hides the “白山” inside it).
/// </summary>
public sealed class TermAutomaton<T>
{
    // Most characters of a text start no term: a bit per character (8 KB, which stays in the
    // nearest cache) rules them out before the root's flat transition table is read. Every other
    // state's transitions sit side by side, sorted by character (_childChar and _childState from
    // _firstChild[state] to _firstChild[state + 1]): a state has one or two, and a short scan of
    // adjacent memory beats a hash lookup.
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];
    private readonly int[] _root = new int[char.MaxValue + 1];
    private readonly int[] _firstChild;
    private readonly char[] _childChar;
    private readonly int[] _childState;
    private readonly int[] _fail;
    // For each state: the term ending here (index into _terms) or -1, and the nearest state on the
    // fail chain that ends a term (the "dictionary link"), so all matches at a position are found.
    private readonly int[] _term;
    private readonly int[] _dictionaryLink;
    private readonly (string Term, T Value)[] _terms;
    // The same start characters for a vectorised search: between terms the scan jumps to the next
    // character that can start one instead of testing each character's bit. Only for a few of them:
    // the vectorised search for many ideographs (the places' 112) sifts by byte and confirms most
    // characters one by one, slower than the bit test (extraction of 100 copies: 2.51 against 2.60 s,
    // alternating in one process).
    private readonly System.Buffers.SearchValues<char>? _startValues;
    private const int MaxVectorisedStarts = 16;

    public TermAutomaton(IEnumerable<(string Term, T Value)> terms)
    {
        var next = new Dictionary<long, int>();
        var termOf = new List<int> { -1 };
        var found = new List<(string Term, T Value)>();
        foreach (var (term, value) in terms)
        {
            if (term.Length == 0) continue;
            var state = 0;
            foreach (var c in term)
            {
                var key = Key(state, c);
                if (!next.TryGetValue(key, out var child))
                {
                    child = termOf.Count;
                    termOf.Add(-1);
                    next[key] = child;
                }
                if (state == 0)
                {
                    _root[c] = child;
                    _starts[c >> 6] |= 1UL << (c & 63);
                }
                state = child;
            }
            // The first registration of a term wins: gazetteers list their preferred reading first.
            if (termOf[state] < 0)
            {
                termOf[state] = found.Count;
                found.Add((term, value));
            }
        }
        var starts = Normalising.TextFolding.CharactersWhere(c => (_starts[c >> 6] & (1UL << (c & 63))) != 0);
        if (starts.Length <= MaxVectorisedStarts) _startValues = System.Buffers.SearchValues.Create(starts);
        _terms = [.. found];
        _term = [.. termOf];
        (_firstChild, _childChar, _childState) = Children(next, _term.Length);
        (_fail, _dictionaryLink) = FailLinks(_term.Length);
    }

    public int TermCount => _terms.Length;

    private static long Key(int state, char c) => ((long)state << 16) | c;

    private static (int[] First, char[] Chars, int[] States) Children(Dictionary<long, int> next, int stateCount)
    {
        var keys = next.Keys.Order().ToArray();
        var first = new int[stateCount + 1];
        var chars = new char[keys.Length];
        var states = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            first[(int)(keys[i] >> 16) + 1]++;
            chars[i] = (char)(keys[i] & 0xFFFF);
            states[i] = next[keys[i]];
        }
        for (var state = 0; state < stateCount; state++) first[state + 1] += first[state];
        return (first, chars, states);
    }

    /// <summary>The state <paramref name="c"/> leads to from <paramref name="state"/>, or 0 for none.</summary>
    private int Step(int state, char c)
    {
        if (state == 0) return _root[c];
        for (var i = _firstChild[state]; i < _firstChild[state + 1]; i++)
        {
            if (_childChar[i] == c) return _childState[i];
        }
        return 0;
    }

    private (int[] Fail, int[] DictionaryLink) FailLinks(int stateCount)
    {
        var fail = new int[stateCount];
        var dictionaryLink = new int[stateCount];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            for (var i = _firstChild[state]; i < _firstChild[state + 1]; i++)
            {
                var (c, child) = (_childChar[i], _childState[i]);
                if (state != 0)
                {
                    // Breadth first: the fail chain of a shallower state is complete by now.
                    var f = fail[state];
                    var target = Step(f, c);
                    while (target == 0 && f != 0)
                    {
                        f = fail[f];
                        target = Step(f, c);
                    }
                    fail[child] = target;
                }
                var failTo = fail[child];
                dictionaryLink[child] = _term[failTo] >= 0 ? failTo : dictionaryLink[failTo];
                queue.Enqueue(child);
            }
        }
        return (fail, dictionaryLink);
    }

    /// <summary>Every occurrence of every term, as (start, length, term value), in order of end position.</summary>
    public List<TermMatch<T>> FindAll(string text) => FindAll(text, []);

    /// <summary><see cref="FindAll(string)"/> into <paramref name="found"/>, emptied first: a caller matching paragraph after paragraph keeps one list.</summary>
    public List<TermMatch<T>> FindAll(string text, List<TermMatch<T>> found)
    {
        found.Clear();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (state == 0)
            {
                if (!StartsTerm(c))
                {
                    var skip = _startValues is null ? NextStart(text, i + 1) : text.AsSpan(i + 1).IndexOfAny(_startValues);
                    if (skip < 0) break;
                    i += skip + 1;
                    c = text[i];
                }
                state = _root[c];
            }
            else
            {
                var next = Step(state, c);
                while (next == 0 && state != 0)
                {
                    state = _fail[state];
                    next = Step(state, c);
                }
                state = next;
                if (state == 0) continue;
            }
            for (var s = _term[state] >= 0 ? state : _dictionaryLink[state]; s != 0; s = _dictionaryLink[s])
            {
                var (term, value) = _terms[_term[s]];
                found.Add(new TermMatch<T>(i + 1 - term.Length, term.Length, value));
            }
        }
        return found;
    }

    private bool StartsTerm(char c) => (_starts[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>How far after <paramref name="from"/> the next character that starts a term is, or −1.</summary>
    private int NextStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (StartsTerm(text[i])) return i - from;
        }
        return -1;
    }

    /// <summary>The leftmost-longest occurrences that do not overlap, in text order.</summary>
    public List<TermMatch<T>> Scan(string text) => LeftmostLongest(FindAll(text));

    /// <summary><see cref="Scan(string)"/> into <paramref name="found"/>, emptied first.</summary>
    public List<TermMatch<T>> Scan(string text, List<TermMatch<T>> found) => LeftmostLongest(FindAll(text, found));

    /// <summary>
    /// Of <paramref name="all"/> (as <see cref="FindAll"/> returns them, perhaps with some removed),
    /// the leftmost-longest that do not overlap, in text order; the list is reused.
    /// </summary>
    public static List<TermMatch<T>> LeftmostLongest(List<TermMatch<T>> all)
    {
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
