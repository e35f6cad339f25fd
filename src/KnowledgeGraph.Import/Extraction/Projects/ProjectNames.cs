using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>What a piece of a list is, judged from its words alone.</summary>
internal enum NameKind
{
    /// <summary>Ends in a word that only a project, programme or facility ends in (…项目, …产业园, …污水处理厂).</summary>
    Project,
    /// <summary>A route or structure of the transport and utility networks (长春至太平川, 牙四线（G232）…).</summary>
    Route,
    /// <summary>Nothing marks it either way: a project only when the list says its items are projects (玲珑轮胎).</summary>
    Plain,
    /// <summary>An administrative area, zone or street: 双阳区奢岭街道, 长春新区, 春城大街.</summary>
    Place,
    /// <summary>A company, group or cooperative: 中国第一汽车集团有限公司.</summary>
    Organisation,
    /// <summary>An industrial chain (产业链): a programme of industrial policy, not a project.</summary>
    Chain,
    /// <summary>A category, count or clause fragment: 重点项目, 20—30 家区域性中型滑雪场, 智能运维.</summary>
    Junk,
}

/// <summary>
/// Judges whether a piece of a list names a project. The corpus's lists mix projects with places,
/// companies, categories and clause fragments; a name's last word tells most of them apart
/// (…项目/工程/产业园/基地/中心… are projects; …街道/镇/新区/开发区 are places; …有限公司 is a company).
/// Comparison runs on folded text; names keep their printed form.
/// </summary>
internal static partial class ProjectNames
{
    private static readonly System.Buffers.SearchValues<char> ClausePunctuation = System.Buffers.SearchValues.Create(",.;:。，；：?!");
    private static readonly System.Buffers.SearchValues<char> ClauseParticles = System.Buffers.SearchValues.Create("了被的");

    /// <summary>Last words of project, programme and facility names. Longest match wins; order is irrelevant.</summary>
    private static readonly string[] ProjectEndings =
    [
        "项目", "工程", "项目群", "产业园", "工业园", "科技园", "物流园", "食品园", "创业园", "孵化园", "博览园", "产业园区",
        "园区", "示范园", "农业园", "苗博园", "基地", "中心", "平台", "研究所", "研究院", "工研院", "实验室", "联合实验室",
        "孵化器", "众创空间", "创客空间", "工厂", "生产线", "产线", "装配线", "医院", "院区", "卫生院", "福利院", "养老院",
        "学校", "学院", "校区", "分校", "幼儿园", "图书馆", "博物馆", "美术馆", "展览馆", "纪念馆", "艺术馆", "文化馆",
        "体育馆", "滑冰馆", "展馆", "体育场", "剧院", "剧场", "综合体", "综合服务体", "小镇", "度假村", "度假区", "旅游区", "景区",
        "滑雪场", "乐园", "公园", "动植物园", "博览城", "文旅城", "旅游城", "活力城", "科技城", "机场", "航站楼",
        "高铁", "铁路", "快速路", "大桥", "隧道", "码头", "航道", "枢纽", "管网", "管廊", "管道", "干管", "水库", "水厂",
        "净水厂", "处理厂", "垃圾处理厂", "电厂", "发电厂", "储气库", "储配站", "电站", "风电场", "风场", "光伏", "光伏发电",
        "热电联产", "改造", "扩建", "改扩建", "续建", "迁建", "搬迁", "提质", "大厦", "总部", "新总部", "市场",
        "批发市场", "交易市场", "商业街", "商街", "步行街", "产业化", "新址", "新馆", "试点", "示范基地", "综合治理", "生态治理",
        "保护工程", "训练基地", "大剧院", "驿站", "营地", "智能工厂", "体验馆", "酒店", "物流中心", "产业区", "集聚区",
        "养殖基地", "种鸡场", "养殖场", "屠宰场", "工业园区", "农场", "园", "馆", "实验区", "厂房", "物流港", "陆港",
    ];

    /// <summary>Last words of routes and network structures: projects when a list of infrastructure names them.</summary>
    private static readonly string[] RouteEndings =
    [
        "高速公路", "高速", "公路", "绕越线", "连接线", "延长线", "环线", "专线", "线", "段", "通道", "班列", "航线", "站",
    ];

