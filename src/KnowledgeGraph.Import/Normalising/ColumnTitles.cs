using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// A 专栏 N / 表N title line: the number as printed (“专栏 2”, “表1”; other plans print “专栏一” and
/// “专栏3-1”, numbered within a chapter), its main number as an ordinal, and the title.
/// </summary>
public sealed record ColumnTitle(string Number, int Ordinal, string Title)
{
    /// <summary>表N boxes, and 专栏 boxes about indicators, hold tables rather than prose.</summary>
    public bool HoldsTable => Number.StartsWith('表') || IsAppendix || IsUnnumbered || Title.Contains("指标", StringComparison.Ordinal);

    /// <summary>A table's title printed without a number (“南关区“十四五”时期经济社会发展主要指标” over its header row).</summary>
    public bool IsUnnumbered => Number.Length == 0;

    /// <summary>附表N: a table appended after the plan's last chapter (other plans list their projects so).</summary>
    public bool IsAppendix => Number.StartsWith("附表", StringComparison.Ordinal);
}

public static partial class ColumnTitles
{
    // Other plans print 【专栏3】, 专 栏 4, 专栏5.… and 专栏2—…: brackets, spaced letters and a stop or a dash before the title.
    [GeneratedRegex(@"^[【\[〔［]?(专[\s\u3000]*栏|附表|表)[\s\u3000]*(\d{1,3}|[一二三四五六七八九十]{1,3})(?:[-—–－.．](\d{1,2}))?(?![.．]?\d)[】\]〕］]?[\s\u3000:：.．、—–－-]*(.*)$")]
    private static partial Regex Title();

    /// <summary>
    /// The title of a paragraph the normaliser made a box's title: numbered, or a table's title without a
    /// number, which only the table under it tells from a label (so it is not asked of a line alone).
    /// </summary>
    public static ColumnTitle Of(string text) => Match(text) ?? new ColumnTitle("", 0, HeadingShapes.CleanTitle(text));

    public static ColumnTitle? Match(string text)
    {
        // Asked of every line: most cannot open with 专栏 or 表, and need no regex to tell.
        if (text.Length is 0 or > 80 || text[0] is not ('专' or '表' or '附' or '【' or '[' or '〔' or '［')) return null;
        var m = Title().Match(text);
        if (!m.Success) return null;
        var title = HeadingShapes.CleanTitle(m.Groups[4].Value);
        if (title.Contains('。')) return null;
        var kind = m.Groups[1].Value.StartsWith('专') ? "专栏" : m.Groups[1].Value;
        var main = m.Groups[2].Value;
        var ordinal = char.IsAsciiDigit(main[0]) ? int.Parse(main, System.Globalization.CultureInfo.InvariantCulture) : ChineseNumerals.Parse(main);
        if (ordinal is not { } n) return null;
        var printed = (char.IsAsciiDigit(main[0]) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : main)
            + (m.Groups[3].Success ? "-" + m.Groups[3].Value : "");
        // The number is printed the way the document prints it, with one space after 专栏 as in most plans.
        var number = kind == "专栏" ? $"专栏 {printed}" : $"{kind}{printed}";
        return new ColumnTitle(number, n, title);
    }

    private static readonly string[] TableTitleEndings = ["指标", "指标体系", "表", "清单", "项目", "工程"];

    /// <summary>What a table's title calls it (…主要指标, …重大项目表, …项目清单), a unit or period in brackets after it.</summary>
    public static bool NamesATable(string text)
    {
        var end = text.Length;
        if (text[^1] is '）' or ')' && text.LastIndexOfAny(['（', '(']) is > 0 and var open) end = open;
        var title = text.AsSpan(0, end).TrimEnd();
        foreach (var ending in TableTitleEndings)
        {
            if (title.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] HeaderCells = ["序号", "指标", "指标名称", "项目名称", "工程名称", "重点项目名称", "类别", "领域"];

    /// <summary>
    /// A table's header row as the layouts print it: tabbed cells, or spaced ones, with a header's word
    /// among them (序号, 指标, 项目名称…), or that word alone on its line over cells printed one per line.
    /// </summary>
    public static bool IsTableHeader(string line)
    {
        var text = line.Trim();
        if (HeaderCells.Contains(text)) return true;
        var tabbed = text.Contains('\t');
        var cells = text.Split(tabbed ? ['\t'] : [' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return cells.Length >= 3 && (tabbed ? cells.Any(HeaderCells.Contains) : HeaderCells.Contains(cells[0]));
    }
}
