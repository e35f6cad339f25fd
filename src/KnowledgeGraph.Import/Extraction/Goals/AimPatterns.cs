using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Extraction.Goals;

/// <summary>
/// The shapes of a quantitative aim in running text, matched on the printed text (so offsets give
/// provenance): a target verb (达到, 突破, 控制在, 年均增长…) followed by a number with its unit and
/// bound (1000亿元, 70%以上, 4%以内), or a clause that opens with an action (新增, 培育…) and ends
/// in such a number. Years and periods that anchor an aim (到2025年, “十四五”末) and markers of a
/// sentence that reviews the past are here too.
/// </summary>
public static partial class AimPatterns
{
    private const string Units =
        "%|％|‰|个百分点|百分点|万亿元|亿元|万元|元|万亿|亿美元|万美元|美元|亿人次|万人次|人次|万人|万名|人|名|万户|户|万家|家|万个|个|项|件|" +
        "万辆|辆|万吨标准煤|万吨标煤|万吨|吨|亿千瓦时|万千瓦时|万千瓦|千瓦|万千伏安|万亩|亩|平方公里|万平方米|平方米|公里|千米|座|所|张|条|处|" +
        "场|套|万台|台|架|艘|部|批|倍|岁|天|小时|亿斤|万斤|亿立方米|万立方米|微克/立方米|立方米|GW|MW|次|亿|万";

    private const string Value =
        @"(?<value>(?<pre>约|近|逾|超|不少于|不低于|不超过|不高于|≥|≤|＞|＜|>|<)?\s*(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s*[%％]?\s*[-—~～－至到]\s*\d+(?:\.\d+)?)?|[一二两三四五六七八九]?[千百](?:[一二两三四五六七八九][百十])?)\s*(?<unit>" + Units +
        @")(?<post>\s*(?:左右|以上|以内|以下|上下))?)(?=$|[，。；、：,;:）)（(\s”！？]|和|及|与|的|并|规模|水平)";

    /// <summary>Verbs that set a target; the bound verbs among them (突破, 超过, 不低于…) stay in the printed target.</summary>
    private const string Verb =
        @"(?<verb>力争突破|力争达到|力争超过|力争实现|突破|达到|超过|超|划定为|增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|扩大到|扩大至|" +
        @"降低到|降低至|降至|下降到|下降至|减少到|减少至|控制在|保持在|稳定在|维持在|保持|不低于|不少于|不超过|不高于|高于|低于|" +
        @"年均增长率|年均增长|年均增速|增长率|增速|年均提高|年均提升|年均下降|年均降低|增长|提高|提升|下降|降低|减少|增加|达)";

    [GeneratedRegex(Verb + @"(?:\s*/\s*累计)?\s*(?:到|至)?\s*" + Value)]
    public static partial Regex VerbAndValue();

    /// <summary>The next value of a list of them after a target (分别达到5万元和2.5万元, 分别增长6%、7%).</summary>
    [GeneratedRegex(@"\G\s*(?:和|、|及|与)\s*" + Value)]
    public static partial Regex NextValue();

    /// <summary>
    /// Whether <paramref name="item"/> can be one <see cref="ItemAndValue"/> reads: it ends with a
    /// unit or a bound (左右, 以上…), or with a bracket after one. Most list items with a figure end
    /// otherwise, and the pattern's lazy subject would try every split of them first.
    /// </summary>
    public static bool MayEndWithValue(string item)
    {
        var text = item.AsSpan().TrimEnd();
        if (text.Length == 0) return false;
        if (text[^1] is not (')' or '）')) return ValueEnds.Contains(text[^1]);
        // The bracket the item closes with holds no closing bracket: it opens after the last one before it.
        var inside = text[..^1];
        var after = inside.LastIndexOfAny(')', '）') + 1;
        for (var open = inside.Length - 1; open >= after; open--)
        {
            if (inside[open] is '(' or '（' && inside[..open].TrimEnd() is { Length: > 0 } before && ValueEnds.Contains(before[^1])) return true;
        }
        return false;
    }

    /// <summary>The characters a value ends with: the last of each unit's, and of 左右, 以上, 以内, 以下, 上下.</summary>
    private static readonly System.Buffers.SearchValues<char> ValueEnds =
        System.Buffers.SearchValues.Create(string.Concat(Units.Split('|').Select(unit => unit[^1]).Distinct()) + "右上内下");

    /// <summary>
    /// A list item that is an action and a count, or just a thing and its count, with an optional
    /// parenthesised list of names: 增加 5A 级旅游景区 1—2 家（吉林松花湖、…）, 避暑名城 5 个,
    /// 培育“双创”人才 1000 名左右. Only read where a sentence states aims.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<action>新增|增加|培育|引进|新建|建设|建成|创建|打造|孵化|聚集|集聚|改造|设立|累计完成|完成)?\s*(?<subject>(?:[^，。；：、\d（(]|\d+\s*[A-Za-z]|[（(][^）)\d]{1,20}[）)]){2,24}?)\s*" + Value + @"\s*(?:[（(][^）)]*[）)])?\s*$")]
    public static partial Regex ItemAndValue();

    /// <summary>An explicit year: 2025 年, 2035年底, 2025年前 (what stands before it — 到, 比 — is read by the caller).</summary>
    [GeneratedRegex(@"(?<year>20[0-9]{2}|二〇[一二三四五六七八九〇]{2})\s*年(?<end>底|末|前)?(?<after>以来|比|相比|同期|以前|远景|中长期|[，,])?")]
    public static partial Regex Year();

