namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// The place words project names carry. Administrative areas of the corpus's province (its cities,
/// counties, districts and Changchun's development zones, by the short names plans use) open many
/// names — “长春市传染病医院…”, “四平换热设备产业园” — and tell apart two projects of the same kind
/// in different places; landmarks (rivers, lakes, mountains, airports) make a name specific without
/// being an area. Only the words, not a gazetteer: the place nodes themselves come from the place rules.
/// </summary>
internal static class ProjectPlaces
{
    /// <summary>Areas, by the short name a project name opens with (长春 for 长春市).</summary>
    private static readonly string[] Areas =
    [
        "吉林", "长春", "四平", "辽源", "通化", "白山", "松原", "白城", "延边", "梅河口", "公主岭",
        "农安", "德惠", "九台", "双阳", "榆树", "南关", "宽城", "朝阳", "二道", "绿园", "昌邑", "龙潭", "船营", "丰满",
        "永吉", "蛟河", "桦甸", "舒兰", "磐石", "铁西", "铁东", "梨树", "伊通", "双辽", "龙山", "东丰", "东辽", "东昌",
        "二道江", "辉南", "柳河", "集安", "浑江", "江源", "抚松", "靖宇", "长白", "临江", "宁江", "前郭", "长岭", "乾安",
        "扶余", "洮北", "镇赉", "通榆", "洮南", "大安", "延吉", "图们", "敦化", "珲春", "琿春", "龙井", "和龙", "汪清", "安图",
        "净月", "高新", "经开", "汽开", "北湖", "空港", "莲花山", "长德", "中韩",
    ];

    /// <summary>Landmarks and named localities: they make a name specific but are not areas.</summary>
    private static readonly string[] Landmarks =
    [
        "净月潭", "天定山", "神鹿峰", "北大湖", "松花湖", "松花江", "查干湖", "伊通河", "新凯河", "饮马河", "拉林河", "雁鸣湖",
        "串湖", "东北亚", "龙嘉", "奢岭", "合心", "西客站", "长吉", "长平", "长辽", "图们江", "鸭绿江", "长白山", "向海",
        "莫莫格", "西营城", "乐山", "鹿乡", "卡伦", "石头口门", "雾开河", "东新开河", "温德河", "辽河", "二龙湖", "叶赫",
        "兴隆", "航博城", "吉林大路", "海吉星", "皓月", "一汽", "长客", "长影",
    ];

    private static readonly string[] AreaSuffixes = ["省", "市", "县", "区", "州"];

    /// <summary>The prefecture each county, district or zone lies in; the province (吉林省, bare 吉林) holds them all.</summary>
    private static readonly Dictionary<string, string> Parents = Build(
        ("长春", ["农安", "德惠", "九台", "双阳", "榆树", "公主岭", "南关", "宽城", "朝阳", "二道", "绿园", "净月", "高新", "经开", "汽开", "北湖", "空港", "莲花山", "长德", "中韩"]),
        ("吉林市", ["昌邑", "龙潭", "船营", "丰满", "永吉", "蛟河", "桦甸", "舒兰", "磐石"]),
        ("四平", ["铁西", "铁东", "梨树", "伊通", "双辽"]),
        ("辽源", ["龙山", "东丰", "东辽"]),
        ("通化", ["东昌", "二道江", "辉南", "柳河", "梅河口", "集安"]),
        ("白山", ["浑江", "江源", "抚松", "靖宇", "长白", "临江"]),
        ("松原", ["宁江", "前郭", "长岭", "乾安", "扶余"]),
        ("白城", ["洮北", "镇赉", "通榆", "洮南", "大安"]),
        ("延边", ["延吉", "图们", "敦化", "珲春", "琿春", "龙井", "和龙", "汪清", "安图"]));

