namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Finds, among distinct comparison keys, the pairs whose cores are alike. Cores are compared as
/// sets of character bigrams weighted by inverse document frequency over the corpus's project
/// cores, so shared rare bigrams (“华微”, “嘉吉”) count and shared common ones (“产业”, “园区”)
/// hardly do. Two measures decide: weighted Jaccard (the whole names agree) and weighted
/// containment of the smaller in the larger (one name abbreviates the other: 龙嘉机场三期扩建 in
/// 长春龙嘉国际机场三期扩建). Candidates come from prefix filtering: a core is only compared with
/// cores that share one of its rarest bigrams — enough of them that any pair above the thresholds
/// must share one — so the work grows with the number of near matches, not with the square of
/// the number of projects. The postings hold every bigram; only the prefix is probed. Each core
/// is compared once, however many keys (plans, regions) share it; its keys then take its
/// matches, except those the caller's <see cref="SameAsBlocks"/> hold apart.
/// </summary>
internal sealed class SameAsIndex
{
    /// <summary>Weighted Jaccard at or above this links.</summary>
    public const double JaccardThreshold = 0.72;

    /// <summary>Weighted containment at or above this links, when the smaller core has at least <see cref="MinContainedBigrams"/> bigrams.</summary>
    public const double ContainmentThreshold = 0.86;

    public const int MinContainedBigrams = 4;

    /// <summary>A contained name must still make up half the weight of the pair: not one word of a longer name.</summary>
    public const double MinContainmentJaccard = 0.5;

    /// <summary>Cores this short or shorter whose every bigram recurs in other cores are kinds, not names.</summary>
    public const int MaxGenericLength = 8;

    private readonly IReadOnlyList<SameAsKey> _keys;
    // Bigrams are numbered in one global order — rarest (highest IDF) first, then ordinal — so
    // that each key's bigrams are a sorted int array and two keys are compared by a merge of ints.
    private readonly double[] _idf;
    private readonly int[] _df;
    // Per bigram, the cores that hold it (each by its first key).
    private readonly List<int>[] _postings;
    private readonly SameAsCharacters _characters;
    private readonly int[][] _bigrams;
    private readonly double[] _weights;
    // How many of each key's bigrams (rarest first) its core's probe reads: see SimilarCores.
    private readonly int[] _prefixLength;
    private readonly SameAsBlocks? _blocks;

    // Keys of one core score alike against every other key: similarity is found once per core
    // (through its first key, _first) and then given to the core's keys (_coreKeys, by block).
    private readonly int[] _first;
    private readonly SameAsPostings[] _coreKeys;
    private readonly (int First, double Score)[][] _similarCores;

    public SameAsIndex(IReadOnlyList<SameAsKey> keys, SameAsBlocks? blocks = null)
    {
        _keys = keys;
        _blocks = blocks;
        var texts = new uint[keys.Count][];
        // Document frequency over distinct cores: a project named in many plans counts once.
        var df = new Dictionary<uint, int>();
        var cores = new Dictionary<string, uint[]>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (cores.TryGetValue(keys[i].Core, out var known))
            {
                texts[i] = known;
                continue;
            }
            texts[i] = cores[keys[i].Core] = Bigrams(keys[i].Core);
            foreach (var b in texts[i]) df[b] = df.GetValueOrDefault(b) + 1;
        }
        var idfOf = new Dictionary<uint, double>(df.Count);
        foreach (var (b, n) in df) idfOf[b] = Math.Log(1.0 + cores.Count / (double)n);
        var ordered = idfOf.Keys.ToArray();
        var weights = ordered.Select(b => idfOf[b]).ToArray();
        Array.Sort(weights, ordered, Comparer<double>.Create(static (x, y) => y.CompareTo(x)));
        // Equal weights: ordinal order within each run (the sort above keeps no order among them).
        for (var from = 0; from < ordered.Length;)
        {
            var to = from + 1;
            while (to < ordered.Length && weights[to] == weights[from]) to++;
            Array.Sort(ordered, from, to - from);
            from = to;
        }
        var rank = new Dictionary<uint, int>(ordered.Length);
        _idf = new double[ordered.Length];
        _df = new int[ordered.Length];
        _postings = new List<int>[ordered.Length];
        for (var r = 0; r < ordered.Length; r++)
        {
            rank[ordered[r]] = r;
            _idf[r] = idfOf[ordered[r]];
            _df[r] = df[ordered[r]];
            _postings[r] = [];
        }

