using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Extraction.Places;

namespace KnowledgeGraph.Import.Extraction.Agencies;

/// <summary>
/// Government and party bodies named as [area][body][suffix]: 省工业和信息化厅, 区发改局, 长春市委,
/// 国家发展改革委, 市政府. The area is a place the text prints or a bare 省/市/区/县, which means the
/// plan's own province, city or region (二道区's 区政府 is 二道区人民政府); a bare prefix the plan's
/// area cannot resolve (市 in the province's plans) names no one body and is skipped. The name must
/// start after a clear boundary (城市委员会 is not 市委员会) and end in a body's suffix.
/// </summary>
public static class GovernmentNames
{
    private static readonly (string Suffix, string Canonical)[] Suffixes =
    [
        ("人民代表大会常务委员会", "人大常委会"), ("人大常委会", "人大常委会"), ("人民政府", "人民政府"), ("政府", "人民政府"),
        ("管理委员会", "管理委员会"), ("管委会", "管理委员会"), ("发展和改革委员会", "发展改革委"), ("发展改革委", "发展改革委"),
        ("发改委", "发展改革委"), ("委员会", "委员会"), ("办公厅", "办公厅"), ("办公室", "办公室"), ("厅", "厅"), ("局", "局"), ("委", "委"),
    ];

    // The suffixes by their first character, each list in the order above (the first that fits wins).
    private static readonly Dictionary<char, (string Suffix, string Canonical)[]> SuffixesByFirst =
        Suffixes.GroupBy(s => s.Suffix[0]).ToDictionary(g => g.Key, g => g.ToArray());

    // Function words that may stand right before a body's name (由省工业和信息化厅牵头, 报请区人大常委会,
    // 通过国家药监局核准, 对接国家…局, 依托市科技局).
    private static readonly System.Buffers.SearchValues<char> Lead = System.Buffers.SearchValues.Create("由和与及同合在经对向请按报等将为以从是被据照实彻助设至给受交归过接托");

    // Characters a body's own name does not contain: they mark a phrase (省直有关部门, 市级, 区域, 市场).
    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("的等、与及在是将对为把各有直级域场内外全所以了县乡镇圈相两");

    // 布局, 格局, 大局 … end in 局; 客厅, 展厅 … end in 厅: words, not bodies.
    private static readonly System.Buffers.SearchValues<char> NotBeforeBureau = System.Buffers.SearchValues.Create("布格全大结开时当变新总棋客乐餐展门会舞好残赛");

    public sealed record Hit(int Start, int Length, string Name);

    // Most texts name no government body: they share one empty list (the lists are read only).
    private static readonly List<Hit> NoHits = [];

    /// <summary>The bodies a text names, in text order. The list may be shared: callers must not change it.</summary>
    public static List<Hit> Find(FoldedText folded, List<PlaceHit> places, AgencyArea area)
    {
        var text = folded.Text;
        List<Hit>? hits = null;
        var lastEnd = -1;
        var nextPlace = 0;
        for (var i = 0; i < text.Length; i++)
        {
            string? prefix = null;
            var bodyStart = i;
            while (nextPlace < places.Count && places[nextPlace].Start < i) nextPlace++;
            var placeAt = nextPlace < places.Count ? places[nextPlace].Start : text.Length;
            if (placeAt != i && !MayStart(text[i]))
            {
                // Nothing can start here: on to the next place or 国/省/市/区/县 (most of a text is neither).
                var skip = text.AsSpan(i, placeAt - i).IndexOfAny(Starts);
                i = (skip < 0 ? placeAt : i + skip) - 1;
                continue;
            }
            var place = nextPlace < places.Count && places[nextPlace].Start == i && PlaceRules.IsAreaKind(places[nextPlace].Kind) ? places[nextPlace] : null;
            // A town's or street's own government (合隆镇人民政府, 责任单位 of a county's projects); no other body of it.
            if (place is null && nextPlace < places.Count && places[nextPlace].Start == i && places[nextPlace].Kind is PlaceKinds.Town or PlaceKinds.Street
                && GovernmentRightAfter(text, places[nextPlace].End) is { } government)
            {
                var town = places[nextPlace];
                (hits ??= []).Add(new Hit(i, town.End + government.Length - i, town.Name + "人民政府"));
                lastEnd = town.End + government.Length;
                i = lastEnd - 1;
                continue;
            }
            if (place is null && !MayStart(text[i])) continue;
            if (place is not null)
            {
                prefix = place.Name;
                bodyStart = place.End;
            }
            else if (AtBoundary(folded, i, lastEnd))
            {
                if (StartsWith(text, i, "国家")) { prefix = "国家"; bodyStart = i + 2; }
                else if (text[i] is '省' or '市' or '区' or '县') { prefix = area.Resolve(text[i]); bodyStart = i + 1; if (prefix is null) continue; }
            }
            if (prefix is null) continue;
            var found = SuffixAfter(text, bodyStart);
            if (found is null) continue;
            var (bodyEnd, suffix, canonical) = found.Value;
            var body = text[bodyStart..bodyEnd];
            if (prefix == "国家" && body.Length == 0) continue;
            var name = prefix + body + canonical;
            (hits ??= []).Add(new Hit(i, bodyEnd + suffix.Length - i, area.Canonical(name)));
            lastEnd = bodyEnd + suffix.Length;
            i = lastEnd - 1;
        }
        return hits ?? NoHits;
    }

    private static string? GovernmentRightAfter(string text, int at) =>
        StartsWith(text, at, "人民政府") ? "人民政府" : StartsWith(text, at, "政府") ? "政府" : null;

    private static (int BodyEnd, string Suffix, string Canonical)? SuffixAfter(string text, int from)
    {
        for (var end = from; end < text.Length && end - from <= 10; end++)
        {
            foreach (var (suffix, canonical) in SuffixesByFirst.GetValueOrDefault(text[end]) ?? [])
            {
                if (!StartsWith(text, end, suffix)) continue;
                if (suffix is "局" or "厅" && (end == from || NotBeforeBureau.Contains(text[end - 1]))) continue;
                // 党委, 纪委 are the party's organs of any body; 部委 is ministries in general (对接国家部委).
                if (suffix == "委" && end > from && text[end - 1] is '党' or '纪' or '部') continue;
                // 委托, 委派 …: 委 starting a word.
                if (suffix == "委" && end + 1 < text.Length && text[end + 1] is '托' or '派' or '屈' or '婉') continue;
                return (end, suffix, canonical);
            }
            var c = text[end];
            // 乡 marks 县乡 (a phrase) but not 城乡 (住房和城乡建设局).
            if (c == '乡' && end > from && text[end - 1] == '城') continue;
            if (Stops.Contains(c) || c is < '\u4E00' or > '\u9FFF') return null;
        }
        return null;
    }

    private static bool MayStart(char c) => c is '国' or '省' or '市' or '区' or '县';

    private static readonly System.Buffers.SearchValues<char> Starts = System.Buffers.SearchValues.Create("国省市区县");

    private static bool AtBoundary(FoldedText folded, int i, int lastEnd)
    {
        if (i == 0 || i == lastEnd || folded.BoundaryBefore(i)) return true;
        var before = folded.Text[i - 1];
        return Lead.Contains(before) || !PlaceRules.IsCjkLetter(before);
    }

    private static bool StartsWith(string text, int at, string value) =>
        at + value.Length <= text.Length && string.CompareOrdinal(text, at, value, 0, value.Length) == 0;
}