    private static Dictionary<string, string> Build(params (string Parent, string[] Children)[] groups)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (parent, children) in groups) foreach (var child in children) parents[child] = parent;
        return parents;
    }

    /// <summary>
    /// The areas a plan's region names (“长春市二道区” → 长春, 二道; “绿园区” → 绿园); empty for the
    /// province, whose plans may name a project anywhere in it.
    /// </summary>
    public static IReadOnlyList<string> AreasOfRegion(string region) => ReadRegion(region).Areas;

    /// <summary>
    /// A plan's region is an area of its own when the province's area words do not open it (沈阳市,
    /// 和平区), or do not read it whole and the gazetteer does not list it (<paramref name="listed"/>):
    /// 长春十三市 is not 长春市 though it opens with 长春, while 延边朝鲜族自治州 is 延边. A zone is read by
    /// the area that opens it (长春新区 lies in 长春).
    /// </summary>
    public static bool IsOwnRegion(string region, Func<string, bool>? listed = null)
    {
        if (!OpensWithArea(region)) return true;
        return listed?.Invoke(region) != true && ReadRegion(region).Read < region.Length
            && region[^1] is '省' or '市' or '区' or '县' or '旗' or '州' && !Places.PlaceRules.IsZoneName(region);
    }

    private static (List<string> Areas, int Read) ReadRegion(string region)
    {
        var found = new List<string>();
        var at = 0;
        while (at < region.Length)
        {
            var best = Areas.Where(a => string.CompareOrdinal(region, at, a, 0, a.Length) == 0).MaxBy(a => a.Length);
            if (best is null) break;
            at += best.Length;
            var key = best;
            if (at < region.Length && Array.IndexOf(AreaSuffixes, region[at].ToString()) >= 0)
            {
                if (best == "吉林") key = "吉林" + region[at];
                at++;
            }
            if (key != "吉林省") found.Add(key);
        }
        return (found, at);
    }

    /// <summary>The region's name opens with an area of the province (长春市…, 吉林省, 绿园区): its areas are known.</summary>
    public static bool OpensWithArea(string region) => Areas.Any(a => region.StartsWith(a, StringComparison.Ordinal));

    /// <summary>
    /// The areas a folded name opens with, outermost first, and where the rest starts:
    /// “长春市绿园区人民医院…” → [长春, 绿园], 6. “吉林省” and “吉林市” keep their suffix, since
    /// bare 吉林 may mean either.
    /// </summary>
    public static (IReadOnlyList<string> Areas, int RestStart) LeadingAreas(string folded)
    {
        var found = new List<string>();
        var at = 0;
        while (at < folded.Length)
        {
            string? best = null;
            foreach (var area in Areas)
            {
                if (area.Length > (best?.Length ?? 0) && string.CompareOrdinal(folded, at, area, 0, area.Length) == 0) best = area;
            }
            if (best is null) break;
            var end = at + best.Length;
            var key = best;
            if (end < folded.Length && Array.IndexOf(AreaSuffixes, folded[end].ToString()) >= 0)
            {
                if (best == "吉林") key = "吉林" + folded[end];
                end++;
            }
            // A bare area word must leave a name behind it (“长春至太平川” keeps 长春 as a place on the
            // route), and must not be the start of another place's name (东辽河, 吉林大路).
            if (end >= folded.Length - 1 || folded[end] is '至' or '—' or '-' or '经') break;
            if (key == best && folded[end] is '河' or '江' or '湖' or '山' or '路' or '街' or '大') break;
            found.Add(key);
            at = end;
        }
        return (found, at);
    }

    /// <summary>The name holds an area or landmark word: it names a particular project, not a kind.</summary>
    public static bool HasPlace(string folded)
    {
        for (var at = 0; at < folded.Length; at++)
        {
            if (!WordsByFirst.TryGetValue(folded[at], out var words)) continue;
            foreach (var word in words)
            {
                if (folded.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    // Areas and landmarks by their first character: a name is read once, not once per word.
    private static readonly Dictionary<char, string[]> WordsByFirst = Areas.Concat(Landmarks).Distinct(StringComparer.Ordinal)
        .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Every area and landmark word the name holds, wherever it stands (“伊通河重点段治理工程” → 伊通, 伊通河).</summary>
    public static IReadOnlyList<string> PlaceWords(string folded)
    {
        List<string>? found = null;
        for (var at = 0; at < folded.Length; at++)
        {
            if (!WordsByFirst.TryGetValue(folded[at], out var words)) continue;
            foreach (var word in words)
            {
                if (folded.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && !(found ??= []).Contains(word)) found.Add(word);
            }
        }
        if (found is null) return [];
        var sorted = found;
        sorted.Sort(StringComparer.Ordinal);
        // A word inside a longer one found too (伊通 in 伊通河) names the same place.
        return sorted.Where(w => !sorted.Any(o => o.Length > w.Length && o.Contains(w, StringComparison.Ordinal))).ToList();
    }

    /// <summary>The whole of <paramref name="core"/> is an area or landmark (“通化”, “长白山”, “四平市”).</summary>
    public static bool IsPlaceWord(string core)
    {
        var bare = core.Length > 2 && Array.IndexOf(AreaSuffixes, core[^1].ToString()) >= 0 ? core[..^1] : core;
        return Array.IndexOf(Areas, bare) >= 0 || Array.IndexOf(Landmarks, bare) >= 0 || Array.IndexOf(Areas, core) >= 0;
    }

    /// <summary>
    /// Two sets of areas that cannot hold one project: no area of one lies in (or is) an area of
    /// the other. <paramref name="strict"/>: both names print their areas, which then say whose the
    /// project is — 吉林省文化活动中心 is the province's, 长春…文化活动中心 the city's — so the
    /// province no longer lies over every area, and bare 吉林 is the city of 吉林.
    /// <paramref name="own"/>: the corpus's regions the province's list does not know, and which lie in which.
    /// </summary>
    public static bool Conflict(IReadOnlyList<string> a, IReadOnlyList<string> b, bool strict = false, OwnRegions? own = null)
    {
        // No area is anywhere in the province, which holds none of the regions its words do not know.
        if (a.Count == 0 || b.Count == 0)
        {
            var other = a.Count == 0 ? b : a;
            return own is not null && other.Count > 0 && other.All(own.Contains);
        }
        // 吉林省 printed before a name makes it the province's: not a city's or a district's project.
        if (a.Contains("吉林省") != b.Contains("吉林省")) return true;
        // Indexed, not foreach: the lists are asked through their interface, whose enumerators are objects.
        for (var i = 0; i < a.Count; i++)
        {
            var x = a[i];
            for (var j = 0; j < b.Count; j++)
            {
                var y = b[j];
                // A region of its own lies only where the corpus says: not in 吉林, which lies over the province's areas.
                if (own is not null && (own.Contains(x) || own.Contains(y)))
                {
                    if (x == y || own.Within(x, y) || own.Within(y, x)) return false;
                }
                else if (strict ? SameStrict(x, y) : Same(x, y)) return false;
            }
        }
        return true;
    }

    private static bool SameStrict(string x, string y)
    {
        x = x == "吉林" ? "吉林市" : x;
        y = y == "吉林" ? "吉林市" : y;
        if (x == "吉林省" || y == "吉林省") return x == y;
        return Within(x, y) || Within(y, x);
    }

    /// <summary>One area lies in (or is) the other; bare 吉林 and 吉林省 lie over every area.</summary>
    private static bool Same(string x, string y) => Within(x, y) || Within(y, x);

    private static bool Within(string inner, string outer)
    {
        if (outer is "吉林" or "吉林省") return true;
        var at = inner;
        for (var depth = 0; depth < 4; depth++)
        {
            if (at == outer) return true;
            if (!Parents.TryGetValue(at, out var parent)) return false;
            at = parent;
        }
        return false;
    }

    private static bool IsArea(string word) => Array.IndexOf(Areas, word) >= 0 || word is "吉林省" or "吉林市";

    /// <summary>A name's place words as areas and landmarks, for comparing it with many others.</summary>
    public sealed record SplitPlaceWords(IReadOnlyList<string> Areas, IReadOnlyList<string> Marks);

    public static SplitPlaceWords Split(IReadOnlyList<string> words) =>
        new(words.Where(IsArea).ToList(), words.Where(w => !IsArea(w)).ToList());

    /// <summary>
    /// Two names' place words rule out one project: their printed areas cannot overlap, or both name
    /// landmarks and share none (伊通河 against 饮马河). A landmark against an area decides nothing.
    /// </summary>
    public static bool PlaceConflict(SplitPlaceWords a, SplitPlaceWords b)
    {
        if (Conflict(a.Areas, b.Areas, strict: true)) return true;
        if (a.Marks.Count == 0 || b.Marks.Count == 0) return false;
        foreach (var x in a.Marks)
        {
            foreach (var y in b.Marks)
            {
                if (string.Equals(x, y, StringComparison.Ordinal)) return false;
            }
        }
        return true;
    }
}

/// <summary>
/// Plan regions the province's area words do not read (沈阳市, 和平区, 辽宁省, 长春十三市; see
/// <see cref="ProjectPlaces.IsOwnRegion"/>), each an area of its own, with the ones each lies in (as the
/// corpus tells: 和平区 in 沈阳市).
/// </summary>
internal sealed class OwnRegions
{
    private readonly IReadOnlyDictionary<string, HashSet<string>> _above;
    private readonly Dictionary<string, int> _group = new(StringComparer.Ordinal);

    public OwnRegions(IReadOnlyDictionary<string, HashSet<string>> above)
    {
        _above = above;
        // Regions linked by lying in one another, directly or through others, form one group:
        // each region joins the groups of the regions it lies in (union–find, numbered in name order).
        var root = above.Keys.ToDictionary(r => r, r => r, StringComparer.Ordinal);
        string Find(string r)
        {
            while (root[r] != r) r = root[r] = root[root[r]];
            return r;
        }
        foreach (var (inner, outers) in above)
        {
            foreach (var outer in outers)
            {
                if (!root.ContainsKey(outer)) continue;
                var (a, b) = (Find(inner), Find(outer));
                if (a == b) continue;
                if (string.CompareOrdinal(a, b) > 0) (a, b) = (b, a);
                root[b] = a;
            }
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var region in above.Keys.Order(StringComparer.Ordinal))
        {
            var top = Find(region);
            if (!ids.TryGetValue(top, out var id)) ids[top] = id = ids.Count;
            _group[region] = id;
        }
    }

    public bool Contains(string area) => _above.ContainsKey(area);

    public bool Within(string inner, string outer) => _above.TryGetValue(inner, out var set) && set.Contains(outer);

    /// <summary>
    /// The group of regions <paramref name="area"/> is related to: regions of two groups never lie
    /// in one another (<see cref="ProjectPlaces.Conflict"/> finds no area shared). -1 when the area
    /// is not a region of its own.
    /// </summary>
    public int GroupOf(string area) => _group.GetValueOrDefault(area, -1);
}
