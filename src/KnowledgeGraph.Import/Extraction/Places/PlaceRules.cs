using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Extraction.Places;

/// <summary>
/// Rules for places the gazetteer does not list. They only fire where the text marks the name's
/// left edge — a punctuation mark, a line or cell break, or a known place printed right before it —
/// because a suffix alone says nothing about where a name starts (“推动区…”, “城乡”, “特色小镇”).
/// </summary>
public static class PlaceRules
{
    // Words that may stand between a clear boundary and a town's name and are not part of it.
    private static readonly string[] LeadingWords =
    [
        "推动", "推进", "加快", "打造", "建设", "依托", "围绕", "支持", "提升", "实施", "利用", "发挥", "结合", "引导",
        "鼓励", "完善", "加强", "培育", "发展", "推广", "落实", "开展", "组织", "深化", "带动", "辐射", "涉及", "包括",
        "位于", "重点", "以及", "其中", "其余", "拟在", "进行", "引进", "覆盖", "服务", "面向", "实现", "做好", "强化",
        "纵向", "建成", "县城", "全面", "持续", "积极", "逐步", "构建",
        "以", "在", "和", "与", "及", "对", "将", "把", "为", "由", "向", "从", "至", "到", "即", "辖", "含", "经", "沿",
    ];

    // Bodies that make “…镇/乡/街道” a common noun, not a name (特色小镇, 重点镇, 工业重镇, 城镇 …).
    private static readonly string[] GenericEndings =
        ["小", "重", "大", "强", "名", "集", "村", "城", "乡", "镇", "县城", "城市", "特色", "重点", "中心", "示范", "特大", "建制", "产业",
         "品牌", "文明", "数字", "旅游", "工业", "商贸", "节点", "周边", "沿线", "相关", "有关", "重要", "各", "全", "本", "该", "各类", "所在", "城关"];

    // 回乡, 兴乡, 助乡, 下乡 …: a verb before 乡 makes a slogan (能人回乡、工商兴乡、社会助乡), not a township.
    private static readonly System.Buffers.SearchValues<char> VerbBeforeTownship = System.Buffers.SearchValues.Create("回兴助下返入留到进爱思望故家");

    private static readonly System.Buffers.SearchValues<char> AfterTownship = System.Buffers.SearchValues.Create("等和及为的卫政人境");

    private static readonly System.Buffers.SearchValues<char> RejectAfterTown = System.Buffers.SearchValues.Create("村镇土愁情亲音贤野民风里下间域级区长党政干企街");

    private static readonly (string Suffix, string Kind)[] ZoneSuffixes =
    [
        ("高新技术产业开发区", PlaceKinds.Zone), ("高新技术产业示范区", PlaceKinds.Zone), ("经济技术开发区", PlaceKinds.Zone),
        ("经济开发区", PlaceKinds.Zone), ("开发区", PlaceKinds.Zone), ("高新区", PlaceKinds.Zone), ("综合保税区", PlaceKinds.Zone),
        ("保税区", PlaceKinds.Zone), ("示范区", PlaceKinds.Zone), ("合作区", PlaceKinds.Zone), ("试验区", PlaceKinds.Zone),
        ("集中区", PlaceKinds.Zone), ("度假区", PlaceKinds.Zone), ("新区", PlaceKinds.Zone), ("先导区", PlaceKinds.Zone),
        ("产业园区", PlaceKinds.Park), ("工业园区", PlaceKinds.Park), ("物流园区", PlaceKinds.Park), ("产业园", PlaceKinds.Park),
        ("工业园", PlaceKinds.Park), ("科技园", PlaceKinds.Park), ("园区", PlaceKinds.Park),
    ];

    // Characters a zone's own name does not contain between the area and the suffix; they mark a clause (四平市联合共建汽车产业园区).
    private static readonly System.Buffers.SearchValues<char> ZoneStops = System.Buffers.SearchValues.Create("的和与及等在为是将把对向从至到由推建打加促提实以被让使各全两市县区共联并或其这该我积努获批入选重成设");

    private static readonly HashSet<string> AreaKinds =
        [PlaceKinds.Province, PlaceKinds.City, PlaceKinds.County, PlaceKinds.District, PlaceKinds.Zone];

