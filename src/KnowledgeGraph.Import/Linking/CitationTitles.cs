using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Normal forms of cited titles. <see cref="Identity"/> is what makes two printed titles the same
/// document (folding, spaces, 二〇三五 → 2035, the 的 some printings insert, 国民经济 vs 经济);
/// <see cref="Core"/> also drops the printed period (（2019—2025年）) and the vision clause
/// (和2035年远景目标纲要) so a citation can be compared with a corpus plan's title, the period being
/// checked apart.
/// </summary>
public static partial class CitationTitles
{
    /// <summary>
    /// The title to show: without the spaces a PDF extraction puts between digits and ideographs
    /// (“…规划和 2035 年远景目标纲要”), keeping those a title prints between joint issuers
    /// (“中共吉林省委 吉林省人民政府关于…”).
    /// </summary>
    public static string Display(string printed) => DigitSpace().Replace(printed, "");

    /// <summary>
    /// Short forms among <paramref name="identities"/> and the one full form each abbreviates: a law
    /// without 中华人民共和国 (土地管理法), a document without its issuers (关于做大做强冰雪产业的实施意见
    /// for 中共吉林省委 吉林省人民政府关于…). A short form two full forms share stays as it is.
    /// </summary>
    public static Dictionary<string, string> FullForms(IReadOnlyList<string> identities)
    {
        // Each title names the short forms it has, so the pairing is one pass (a 100× corpus cites thousands).
        var longer = new Dictionary<string, (string Full, int Count)>(StringComparer.Ordinal);
        foreach (var candidate in identities)
        {
            foreach (var shortForm in ShortFormsOf(candidate))
            {
                longer[shortForm] = longer.TryGetValue(shortForm, out var seen) ? (seen.Full, seen.Count + 1) : (candidate, 1);
            }
        }
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shortForm in identities)
        {
            if (longer.TryGetValue(shortForm, out var only) && only.Count == 1) full[shortForm] = only.Full;
        }
        return full;
    }

    private static IEnumerable<string> ShortFormsOf(string identity)
    {
        const string State = "中华人民共和国";
        if (identity.Length > State.Length && identity.StartsWith(State, StringComparison.Ordinal) && identity.EndsWith('法')) yield return identity[State.Length..];
        for (var at = identity.IndexOf("关于", 1, StringComparison.Ordinal); at > 0; at = identity.IndexOf("关于", at + 2, StringComparison.Ordinal))
        {
            yield return identity[at..];
        }
    }

    public static string Identity(string printed)
    {
        var s = FoldedText.Fold(printed);
        s = s.Replace("“", "").Replace("”", "").Replace("\"", "");
        s = ChineseYear().Replace(s, m => YearDigits(m.Value));
        s = s.Replace("发展的第", "发展第").Replace("国民经济和社会发展", "经济和社会发展");
        return s;
    }

    /// <summary>The title without its printed period and vision clause, for comparing with a plan's title.</summary>
    public static string Core(string printed)
    {
        var s = PeriodSuffix().Replace(Identity(printed), "");
        s = VisionClause().Replace(s, "");
        if (s.EndsWith("纲要", StringComparison.Ordinal)) s = s[..^2];
        return s;
    }

    /// <summary>The core without the kind of plan at its end (发展规划 / 专项规划 / 建设规划 / 规划).</summary>
    public static string Stem(string core)
    {
        foreach (var suffix in (string[])["发展规划", "专项规划", "建设规划", "规划"])
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal) && core.Length > suffix.Length + 3) return core[..^suffix.Length];
        }
        return core;
    }

    /// <summary>
    /// 《长春市“十四五”规划纲要》, 《二道区十四五规划》: the short name of an area's five-year plan — its area
    /// and the period's number (十四 → 2021–2025), or null for any other title (one naming a field:
    /// 《长春市“十四五”综合交通运输发展规划》).
    /// </summary>
    public static (string Area, int Start, int End)? FiveYearShortName(string printed)
    {
        var m = ShortFiveYear().Match(Identity(printed));
        if (!m.Success || Normalising.ChineseNumerals.Parse(m.Groups["n"].Value) is not { } n) return null;
        var (start, end) = Structure.PlanTitles.FiveYearPeriod(10 + n);
        return (Structure.PlanTitles.Narrowest(m.Groups["area"].Value), start, end);
    }

    [GeneratedRegex(@"^(?<area>\p{IsCJKUnifiedIdeographs}{2,12}?)十(?<n>[一二三四五六七八九])五(?:时期)?(?:经济和社会发展|经济社会发展)?(?:发展)?规划(?:纲要)?$")]
    private static partial Regex ShortFiveYear();

    /// <summary>The period a title prints, “（2019—2025年）” → (2019, 2025).</summary>
    public static (int Start, int End)? Period(string printed)
    {
        var m = PeriodSuffix().Match(Identity(printed));
        if (!m.Success) return null;
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }

    private static string YearDigits(string chinese)
    {
        var builder = new StringBuilder(4);
        foreach (var c in chinese) builder.Append("〇一二三四五六七八九".IndexOf(c) is var d and >= 0 ? (char)('0' + d) : c == '零' ? '0' : c);
        return builder.ToString();
    }

    [GeneratedRegex(@"(?<=\d) +(?=\p{IsCJKUnifiedIdeographs})|(?<=\p{IsCJKUnifiedIdeographs}) +(?=\d)")]
    private static partial Regex DigitSpace();

    [GeneratedRegex("[〇零一二三四五六七八九]{4}(?=年)")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"\((\d{4})-(\d{4})年?\)$")]
    private static partial Regex PeriodSuffix();

    [GeneratedRegex(@"和\d{4}年远景目标(纲要)?$")]
    private static partial Regex VisionClause();
}
