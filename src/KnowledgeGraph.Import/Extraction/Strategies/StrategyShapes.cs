namespace KnowledgeGraph.Import.Extraction.Strategies;

/// <summary>
/// The shape of a numbered programme, for quoted names no gazetteer lists: at least two
/// “numeral + short word” units (“一城五区”, “一核双廊八通道”, “3转4强7新”, “两环四纵两横”), or
/// “N大 + word” (“四大板块”, “两大基地”, “五大城市”). Period names (“十四五”) have no words and
/// fail; “一X一Y” slogans of one character each (一村一品, 一企一策) are per-unit policies, not
/// programmes, and fail too.
/// </summary>
public static class StrategyShapes
{
    private const string Numerals = "一二三四五六七八九十两双多百千万N0123456789";

    public static bool IsProgramme(string key)
    {
        if (key.Length is < 3 or > 14) return false;
        return IsNumberedUnits(key) || IsBigN(key);
    }

    private static bool IsNumberedUnits(string key)
    {
        var units = 0;
        var allOnes = true;
        var i = 0;
        while (i < key.Length)
        {
            var start = i;
            while (i < key.Length && Numerals.Contains(key[i])) i++;
            if (i == start) return false;
            var numeral = key[start..i];
            var bodyStart = i;
            while (i < key.Length && !Numerals.Contains(key[i]) && IsCjk(key[i])) i++;
            var body = i - bodyStart;
            if (body is < 1 or > 3) return false;
            if (numeral != "一" || body != 1) allOnes = false;
            units++;
        }
        return units >= 2 && !allOnes;
    }

    private static bool IsBigN(string key)
    {
        var at = key.IndexOf('大');
        if (at < 1 || key.Length - at - 1 is < 2 or > 4) return false;
        for (var i = 0; i < at; i++)
        {
            if (!Numerals.Contains(key[i]) || key[i] == '一') return false;
        }
        for (var i = at + 1; i < key.Length; i++)
        {
            if (!IsCjk(key[i])) return false;
        }
        return true;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>
    /// “1+3+X”, “1+2+4+N”, “8+7+5”: a programme written as a sum of numbered parts and its open rest
    /// (X, N). Named by the words that follow it (基层治理模式), since the formula alone is every plan's
    /// own. Sums of letters (“P+R”, “B+R”) are modes of transport, not programmes.
    /// </summary>
    public static bool IsFormula(string key)
    {
        if (!key.Contains('+')) return false;
        var parts = key.Split('+');
        if (parts.Length < 2 || parts.Length > 6) return false;
        var digits = 0;
        foreach (var part in parts)
        {
            if (part is "X" or "N" or "x" or "n") continue;
            if (part.Length is < 1 or > 3 || part.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0) return false;
            digits++;
        }
        return digits > 0;
    }

    private static readonly string[] ProgrammeNouns = ["体系", "模式", "布局", "格局", "思路", "工程", "计划", "行动", "战略", "架构", "框架", "机制", "生态圈"];

    /// <summary>The words after a formula up to the noun that names what it is (“1+4+3+N”的总体思路 → 总体思路) and where they end, or null.</summary>
    public static (string Words, int End)? ProgrammeNoun(string text, int from)
    {
        if (from < text.Length && text[from] == '的') from++;
        var end = from;
        while (end < text.Length && end - from < 12 && IsCjk(text[end])) end++;
        for (var to = from + 2; to <= end; to++)
        {
            foreach (var noun in ProgrammeNouns)
            {
                if (text.AsSpan(from, to - from).EndsWith(noun)) return (text[from..to], to);
            }
        }
        return null;
    }
}