    private static readonly string[] PlaceEndings =
    [
        "街道", "社区", "乡", "村", "新区", "开发区", "示范区", "保税区", "综合保税区", "试验区", "合作区", "经济区", "高新区",
        "片区", "功能区", "集中区", "城区", "市区", "县城", "省", "市", "县", "区", "大街", "大路", "沿线", "路", "街", "镇",
        "河", "江", "湖", "沟", "渠",
    ];

    /// <summary>Endings that override a place ending (…小镇 is a project, …镇 a place).</summary>
    private static readonly string[] PlaceEndingExceptions =
    [
        "小镇", "度假区", "旅游区", "景区", "院区", "校区", "园区", "产业区", "集聚区", "工业园区", "快速路", "商业街", "商街",
        "步行街", "综合发展区", "旅游度假区", "风景名胜区", "发展区", "街区", "实验区",
    ];

    private static readonly string[] OrganisationEndings =
    [
        "有限公司", "有限责任公司", "股份公司", "分公司", "公司", "集团", "合作社", "专业合作社", "联合总社", "大学", "研究会", "协会", "联盟",
    ];

    /// <summary>Words that, alone or together with an ending, say nothing about which project is meant.</summary>
    private static readonly HashSet<string> GenericCores = new(StringComparer.Ordinal)
    {
        "", "重点", "重大", "相关", "配套", "其他", "一批", "各类", "基础设施", "公共服务", "公共服务设施", "产业", "新兴产业",
        "重点产业", "建设", "载体", "开放", "民生", "基础", "示范", "试验", "重点建设", "产业化", "关键核心技术", "城市",
        "农村", "乡村", "高标准", "高速", "普通", "普通国省干线", "国省干线", "提质", "提档升级", "改造", "重点产品",
    };

    private static readonly string[] ClauseWords =
    [
        "发展", "推动", "加快", "加强", "完善", "实现", "形成", "促进", "支持", "鼓励", "打造", "引导", "围绕", "依托",
        "结合", "聚焦", "开展", "探索", "构建", "提高", "增强", "优化", "培育", "健全", "落实", "为主", "为重点", "为龙头",
    ];

    /// <summary>
    /// Judgements already made: list pieces repeat (every plan's 专栏 and the compilation's copies of
    /// them) and each is asked about several times while a list is read (its kind, whether it is a
    /// locality, whether it only modifies the next piece). The judgements are pure functions of the
    /// name, so a bounded cache changes nothing but time. One cache per thread: a shared one made
    /// the extracting threads wait on its locks (and on its resizes) more than judging costs.
    /// </summary>
    [ThreadStatic] private static Dictionary<string, Judgement>? _judged;
    private const int MaxJudged = 100_000;

    private readonly record struct Judgement(NameKind Kind, bool Locality, bool Modifier);

    private static Judgement JudgementOf(string name)
    {
        var judged = _judged ??= new Dictionary<string, Judgement>(StringComparer.Ordinal);
        return judged.TryGetValue(name, out var known) ? known : Judged(judged, name);
    }