    /// <summary>A five-year period named by its number: “十四五”末, 十四五时期, “十五五”期间.</summary>
    [GeneratedRegex(@"[“""]?十(?<n>[三四五六])五[”""]?(?:规划)?(?:期末|末期|末|期间|时期)")]
    public static partial Regex Period();

    /// <summary>Words that pledge a figure (确保…控制在5%以内, 力争保持在50%以上): an aim for the plan's period even without a year.</summary>
    [GeneratedRegex(@"确保|力争")]
    public static partial Regex Pledge();

    /// <summary>Markers of a sentence that reports what has been done rather than what is aimed at.</summary>
    [GeneratedRegex(@"截至|截止|已经|已达|已建成|已完成|已形成|同比|比上年|较上年|累计完成|完成了|实现了|取得了|以来|过去|五年来|近五年")]
    public static partial Regex PastMarker();

    /// <summary>
    /// Words before a measure that are not part of its name. 基本 is “basically” (基本实现) except where
    /// it opens a noun: 基本养老保险参保人数, 基本医疗保险参保率, 基本公共服务… are measures of their own.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:力争|预计|努力|争取|确保|推动|实现|满足|保障|使|将|要|基本(?!养老|医疗|公共|农田|药物|生活|住房)|其中|全市|全区|全省|全县|全域|全镇|本区|我区|我市|我省|区内|年内|全年|度假区|按可比口径|按可比价格计算|按可比价计算)\s*)+")]
    public static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?:\s*(?:力争|预计|将|要|基本|累计|稳步|逐步|进一步|持续|目标|按可比口径|按可比价格计算|按可比价计算))+$")]
    public static partial Regex TrailingFiller();

    /// <summary>How a measure's name ends: a rate, a share, an amount, a count…</summary>
    [GeneratedRegex(@"(?:率|比重|比例|占比|总量|总额|总值|产值|增加值|收入|数|数量|量|规模|面积|里程|长度|人数|人次|能力|寿命|年限|指数|密度|浓度|强度|消耗|能耗|排放|投资|产量|容量|生产总值|GDP|储备|营收|税收|利润|销售额|交易额|零售总额|装机|就业|人口|企业|平台|机构|岗位|人员|游客|增长|增速|增长率|降低|下降|提高)$")]
    public static partial Regex MeasureEnding();

    /// <summary>
    /// The plan's own period named without its number: 未来五年, 今后五年, 五年累计, 规划期末, 规划期内 —
    /// not 五年来 or 五年间, which plans also say of the five years just past, nor 过去五年累计.
    /// </summary>
    [GeneratedRegex(@"(?:未来|今后)五年|(?<!过去)五年累计|规划期(?:末|内)")]
    public static partial Regex OwnPeriod();

    /// <summary>A deadline opening a clause: 力争到“十四五”末, 到 2025 年, 保障2030年, 五年累计.</summary>
    [GeneratedRegex(@"^\s*(?:力争|预计|保障|确保)?\s*(?:到|至|在|于)?\s*(?:(?:20\d\d|二〇[一二三四五六七八九〇]{2})\s*年(?:底|末|前)?|[“""]?十[三四五六]五[”""]?(?:规划)?(?:期末|末期|末|期间|时期)|(?:未来|今后)五年(?:内|间)?|五年累计|规划期(?:末|内))\s*")]
    public static partial Regex LeadingDeadline();

    /// <summary>A comparison inside a would-be measure (将比2005年): not part of its name.</summary>
    [GeneratedRegex(@"将?(?:比|较)\s*20\d\d\s*年")]
    public static partial Regex Comparison();

    /// <summary>Names too general to be a measure on their own: 总数, 总量, 年均增速….</summary>
    [GeneratedRegex(@"^(?:总数|总量|数量|规模|总规模|年均增速|年均增长|年均增长率|增速|增长率|增长|收入|总收入|产量|产销量|产值|总产值|投资|总投资|营收)$|^占")]
    public static partial Regex BareMeasure();

    /// <summary>Verbs inside a would-be measure show it is an action, not a measure (建设…, 推进…).</summary>
    [GeneratedRegex(@"建设|打造|推进|推动|实施|开展|形成|建成|完善|加快|提升|加强|支持|鼓励|引导|发展|实现|带动|围绕|依托|通过|力争|确保")]
    public static partial Regex ActionInside();

    /// <summary>Sections that review the past or describe the setting: their numbers are not aims.</summary>
    [GeneratedRegex(@"发展基础|基础与环境|发展环境|发展回顾|回顾|主要成就|成就|成果|现状|面临形势|形势|规划背景|发展背景|机遇|挑战|十三五")]
    public static partial Regex ReviewTitle();

    /// <summary>Sections that state the plan's goals.</summary>
    [GeneratedRegex(@"发展目标|主要目标|总体目标|远景目标|目标定位|具体目标|规划目标|预期目标|目标愿景|目标任务")]
    public static partial Regex GoalsTitle();

    public static bool IsBoundVerb(string verb) => verb switch
    {
        "突破" or "力争突破" or "超过" or "超" or "力争超过" or "不低于" or "不少于" or "不超过" or "不高于" or "高于" or "低于" => true,
        _ => false,
    };

    public static bool IsGrowthVerb(string verb) => verb switch
    {
        "年均增长" or "年均增长率" or "年均增速" or "增长率" or "增速" or "年均提高" or "年均提升" or "年均下降" or "年均降低" or "增长" or "提高" or "提升" or "下降" or "降低" or "减少" or "增加" => true,
        _ => false,
    };
}
