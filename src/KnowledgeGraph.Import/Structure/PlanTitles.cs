using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>Reads what a plan's title and title page say: periods, vision year, region, level, issuer, date.</summary>
internal static partial class PlanTitles
{
    [GeneratedRegex(@"^[（(]\s*(\d{4})\s*[—–\-－~至]+\s*(\d{4})\s*年?\s*[)）]$")]
    private static partial Regex PeriodLine();

    [GeneratedRegex(@"(\d{4})\s*[—–\-－~至]+\s*(\d{4})\s*年")]
    private static partial Regex PeriodSpan();

    [GeneratedRegex(@"第([一二三四五六七八九十]+)个五年")]
    private static partial Regex NumberedFiveYear();

    [GeneratedRegex(@"[“""]?([一二三四五六七八九十]+)五[”""]")]
    private static partial Regex ShortFiveYear();

    [GeneratedRegex(@"(\d{4}|二〇[一二三四五六七八九〇]{2})\s*年\s*远景目标|远期展望到\s*(\d{4})\s*年")]
    private static partial Regex Vision();

    [GeneratedRegex(@"^(\d{4}|[一二三四五六七八九〇零]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?$")]
    private static partial Regex IssueDate();

    /// <summary>“（2021年2月26日长春市第十五届人民代表大会第五次会议批准）”: the day a 规划纲要 was adopted, under its title.</summary>
    [GeneratedRegex(@"^[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^（）()]{0,60}(?:人民代表大会|人大)[^（）()]{0,30}(?:批准|通过)\s*[）)]$")]
    private static partial Regex AdoptionDate();

    /// <summary>A government, its general office, or a department: who issues a plan (special plans often come from an office or a bureau).</summary>
    [GeneratedRegex(@"(人民政府(?:办公厅|办公室)?|委员会|管委会|局|厅)$")]
    private static partial Regex IssuerName();