        _characters = new SameAsCharacters(keys);
        _bigrams = new int[keys.Count][];
        _weights = new double[keys.Count];
        _prefixLength = new int[keys.Count];
        // Keys of one core share its bigram array (see texts above), and so its ids, weight and prefix.
        var ofCore = new Dictionary<uint[], int>(ReferenceEqualityComparer.Instance);
        _first = new int[keys.Count];
        _coreKeys = new SameAsPostings[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (ofCore.TryGetValue(texts[i], out var same))
            {
                (_bigrams[i], _weights[i], _prefixLength[i]) = (_bigrams[same], _weights[same], _prefixLength[same]);
                _first[i] = same;
                _coreKeys[same].All.Add(i);
            }
            else
            {
                ofCore[texts[i]] = i;
                _first[i] = i;
                (_coreKeys[i] = new SameAsPostings()).All.Add(i);
                // Rarest first: the prefix that must be shared is taken from the front.
                var ids = new int[texts[i].Length];
                for (var x = 0; x < ids.Length; x++) ids[x] = rank[texts[i][x]];
                Array.Sort(ids);
                _bigrams[i] = ids;
                var weight = 0.0;
                foreach (var b in ids) weight += _idf[b];
                _weights[i] = weight;
                _prefixLength[i] = PrefixLength(ids, weight);
                foreach (var b in ids) _postings[b].Add(i);
                _characters.Add(i);
            }
        }
        _similarCores = SimilarCores();
        if (blocks is null) return;
        // Each list splits on its own (the blocks are only read): side by side, in any order.
        Func<int, int> blockOf = blocks.BlockOf;
        Parallel.ForEach(_coreKeys.Where(c => c is not null).ToArray(), postings => postings.Split(blockOf));
    }

    /// <summary>
    /// For each core (by its first key), the cores alike to it with their scores, itself included
    /// when it has bigrams (score 1): found through the rarest bigrams, each pair once, then listed
    /// from both sides.
    /// </summary>
    private (int First, double Score)[][] SimilarCores()
    {
        var firsts = Enumerable.Range(0, _keys.Count).Where(i => _first[i] == i).ToArray();
        // Each core's pairs in one array of their exact number (most cores pair only with
        // themselves), found in one list per thread.
        var pairs = new (int A, int B, double Score)[]?[firsts.Length];
        Parallel.For(0, firsts.Length, () => (Seen: new int[_keys.Count], Found: new List<(int, int, double)>()), (f, _, local) =>
        {
            var i = firsts[f];
            var (seen, found) = local;
            found.Clear();
            if (Score(i, i) is { } self) found.Add((i, i, self));
            var bigrams = _bigrams[i];
            for (var x = 0; x < _prefixLength[i]; x++)
            {
                foreach (var j in _postings[bigrams[x]])
                {
                    // A stamp per core (its first key + 1) marks the cores already weighed.
                    if (j == i || seen[j] == i + 1) continue;
                    seen[j] = i + 1;
                    if (!WeighsAlike(i, j)) continue;
                    // Scores are symmetric: a pair the lower core's own probe reaches is scored there only.
                    if (j < i && WeighsAlike(j, i) && PrefixMeets(j, i)) continue;
                    if (Score(i, j) is { } score) found.Add((i, j, score));
                }
            }
            if (found.Count > 0) pairs[f] = [.. found];
            return local;
        }, _ => { });
        // Listed from both sides in the order found: each list sized by a first count, then filled.
        var degree = new int[_keys.Count];
        foreach (var list in pairs)
        {
            if (list is null) continue;
            foreach (var (a, b, _) in list)
            {
                degree[a]++;
                if (a != b) degree[b]++;
            }
        }
        var lists = new (int First, double Score)[_keys.Count][];
        for (var k = 0; k < lists.Length; k++) lists[k] = degree[k] == 0 ? [] : new (int, double)[degree[k]];
        Array.Clear(degree);
        foreach (var list in pairs)
        {
            if (list is null) continue;
            foreach (var (a, b, score) in list)
            {
                lists[a][degree[a]++] = (b, score);
                if (a != b) lists[b][degree[b]++] = (a, score);
            }
        }
        return lists;
    }

    /// <summary>Buffers for one caller's probes (<see cref="Similar"/>); the index itself is read-only and can be probed in parallel.</summary>
    public sealed class Probe
    {
        // The keys of one posting list a probe reads (SameAsPostings.For).
        internal readonly List<int> Candidates = [];

        // The cores an abbreviation probe found (SameAsCharacters.Abbreviated).
        internal readonly List<(int First, double Ratio)> Cores = [];

        /// <summary>What the last probe found, <see cref="Similar"/>'s then <see cref="Abbreviated"/>'s: one buffer per caller, not a list per key.</summary>
        public List<(int Other, double Score)> Found { get; } = [];
    }

    /// <summary>
    /// Keys whose cores are key <paramref name="i"/>'s in other words (<see cref="SameAsCharacters"/>):
    /// cores of the same characters in another order, each pair once; and longer cores that hold the
    /// whole of this one in order, scored by how much of the longer name the shorter keeps. Added to
    /// the probe's <see cref="Probe.Found"/>.
    /// </summary>
    public void Abbreviated(int i, Probe probe)
    {
        var found = probe.Found;
        var core = _keys[i].Core;
        // A kind of project (污水处理厂提标改造) is found inside many names: it abbreviates none of them.
        if (core.Length < MinAbbreviationLength || IsGeneric(i, MaxGenericAbbreviationLength)) return;
        var block = BlockOf(i);
        foreach (var other in _characters.SameCharacters(_first[i]))
        {
            if (core == _keys[other].Core) continue;
            foreach (var j in _coreKeys[other].For(block, probe.Candidates))
            {
                if (j > i && !Apart(i, j)) found.Add((j, ReorderedScore));
            }
        }
        _characters.Abbreviated(_first[i], probe.Cores);
        foreach (var (other, ratio) in probe.Cores)
        {
            foreach (var j in _coreKeys[other].For(block, probe.Candidates))
            {
                if (!Apart(i, j)) found.Add((j, 0.7 + 0.25 * ratio));
            }
        }
    }

    /// <summary>The similarity given to two cores made of the same characters in another order.</summary>
    public const double ReorderedScore = 0.9;

    /// <summary>An abbreviation keeps at least this many characters…</summary>
    public const int MinAbbreviationLength = 5;

    /// <summary>An abbreviation this short or shorter must hold something particular or rare.</summary>
    public const int MaxGenericAbbreviationLength = 12;

    /// <summary>
    /// Keys after key <paramref name="i"/> alike to it: the keys of the cores alike to its core
    /// (<see cref="SimilarCores"/>) that its block does not keep apart. Each pair is found once,
    /// from its lower key; callers collect pairs from every key. Found in <see cref="Probe.Found"/>,
    /// which is cleared first.
    /// </summary>
    public void Similar(int i, Probe probe)
    {
        var found = probe.Found;
        found.Clear();
        var block = BlockOf(i);
        foreach (var (core, score) in _similarCores[_first[i]])
        {
            foreach (var j in _coreKeys[core].For(block, probe.Candidates))
            {
                if (j > i && !Apart(i, j)) found.Add((j, score));
            }
        }
    }

    private bool Apart(int i, int j) => _blocks is not null && _blocks.Apart(i, j);

    private int BlockOf(int i) => _blocks?.BlockOf(i) ?? SameAsBlocks.Anywhere;

    /// <summary>
    /// The prefix: the rarest bigrams until their weight exceeds what a match may leave unshared.
    /// Any key that matches shares at least one of them.
    /// </summary>
    private int PrefixLength(int[] bigrams, double weight)
    {
        var allowedUnshared = (1 - Math.Min(JaccardThreshold, ContainmentThreshold)) * weight;
        var covered = 0.0;
        for (var x = 0; x < bigrams.Length; x++)
        {
            covered += _idf[bigrams[x]];
            if (covered > allowedUnshared) return x + 1;
        }
        return bigrams.Length;
    }

    /// <summary>
    /// Key <paramref name="j"/> is not too light or too heavy to match key <paramref name="i"/>:
    /// Jaccard is at most the smaller weight over the larger, and both measures need a Jaccard of
    /// at least <see cref="MinContainmentJaccard"/> (a margin for rounding keeps the filter from
    /// deciding what the score would not).
    /// </summary>
    private bool WeighsAlike(int i, int j) =>
        _weights[j] >= _weights[i] * MinContainmentJaccard * (1 - 1e-9) && _weights[j] <= _weights[i] / MinContainmentJaccard * (1 + 1e-9);

    /// <summary>Key <paramref name="j"/>'s prefix holds a bigram of key <paramref name="i"/>: j's probe reaches i.</summary>
    private bool PrefixMeets(int j, int i)
    {
        var prefix = _bigrams[j];
        var length = _prefixLength[j];
        var other = _bigrams[i];
        int x = 0, y = 0;
        while (x < length && y < other.Length)
        {
            if (prefix[x] == other[y]) return true;
            if (prefix[x] < other[y]) x++;
            else y++;
        }
        return false;
    }

    /// <summary>
    /// Key <paramref name="i"/> names a kind rather than a project (生物医药产业园, 文化活动中心, 城市轨道交通):
    /// nothing particular in it, short, and each of its bigrams found in other projects' names too.
    /// </summary>
    public bool IsGeneric(int i, int maxLength = MaxGenericLength)
    {
        var key = _keys[i];
        if (key.Particular || key.Core.Length > maxLength) return false;
        foreach (var b in _bigrams[i])
        {
            if (_df[b] < 2) return false;
        }
        return true;
    }

    /// <summary>The similarity of two keys' cores, or null when below both thresholds.</summary>
    public double? Score(int i, int j)
    {
        var a = _bigrams[i];
        var b = _bigrams[j];
        if (a.Length == 0 || b.Length == 0) return null;
        // Both arrays are in one global order (rarest first, then ordinal): a merge finds the shared ones.
        var shared = 0.0;
        var sharedCount = 0;
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                shared += _idf[a[x]];
                sharedCount++;
                x++;
                y++;
            }
            else if (a[x] < b[y]) x++;
            else y++;
        }
        var union = _weights[i] + _weights[j] - shared;
        var jaccard = shared / union;
        if (jaccard >= JaccardThreshold) return jaccard;
        var smaller = Math.Min(_weights[i], _weights[j]);
        var smallerCount = Math.Min(a.Length, b.Length);
        var containment = shared / smaller;
        // An abbreviation must keep most of the name it abbreviates, not one word of it.
        if (containment >= ContainmentThreshold && smallerCount >= MinContainedBigrams && sharedCount >= MinContainedBigrams && jaccard >= MinContainmentJaccard)
        {
            return 0.9 * containment;
        }
        return null;
    }

    /// <summary>
    /// A core's distinct bigrams, each as its two characters in one number (first &lt;&lt; 16 | second),
    /// which orders as the two-character strings do ordinally; a one-character core is its
    /// character followed by nothing (0), which orders before every bigram it starts.
    /// </summary>
    private static uint[] Bigrams(string core)
    {
        if (core.Length == 0) return [];
        if (core.Length == 1) return [(uint)core[0] << 16];
        var set = new HashSet<uint>();
        for (var i = 0; i + 1 < core.Length; i++) set.Add(((uint)core[i] << 16) | core[i + 1]);
        return [.. set];
    }
}
