using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Fields a project and a measure can share, each by the words that show it on either side:
/// a sewage plant (污水处理厂) serves the water-quality measure (地表水…水体比例), a hospital the
/// doctors-per-thousand measure, a school the years-of-schooling measure. Only fields where the
/// printed measures leave no doubt are listed; a project outside them supports no measure by field.
/// </summary>
internal static class SupportsFields
{
    private sealed record Field(string Name, string[] ProjectWords, string[] MeasureWords);

    // Names are unique: a link's basis is measure:<name>. At most 32 fields (a set is an int's bits).
    private static readonly Field[] Fields =
    [
        new("water", ["污水", "水体", "流域", "黑臭", "湿地", "治理工程", "水环境", "河道", "水源地"], ["水体", "地表水", "水质", "优良水体"]),
        new("air", ["大气", "清洁供热", "煤改", "扬尘", "超低排放"], ["空气质量", "细颗粒物", "PM2.5"]),
        new("forest", ["造林", "防护林", "林网", "绿化", "储备林"], ["森林覆盖率", "绿化覆盖率"]),
        new("energy", ["光伏", "风电", "风力", "电站", "热电", "天然气", "LNG", "电网", "储气", "新能源", "清洁能源"], ["能源", "非化石", "二氧化碳", "碳排放"]),
        new("health", ["医院", "卫生院", "医疗", "疾病预防", "急救", "传染病", "院区"], ["医师", "医护", "执业", "预期寿命"]),
        new("education", ["学校", "学院", "校区", "幼儿园", "职教", "职业教育", "中学", "小学", "分校"], ["受教育年限", "入学率", "教育"]),
        new("elderly", ["养老", "福利院", "护理院", "康养中心"], ["养老"]),
        new("childcare", ["托育", "婴幼儿"], ["托位", "入托"]),
        new("tourism", ["旅游", "景区", "度假", "文旅", "滑雪", "冰雪", "雪上", "雪道", "戏雪", "冬奥", "温泉", "森林公园", "乐园", "动物园", "植物园"], ["游客", "旅游", "文旅"]),
        new("innovation", ["研究所", "实验室", "研发", "创新中心", "技术创新", "孵化", "研究院", "工研院"], ["研发", "专利", "高新技术", "科技成果"]),
        new("grain", ["高标准农田", "黑土地", "耕地", "保护性耕作", "种业"], ["粮食"]),
        new("waste", ["垃圾", "固体废物", "固体废弃物", "餐厨", "危险废物", "再生资源", "回收"], ["垃圾"]),
        new("digital", ["大数据", "数据中心", "5G", "智慧城市", "计算中心", "云平台", "数字传媒"], ["数字经济", "数字产业", "5G"]),
        new("pharma", ["医药", "药业", "制药", "疫苗", "抗体", "药物", "中药"], ["医药"]),
        new("building", ["绿色建筑", "装配式", "建筑节能", "超低能耗"], ["绿色建筑", "装配式建筑"]),
        new("parking", ["停车", "换乘"], ["停车"]),
        new("supply", ["净水厂", "供水", "自来水", "引水", "引松"], ["供水", "自来水"]),
        new("flood", ["防洪", "堤防", "蓄滞洪"], ["防洪"]),
        // Rolling stock plants (动车组, 轨道交通装备) are manufacturing, not lines: only the lines' words.
        new("rail", ["铁路", "高铁", "城际", "城市轨道交通", "地铁", "轻轨"], ["铁路", "城市轨道交通"]),
        new("road", ["公路", "高速", "快速路", "国道", "省道"], ["公路"]),
        new("aviation", ["机场", "航站楼", "通用航空"], ["吞吐量", "通航", "航线"]),
        new("optics", ["光电", "激光", "半导体", "芯片", "晶圆", "光纤"], ["光电"]),
        new("auto", ["汽车", "整车", "零部件", "智能网联"], ["汽车"]),
        new("commerce", ["电子商务", "电商", "直播", "商务中心"], ["电子商务", "电商", "网络零售"]),
        new("finance", ["银行", "金融", "证券", "基金", "保险"], ["上市企业", "上市公司", "金融"]),
        new("livestock", ["肉鸡", "肉牛", "生猪", "奶牛", "养殖", "畜牧", "屠宰"], ["肉类", "畜牧", "牧业", "肉牛", "生猪"]),
        // Museums, galleries and film bases serve a plan's culture and tourism aims (文旅) alike.
        new("culture", ["美术馆", "博物馆", "艺术馆", "展览馆", "纪念馆", "文化馆", "文化活动中心", "影视", "长影", "演艺", "文创"], ["文化", "影视", "旅游"]),
    ];

    // Each side's words in one automaton, valued by the fields they show: a name is read once, as
    // searching for each word in turn cost more than the rest of the linker's reading. Sets of fields
    // are bits because the linker intersects a project's fields with those of every goal near it
    // (a hundred thousand projects at 100×).
    private static readonly TermAutomaton<int> ProjectWords = Automaton(static f => f.ProjectWords);
    private static readonly TermAutomaton<int> MeasureWords = Automaton(static f => f.MeasureWords);

    [ThreadStatic] private static List<TermMatch<int>>? _matches;

    /// <summary>The fields a project's name places it in, one bit per field (bit i for the i-th field listed above).</summary>
    public static int OfProject(string name) => MaskOf(ProjectWords, Reword(name, ProjectRewordings));

    // Words that hold another field's word without being of that field. 高速 alone names a motorway
    // (长春至烟筒山高速, 长长高速); before 铁路, 动车 or 轨道 it is a train's speed (沈阳至白河高速铁路,
    // 高速动车组检修基地). A new-energy vehicle (新能源汽车) is a car: its plant neither supplies energy
    // nor serves the energy-intensity measures, and its output measure is not an energy one.
    private static readonly (string Words, string As)[] Vehicles = [("新能源汽车", "汽车"), ("新能源智能网联", "智能网联")];
    private static readonly (string Words, string As)[] ProjectRewordings =
        [.. Vehicles, ("高速铁路", "高铁"), ("高速动车", "动车"), ("高速轨道", "轨道")];

    // Replace hands back the same string when the words are absent, as they are from most names.
    private static string Reword(string text, (string Words, string As)[] rewordings)
    {
        foreach (var (words, replacement) in rewordings) text = text.Replace(words, replacement, StringComparison.Ordinal);
        return text;
    }

    /// <summary>The fields a goal's measure (or, for a goal without one, its text) belongs to, as <see cref="OfProject"/>.</summary>
    public static int OfMeasure(string measure) => MaskOf(MeasureWords, Reword(measure, Vehicles));

    /// <summary>How many fields there are (bits 0 to Count − 1 of a set).</summary>
    public static int Count => Fields.Length;

    /// <summary>The name of the first field (in the order listed above) of a non-empty set.</summary>
    public static string FirstOf(int fields) => Fields[System.Numerics.BitOperations.TrailingZeroCount(fields)].Name;

    private static TermAutomaton<int> Automaton(Func<Field, string[]> words) =>
        new(Fields.SelectMany((field, i) => words(field).Select(word => (Word: word, Field: 1 << i)))
            .GroupBy(w => w.Word)
            .Select(g => (g.Key, g.Aggregate(0, (mask, w) => mask | w.Field))));

    private static int MaskOf(TermAutomaton<int> words, string text)
    {
        var mask = 0;
        foreach (var match in words.FindAll(text, _matches ??= [])) mask |= match.Value;
        return mask;
    }
}
