namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Cores as characters, for the two matches that bigrams miss: names of the same characters in
/// another order (一汽奥迪新能源汽车 / 奥迪一汽新能源汽车, words swapped), and abbreviations that
/// drop a word from the middle (龙嘉机场扩建 for 龙嘉国际机场扩建), which share few bigrams but keep
/// every character in order. Cores are known by their first key, as in <see cref="SameAsIndex"/>.
/// </summary>
internal sealed class SameAsCharacters(IReadOnlyList<SameAsKey> keys)
{
    /// <summary>An abbreviation keeps at least this share of the name it abbreviates.</summary>
    public const double MinAbbreviationRatio = 0.6;

    // How many cores hold each character.
    private readonly Dictionary<char, int> _charDf = [];
    // Cores by their opening character and each character they hold (opening << 16 | character):
    // an abbreviation opens as the name it abbreviates and holds its rarest character.
    private readonly Dictionary<int, List<int>> _openingPostings = [];
    // Cores by their characters in code order: equal strings are cores of the same characters.
    private readonly Dictionary<string, List<int>> _sameCharacters = new(StringComparer.Ordinal);
    private readonly string[] _sortedChars = new string[keys.Count];
    private readonly int[] _coreLengths = new int[keys.Count];

    /// <summary>Indexes the core of key <paramref name="first"/>, the first key to have it.</summary>
    public void Add(int first)
    {
        var core = keys[first].Core;
        _coreLengths[first] = core.Length;
        var chars = core.ToCharArray();
        Array.Sort(chars);
        var sorted = _sortedChars[first] = new string(chars);
        (_sameCharacters.TryGetValue(sorted, out var same) ? same : _sameCharacters[sorted] = []).Add(first);
        var opening = core.Length > 0 ? core[0] << 16 : 0;
        // The runs of the sorted characters give the core's distinct characters.
        for (var x = 0; x < sorted.Length; x++)
        {
            if (x > 0 && sorted[x] == sorted[x - 1]) continue;
            var c = sorted[x];
            (_openingPostings.TryGetValue(opening | c, out var list) ? list : _openingPostings[opening | c] = []).Add(first);
            _charDf[c] = _charDf.GetValueOrDefault(c) + 1;
        }
    }

    /// <summary>The cores (by first key) made of the same characters as core <paramref name="first"/>, itself included.</summary>
    public List<int> SameCharacters(int first) => _sameCharacters[_sortedChars[first]];

    /// <summary>
    /// The longer cores (by first key) that hold the whole of core <paramref name="first"/> in order and
    /// open as it does, each with the share of its length the shorter keeps, into <paramref name="found"/>
    /// (cleared first).
    /// </summary>
    public void Abbreviated(int first, List<(int First, double Ratio)> found)
    {
        found.Clear();
        var core = keys[first].Core;
        // A name with another opening (英俊污水处理厂… around 污水处理厂…) names something else that contains the shorter one.
        if (!_openingPostings.TryGetValue(core[0] << 16 | Rarest(core), out var list)) return;
        var maxLength = (int)(core.Length / MinAbbreviationRatio);
        foreach (var other in list)
        {
            // Most cores that share the opening and the character are of another length: those are
            // passed over on one array read, without touching their strings.
            var length = _coreLengths[other];
            if (length <= core.Length || length > maxLength) continue;
            var longer = keys[other].Core;
            var ratio = core.Length / (double)longer.Length;
            if (ratio >= MinAbbreviationRatio && IsSubsequence(core, longer)) found.Add((other, ratio));
        }
    }

    /// <summary>The character of <paramref name="core"/> that the fewest cores hold, the first of them on a tie.</summary>
    private char Rarest(string core)
    {
        var rarest = core[0];
        var fewest = _charDf.GetValueOrDefault(rarest);
        for (var k = 1; k < core.Length; k++)
        {
            var count = _charDf.GetValueOrDefault(core[k]);
            if (count < fewest) (rarest, fewest) = (core[k], count);
        }
        return rarest;
    }

    private static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
        {
            if (at < shorter.Length && shorter[at] == c) at++;
        }
        return at == shorter.Length;
    }
}
