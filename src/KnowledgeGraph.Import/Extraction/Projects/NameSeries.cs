namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// A printed name that stands for several projects sharing one word, which the plans write once:
/// <list type="bullet">
/// <item>quoted programmes before it — “三早育苗”“明德知礼”工程, 用煤领域“煤改气”“煤改电”“煤改生”替代工程 —
/// one project per quote, each with the words before and after the series (“三早育苗”工程, 用煤领域“煤改气”替代工程);
/// quotes apart (“工业锈带”向“文化秀带”转型工程) are one name;</item>
/// <item>places before a facility each place has one of — 四平、琿春、…、长白机场, 长白山（二道白河）、通化、白山、
/// 抚松（松江河）综合客运枢纽 — one per place (四平机场, 通化综合客运枢纽). Only facilities of a place
/// (airports, stations, hubs, ports): a programme across places (…街道、…街道、城西镇城镇老旧小区改造建设项目) is one project.</item>
/// </list>
/// </summary>
internal static class NameSeries
{
    private static readonly string[] Facilities = ["机场", "枢纽", "站", "港", "码头"];

    public static IReadOnlyList<string> Names(string name) => Quoted(name) ?? Elided(name) ?? [name];

    /// <summary>The name is places before a facility each of them has (吉林、通化机场).</summary>
    public static bool IsPlacesBeforeFacility(string name) => Elided(name) is not null;

    private static List<string>? Quoted(string name)
    {
        var first = name.IndexOf('“');
        if (first < 0) return null;
        var quotes = new List<(int Start, int End)>();
        var at = first;
        while (at < name.Length && name[at] == '“')
        {
            var close = name.IndexOf('”', at + 1);
            if (close < 0) return null;
            quotes.Add((at, close + 1));
            at = close + 1;
        }
        // The series must be followed by the shared word: a name ending in its last quote is a slogan, not a series.
        if (quotes.Count < 2 || at >= name.Length) return null;
        var before = name[..first];
        var after = name[at..];
        return quotes.ConvertAll(q => string.Concat(before, name.AsSpan(q.Start, q.End - q.Start), after));
    }

    private static List<string>? Elided(string name)
    {
        if (name.IndexOf('、') < 0 || name.Contains('等')) return null;
        var items = name.Split('、');
        var last = items[^1];
        // The last item is a place and the facility: the longest opening that is a place leaves the facility.
        for (var cut = last.Length - 2; cut >= 2; cut--)
        {
            var facility = last[cut..];
            if (!IsFacility(facility) || !IsPlace(last[..cut])) continue;
            if (!items[..^1].All(IsPlace)) return null;
            return [.. items[..^1].Select(place => place + facility), last];
        }
        return null;
    }

    private static bool IsFacility(string words) => ProjectNames.Ending(words, Facilities) is not null;

    /// <summary>An area or landmark, with a bracketed locality after it (抚松（松江河）).</summary>
    private static bool IsPlace(string item)
    {
        var open = item.IndexOfAny(['（', '(']);
        var bare = open > 0 && item[^1] is '）' or ')' ? item[..open] : item;
        return bare.Length >= 2 && ProjectPlaces.IsPlaceWord(bare);
    }
}
