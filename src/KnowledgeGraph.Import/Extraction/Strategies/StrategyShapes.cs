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
}