    /// <summary>Towns and streets: …镇, …乡, …街道 whose left edge the text marks.</summary>
    public static void Towns(FoldedText folded, List<PlaceHit> hits, List<(int Start, int End)> taken)
    {
        var text = folded.Text;
        // Quoted words are slogans (“四水拥三镇”, “五下乡”, “吉人回乡”), not town names; found only
        // once a text has a candidate, as most have none.
        IReadOnlyList<(int Start, int Length)>? quotes = null;
        for (var p = 1; p < text.Length; p++)
        {
            var next = text.AsSpan(p).IndexOfAny(TownSuffixStarts);
            if (next < 0) break;
            p += next;
            var c = text[p];
            string suffix;
            if (c == '街' && p + 1 < text.Length && text[p + 1] == '道') suffix = "街道";
            else if (c is '镇' or '乡') suffix = c.ToString();
            else continue;
            var end = p + suffix.Length;
            if (IsTaken(taken, p) || QuotedSpans.Inside(quotes ??= QuotedSpans.Quotes(text), p, 1)) continue;
            if (suffix != "街道" && end < text.Length && RejectAfterTown.Contains(text[end])) continue;
            // A township's name ends where a word boundary is: 乡 running on into a word is 返乡创业, 鹿乡梅花鹿小镇.
            if (suffix == "乡" && end < text.Length && !folded.BoundaryBefore(end) && IsCjkLetter(text[end]) && !AfterTownship.Contains(text[end])) continue;
            if (suffix != "街道" && p > 0 && text[p - 1] is '城' or '乡' or '村' or '小') continue;

            // Walk back to the left edge: punctuation, a break, or the end of a known place.
            var j = p;
            string? adjacent = null;
            var edge = false;
            while (p - j < 9)
            {
                if (j == 0) { edge = true; break; }
                if (folded.BoundaryBefore(j)) { edge = true; break; }
                if (EndOfHit(hits, j) is { } before) { edge = true; adjacent = before.Length > 0 ? before : null; break; }
                if (!IsCjkLetter(text[j - 1])) { edge = true; break; }
                j--;
            }
            if (!edge) continue;
            var body = text[j..p];
            if (suffix == "乡")
            {
                // 乡 is too common a morpheme (城乡, 返乡, 美丽乡村): a township needs a bare name right after the edge.
                if (body.Length is < 2 or > 3 || StripLeading(body) != body || VerbBeforeTownship.Contains(body[^1])) continue;
            }
            else
            {
                body = StripLeading(body);
                if (body.Length is < 2 or > 4) continue;
            }
            if (IsGeneric(body)) continue;
            var start = p - body.Length;
            var kind = suffix == "街道" ? PlaceKinds.Street : PlaceKinds.Town;
            var parent = start == j ? adjacent : null;
            hits.Add(new PlaceHit(start, end - start, Printed(folded, start, end - start), kind, PlaceSource.TownRule, parent));
            taken.Add((start, end));
            p = end - 1;
        }
    }