    /// <summary>
    /// The judgement of a stretch of a list's text, looked up without making a string of it: most
    /// pieces were judged before, and a substring per question was some 45 MB of each 100× import.
    /// </summary>
    private static Judgement JudgementOf(ReadOnlySpan<char> name)
    {
        var judged = _judged ??= new Dictionary<string, Judgement>(StringComparer.Ordinal);
        return judged.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known) ? known : Judged(judged, name.ToString());
    }

    private static Judgement Judged(Dictionary<string, Judgement> judged, string name)
    {
        var kind = Judge(name);
        var core = Core(name);
        var locality = ProjectPlaces.IsPlaceWord(core) || (kind == NameKind.Place && Ending(core, LocalityEndings) is not null);
        var judgement = new Judgement(kind, locality, locality || (kind is NameKind.Plain or NameKind.Junk && core.Length is >= 2 and <= 4));
        if (judged.Count >= MaxJudged) judged.Clear();
        judged[name] = judgement;
        return judgement;
    }

    /// <summary>What <paramref name="name"/> names, judged from its folded words.</summary>
    public static NameKind Classify(string name) => JudgementOf(name).Kind;

    /// <inheritdoc cref="Classify(string)"/>
    public static NameKind Classify(ReadOnlySpan<char> name) => JudgementOf(name).Kind;

    private static NameKind Judge(string name)
    {
        var core = Core(name);
        if (core.Length < 3 || core.Length > 60) return NameKind.Junk;
        if (!LooksLikeAName(name, core)) return NameKind.Junk;
        if (core.EndsWith("产业链", StringComparison.Ordinal)) return NameKind.Chain;
        if (Ending(core, OrganisationEndings) is not null && Ending(core, ProjectEndings) is null) return NameKind.Organisation;

        var ending = Ending(core, ProjectEndings);
        // “长辽高速长春至自然村”: from one place to another is a route, whatever its end is called.
        if (ending is null && IsStretch(core)) return NameKind.Route;
        var placeEnding = Ending(core, PlaceEndings);
        var routeEnding = Ending(core, RouteEndings);
        if (placeEnding is not null && Ending(core, PlaceEndingExceptions) is null
            && (ending is null || ending.Length < placeEnding.Length)
            && (routeEnding is null || routeEnding.Length < placeEnding.Length)) return NameKind.Place;
        if (ending is not null)
        {
            var head = core[..^ending.Length];
            return GenericCores.Contains(StripGenericLead(head)) ? NameKind.Junk : NameKind.Project;
        }
        if (IsRoute(core)) return NameKind.Route;
        return GenericCores.Contains(core) ? NameKind.Junk : NameKind.Plain;
    }

    /// <summary>Strong names end in a word only projects end in, so a list of them needs no other sign.</summary>
    public static bool IsStrong(string name) => Classify(name) == NameKind.Project;

    /// <inheritdoc cref="IsStrong(string)"/>
    public static bool IsStrong(ReadOnlySpan<char> name) => Classify(name) == NameKind.Project;

    /// <summary>
    /// A piece that qualifies the project after it rather than naming one: the places of a
    /// distributive list (“普阳街道、青年路街道、…城西镇城镇老旧小区改造建设项目” is one project).
    /// </summary>
    public static bool IsModifier(string name) => JudgementOf(name).Modifier;

    /// <inheritdoc cref="IsModifier(string)"/>
    public static bool IsModifier(ReadOnlySpan<char> name) => JudgementOf(name).Modifier;

    /// <summary>The characters of <paramref name="name"/>'s core before its project ending (“吴太医药” of 吴太医药产业园).</summary>
    public static int HeadLength(string name)
    {
        var core = Core(name);
        return core.Length - (Ending(core, ProjectEndings)?.Length ?? 0);
    }

    /// <summary>
    /// The folded name without spaces and quotes, and without what trails the name proper: bracketed
    /// qualifiers (（一期）, (在建)), phase markers (二期, 三期建设) and a trailing 等.
    /// </summary>
    public static string Core(string name)
    {
        var folded = TextFolding.Fold(name).Replace(" ", "", StringComparison.Ordinal)
            .Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal)
            .Replace("\"", "", StringComparison.Ordinal).Trim();
        while (true)
        {
            var trimmed = folded.TrimEnd('等');
            if (trimmed.EndsWith(')') && trimmed.LastIndexOf('(') is var open and > 0) trimmed = trimmed[..open];
            if (PhaseSuffix().Match(trimmed) is { Success: true, Index: > 0 } phase) trimmed = trimmed[..phase.Index];
            if (trimmed == folded) return folded;
            folded = trimmed;
        }
    }

    [GeneratedRegex(@"(?:[一二三四五六七八九十\d]+期)(?:建设|工程)?$")]
    private static partial Regex PhaseSuffix();

    [GeneratedRegex(@"\d+(?:条|个|家|座|处|所|项)")]
    private static partial Regex Count();

    private static bool LooksLikeAName(string name, string core)
    {
        if (core[0] is '的' or '及' or '与' or '或' or '以' or '并' or '在' or '对' or '从' or '将' or '把' or '等') return false;
        // “一批乡村文化博物馆”, “若干…”: a number of a kind, not a named project.
        foreach (var lead in (string[])["一批", "一系列", "若干", "各类", "一些", "大批", "多个"])
        {
            if (core.StartsWith(lead, StringComparison.Ordinal)) return false;
        }
        if (HasClausePunctuation(core)) return false;
        // 的, 了, 被 outside quotes belong to clauses (“片区内的道路”); inside, to a name (“永不落幕的航空展”).
        if (Unquoted(name).AsSpan().IndexOfAny(ClauseParticles) >= 0 || core.Contains("相关", StringComparison.Ordinal)) return false;
        var cjk = 0;
        foreach (var c in core) if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
        // “6号线” in “建设轨道交通5号线、6号线…”: an elliptical item, not a name on its own.
        if (cjk < 3) return false;
        // “20—30 家区域性中型滑雪场”, “18条道路”: a count of things, not a name.
        var digits = 0;
        while (digits < core.Length && (char.IsAsciiDigit(core[digits]) || core[digits] is '—' or '-' or '~' or '.')) digits++;
        if (digits > 0 && digits < core.Length && core[digits] is '家' or '个' or '条' or '座' or '所' or '处' or '项') return false;
        if (Count().IsMatch(core)) return false;
        foreach (var word in ClauseWords)
        {
            // A clause verb inside a short piece marks a fragment of a sentence (“结合航展发展航空文化”).
            var at = core.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && at + word.Length < core.Length && Ending(core, ProjectEndings) is null) return false;
            if (at == 0) return false;
        }
        return true;
    }

    /// <summary>Punctuation that ends a clause; a decimal point (国兴碳纤维1.5万吨碳化项目) is part of a figure.</summary>
    private static bool HasClausePunctuation(string core)
    {
        var from = 0;
        while (core.AsSpan(from).IndexOfAny(ClausePunctuation) is var at and >= 0)
        {
            at += from;
            if (core[at] != '.' || at == 0 || at + 1 >= core.Length || !char.IsAsciiDigit(core[at - 1]) || !char.IsAsciiDigit(core[at + 1])) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>The text outside “…” quotes.</summary>
    private static string Unquoted(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c == '“') depth++;
            else if (c == '”') depth = Math.Max(0, depth - 1);
            else if (depth == 0) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A small locality — street, town, village, road, stream — that can qualify a project listed
    /// after it (“普阳街道、青年路街道、城西镇…改造项目”); zones and cities cannot: a list of them is a list.
    /// </summary>
    public static bool IsLocality(string name) => JudgementOf(name).Locality;

    /// <inheritdoc cref="IsLocality(string)"/>
    public static bool IsLocality(ReadOnlySpan<char> name) => JudgementOf(name).Locality;

    private static readonly string[] LocalityEndings = ["街道", "社区", "乡", "村", "镇", "路", "街", "大街", "大路", "沿线", "沟", "河", "渠", "市区", "县城", "城区"];

    private static bool IsStretch(string core)
    {
        var to = core.IndexOf('至');
        return to > 0 && to < core.Length - 1;
    }

    private static bool IsRoute(string core)
    {
        if (IsStretch(core)) return true;
        return Ending(core, RouteEndings) is { } ending && core.Length > ending.Length + 1;
    }

    private static string StripGenericLead(string head)
    {
        foreach (var lead in (string[])["等", "重点", "重大", "一批"])
        {
            if (head.StartsWith(lead, StringComparison.Ordinal)) head = head[lead.Length..];
        }
        return head;
    }

    /// <summary>The longest of <paramref name="endings"/> that <paramref name="core"/> ends with, or null.</summary>
    internal static string? Ending(string core, string[] endings)
    {
        if (core.Length == 0) return null;
        // Endings grouped by their last character: only those can match.
        var byLast = ByLastCharacter.GetValue(endings, Group);
        if (!byLast.TryGetValue(core[^1], out var candidates)) return null;
        string? best = null;
        foreach (var ending in candidates)
        {
            if (core.Length > ending.Length - 1 && core.EndsWith(ending, StringComparison.Ordinal)
                && (best is null || ending.Length > best.Length)) best = ending;
        }
        return best;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], Dictionary<char, string[]>> ByLastCharacter = new();

    private static Dictionary<char, string[]> Group(string[] endings) =>
        endings.GroupBy(e => e[^1]).ToDictionary(g => g.Key, g => g.ToArray());
}
