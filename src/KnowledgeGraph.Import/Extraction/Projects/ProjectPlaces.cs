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
            // A bare area word must leave a name behind it (“长春至太平川” keeps 长春 as a place on the route).
            if (end >= folded.Length - 1 || folded[end] is '至' or '—' or '-' or '经') break;
            found.Add(key);
            at = end;
        }
        return (found, at);
    }

    /// <summary>The name holds an area or landmark word: it names a particular project, not a kind.</summary>
    public static bool HasPlace(string folded)
    {
        foreach (var area in Areas) if (folded.Contains(area, StringComparison.Ordinal)) return true;
        foreach (var landmark in Landmarks) if (folded.Contains(landmark, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The whole of <paramref name="core"/> is an area or landmark (“通化”, “长白山”, “四平市”).</summary>
    public static bool IsPlaceWord(string core)
    {
        var bare = core.Length > 2 && Array.IndexOf(AreaSuffixes, core[^1].ToString()) >= 0 ? core[..^1] : core;
        return Array.IndexOf(Areas, bare) >= 0 || Array.IndexOf(Landmarks, bare) >= 0 || Array.IndexOf(Areas, core) >= 0;
    }

    /// <summary>Two places that cannot be the same: 四平 and 辽源; 吉林 may be 吉林省 or 吉林市.</summary>
    public static bool Conflict(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (Same(x, y)) return false;
            }
        }
        return true;
    }

    private static bool Same(string x, string y) =>
        x == y || (x == "吉林" && y.StartsWith("吉林", StringComparison.Ordinal)) || (y == "吉林" && x.StartsWith("吉林", StringComparison.Ordinal));
}