    /// <summary>Zones and parks printed right after a known area: 四平 + 红嘴经济技术开发区, 公主岭 + 现代种业产业园.</summary>
    public static void Zones(FoldedText folded, List<PlaceHit> hits, List<(int Start, int End)> taken, Func<PlaceHit, bool> isArea)
    {
        var text = folded.Text;
        // Made for the few texts that print a zone after its area: this runs on every text.
        List<PlaceHit>? found = null;
        foreach (var area in hits)
        {
            // A province-wide prefix names a designation (吉林省三次产业融合发展示范区), not a zone.
            if (area.Source != PlaceSource.Gazetteer || !isArea(area) || area.Kind == PlaceKinds.Province) continue;
            if (area.Start > 0 && text[area.Start - 1] == '(') continue;
            var from = area.End;
            var limit = Math.Min(text.Length, from + 14);
            for (var e = from + 1; e <= limit; e++)
            {
                var ch = text[e - 1];
                if (folded.BoundaryBefore(e - 1) || (!IsCjkLetter(ch) && ch is not '(' and not ')')) break;
                if (IsTaken(taken, e - 1)) break;
                // Every suffix ends in 区 or 园: other characters only extend the modifier.
                var match = ch is '区' or '园' ? Suffix(text, e, from) : default;
                if (match.Suffix is null) { if (ZoneStops.Contains(ch)) break; continue; }
                var modifier = text[from..(e - match.Suffix.Length)];
                if (modifier.AsSpan().ContainsAny(ZoneStops)) break;
                if (modifier.AsSpan().Count('(') != modifier.AsSpan().Count(')')) break;
                // 吉林市俄罗斯伊尔库茨克境外园区 is abroad: the area before it is its sponsor, not its place.
                if (modifier.Contains("境外", StringComparison.Ordinal)) break;
                // 产业园 followed by 区: take the longer name.
                var stop = e;
                if (e < text.Length && text[e] == '区' && match.Kind == PlaceKinds.Park && !IsTaken(taken, e)) stop = e + 1;
                // The name as printed, rather than one name no line prints: a zone printed both with and
                // without its area's 市 or 区 is one place once the gazetteer lists it (长春循环经济产业开发区).
                var name = Printed(folded, area.Start, stop - area.Start);
                (found ??= []).Add(new PlaceHit(area.Start, stop - area.Start, name, match.Kind, PlaceSource.ZoneRule, area.Name));
                taken.Add((area.End, stop));
                break;
            }
        }
        if (found is null) return;
        // The zone replaces the area it starts with: 四平红嘴经济技术开发区 mentions the zone, whose parent is 四平市.
        foreach (var zone in found)
        {
            hits.RemoveAll(h => h.Start == zone.Start && h.Source == PlaceSource.Gazetteer);
            hits.Add(zone);
        }
    }

    private static readonly System.Buffers.SearchValues<char> TownSuffixStarts = System.Buffers.SearchValues.Create("街镇乡");

    public static bool IsAreaKind(string kind) => AreaKinds.Contains(kind);

    /// <summary>Whether a name ends as a zone's or a park's does (长春新区, 经济技术开发区).</summary>
    public static bool IsZoneName(string name) => ZoneSuffixes.Any(z => name.EndsWith(z.Suffix, StringComparison.Ordinal));

    /// <summary>
    /// A rule's name as the document prints it (full-width brackets kept), without the white space
    /// extraction left in it and with variant characters in their standard form (琿春 → 珲春).
    /// </summary>
    private static string Printed(FoldedText folded, int start, int length)
    {
        var (at, count) = folded.ToOriginal(start, length);
        var printed = folded.Original.AsSpan(at, count);
        Span<char> name = printed.Length <= 256 ? stackalloc char[printed.Length] : new char[printed.Length];
        var kept = 0;
        foreach (var c in printed)
        {
            if (!char.IsWhiteSpace(c)) name[kept++] = FoldedText.StandardForm(c);
        }
        return new string(name[..kept]);
    }

    private static (string Suffix, string Kind) Suffix(string text, int end, int from)
    {
        foreach (var zone in ZoneSuffixes)
        {
            if (end - zone.Suffix.Length >= from && EndsWith(text, end, zone.Suffix)) return zone;
        }
        return default;
    }

    private static bool IsGeneric(string body)
    {
        foreach (var ending in GenericEndings)
        {
            if (body.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static string StripLeading(string body)
    {
        var changed = true;
        while (changed && body.Length > 0)
        {
            changed = false;
            foreach (var word in LeadingWords)
            {
                if (body.Length > word.Length && body.StartsWith(word, StringComparison.Ordinal))
                {
                    body = body[word.Length..];
                    changed = true;
                    break;
                }
                if (body == word) return "";
            }
        }
        return body;
    }

    private static string? EndOfHit(List<PlaceHit> hits, int index)
    {
        foreach (var hit in hits)
        {
            if (hit.End == index) return IsAreaKind(hit.Kind) ? hit.Name : "";
        }
        return null;
    }

    private static bool IsTaken(List<(int Start, int End)> taken, int index)
    {
        foreach (var (s, e) in taken)
        {
            if (index >= s && index < e) return true;
        }
        return false;
    }

    private static bool EndsWith(string text, int end, string suffix) =>
        end >= suffix.Length && string.CompareOrdinal(text, end - suffix.Length, suffix, 0, suffix.Length) == 0;

    public static bool IsCjkLetter(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