    /// <summary>“长春市“十四五”综合交通运输发展规划”: the area a special plan's title opens with, before its period.</summary>
    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,10}?[省市区县州])(?=[“""]|十[一二三四五六七八九]五|\d{4}|国民经济)")]
    private static partial Regex TitleArea();

    public static bool IsPeriodLine(string text) => PeriodLine().IsMatch(TextFolding.Fold(text).Trim());

    /// <summary>A five-year plan's period from its number: the 3rd plan began in 1966, every later one five years on.</summary>
    public static (int Start, int End) FiveYearPeriod(int number) => (1966 + 5 * (number - 3), 1970 + 5 * (number - 3));

    /// <summary>A title's period: an explicit span (2021—2035 年) or the five-year plan it names (第十四个五年).</summary>
    public static (int Start, int End)? Period(string text)
    {
        var folded = TextFolding.Fold(text);
        var m = PeriodSpan().Match(folded);
        if (m.Success) return (Year(m.Groups[1].Value), Year(m.Groups[2].Value));
        m = NumberedFiveYear().Match(folded);
        if (!m.Success) m = ShortFiveYear().Match(folded);
        if (m.Success && ChineseNumerals.Parse(m.Groups[1].Value) is { } n && n >= 3) return FiveYearPeriod(n);
        return null;
    }

    /// <summary>
    /// The period running text is about: the five-year plan it names most often (“十五五” in a
    /// 2026 plan that also reviews “十四五”). Spans in running text are reviews as often as plans.
    /// </summary>
    public static (int Start, int End)? DominantFiveYearPeriod(string text)
    {
        var folded = TextFolding.Fold(text);
        var best = ShortFiveYear().Matches(folded).Concat(NumberedFiveYear().Matches(folded))
            .Select(m => ChineseNumerals.Parse(m.Groups[1].Value))
            .Where(n => n >= 3)
            .GroupBy(n => n!.Value)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .FirstOrDefault();
        return best is null ? null : FiveYearPeriod(best.Key);
    }

    /// <summary>Text that reads as a plan's title: it names a 规划 and ends as one (…规划, …纲要).</summary>
    public static bool ReadsAsTitle(string text) =>
        text.Contains("规划", StringComparison.Ordinal) && (text.EndsWith("纲要", StringComparison.Ordinal) || text.EndsWith("规划", StringComparison.Ordinal));

    public static int? VisionYear(string text)
    {
        var m = Vision().Match(TextFolding.Fold(text));
        if (!m.Success) return null;
        return YearOf(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
    }

    /// <summary>
    /// “在此基础上再奋斗五年，到2035年，全区…基本实现社会主义现代化”: the year a vision looks to, stated in
    /// running text rather than in a heading.
    /// </summary>
    [GeneratedRegex(@"(?:到|展望)(\d{4}|二〇[一二三四五六七八九〇]{2})年[^。；]{0,160}?基本实现(?:社会主义)?现代化")]
    private static partial Regex VisionSentence();

    public static int? StatedVisionYear(string text) =>
        VisionSentence().Match(TextFolding.Fold(text)) is { Success: true } m ? YearOf(m.Groups[1].Value) : null;

    private static int? YearOf(string value) => value.StartsWith('二') ? ChineseNumerals.ParseDigits(value) : Year(value);

    /// <summary>The date a title page prints: its month (2021年11月 → 2021-11), or the day a congress adopted the plan (2021-02-26).</summary>
    public static string? IssuedOn(string text)
    {
        var folded = TextFolding.Fold(text).Trim();
        // （2021年12月） in brackets, and 2021.12 / 2021-12-30 in figures, as other title pages print the date.
        if (folded.Length > 2 && folded[0] == '(' && folded[^1] == ')' && !folded.Contains("人民代表大会", StringComparison.Ordinal) && !folded.Contains("人大", StringComparison.Ordinal))
        {
            folded = folded[1..^1].Trim();
        }
        if (NumericMonth().Match(folded) is { Success: true } numeric && int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture) is var mm and >= 1 and <= 12)
        {
            return numeric.Groups[3].Success && int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture) is var dd and >= 1 and <= 31
                ? $"{numeric.Groups[1].Value}-{mm:00}-{dd:00}" : $"{numeric.Groups[1].Value}-{mm:00}";
        }
        var m = IssueDate().Match(folded);
        // 二〇二一年三月 as often as 2021年3月.
        if (m.Success && Number(m.Groups[1].Value) is { } year && Number(m.Groups[2].Value) is { } month and >= 1 and <= 12)
        {
            // The day an issuing notice prints (2021年4月15日) when it prints one.
            return m.Groups[3].Success && Number(m.Groups[3].Value) is { } day and >= 1 and <= 31 ? $"{year}-{month:00}-{day:00}" : $"{year}-{month:00}";
        }
        var adopted = AdoptionDate().Match(folded);
        return adopted.Success ? $"{adopted.Groups[1].Value}-{Number(adopted.Groups[2].Value):00}-{Number(adopted.Groups[3].Value):00}" : null;
    }

    [GeneratedRegex(@"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(20\d{2}|19\d{2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?$")]
    private static partial Regex NumericMonth();

    /// <summary>A date as a web page's information table prints it: 2020-12-16, 2021/3/29, 2021年03月29日, with its time or without.</summary>
    public static string? DateOf(string value)
    {
        var folded = TextFolding.Fold(value).Trim();
        var m = NumericDate().Match(folded);
        if (m.Success && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
            && int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) is var day and >= 1 and <= 31)
        {
            return $"{m.Groups[1].Value}-{month:00}-{day:00}";
        }
        var time = folded.IndexOf(' ');
        return IssuedOn(time > 0 ? folded[..time] : folded);
    }

    private static int? Number(string digits) =>
        char.IsAsciiDigit(digits[0]) ? int.Parse(digits, CultureInfo.InvariantCulture)
        : digits.Length == 4 ? ChineseNumerals.ParseDigits(digits) : ChineseNumerals.Parse(digits);

    /// <summary>
    /// A title page's issuer line; a party committee (中共…委员会) printed beside the government is not
    /// the plan's issuer, nor is a labelled line (来源：…局).
    /// </summary>
    public static bool IsIssuer(string text) =>
        text.Length <= 30 && !text.StartsWith("中共", StringComparison.Ordinal) && text.AsSpan().IndexOfAny('：', ':') < 0
        && IssuerName().IsMatch(TextFolding.Fold(text).Trim());

    /// <summary>
    /// The area a plan covers, read from its title: the words before 国民经济 (“长春市二道区” → “二道区”),
    /// or the area a special plan's title opens with before its period (长春市“十四五”…规划 → 长春市).
    /// </summary>
    public static string? RegionOf(string title)
    {
        var at = title.IndexOf("国民经济", StringComparison.Ordinal);
        if (at <= 0 && TitleArea().Match(title) is { Success: true } area) at = area.Length;
        if (at <= 0) return null;
        return Narrowest(title[..at]);
    }

    /// <summary>A district named under its city (长春市二道区) is the district: the plan covers it.</summary>
    public static string Narrowest(string region)
    {
        var city = region.IndexOf('市');
        return city > 0 && city < region.Length - 1 && region[^1] is '区' or '县' ? region[(city + 1)..] : region;
    }

    /// <summary>The tier of government an area belongs to, from how it is named.</summary>
    public static string LevelOf(string region)
    {
        string[] zones = ["度假区", "开发区", "示范区", "新区", "高新区", "合作区", "试验区"];
        if (zones.Any(z => region.EndsWith(z, StringComparison.Ordinal))) return PlanLevels.Zone;
        if (region.EndsWith('省') || region.EndsWith("自治区", StringComparison.Ordinal)) return PlanLevels.Province;
        if (region.EndsWith('市') || region.EndsWith('州')) return PlanLevels.City;
        return PlanLevels.District;
    }

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
