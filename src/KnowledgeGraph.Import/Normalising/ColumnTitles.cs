using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// A 专栏 N / 表N title line: the number as printed (“专栏 2”, “表1”; other plans print “专栏一” and
/// “专栏3-1”, numbered within a chapter), its main number as an ordinal, and the title.
/// </summary>
public sealed record ColumnTitle(string Number, int Ordinal, string Title)
{
    /// <summary>表N boxes, and 专栏 boxes about indicators, hold tables rather than prose.</summary>
    public bool HoldsTable => Number.StartsWith('表') || IsAppendix || Title.Contains("指标", StringComparison.Ordinal);

    /// <summary>附表N: a table appended after the plan's last chapter (other plans list their projects so).</summary>
    public bool IsAppendix => Number.StartsWith("附表", StringComparison.Ordinal);
}

public static partial class ColumnTitles
{
    // Other plans print 【专栏3】, 专 栏 4, 专栏5.… and 专栏2—…: brackets, spaced letters and a stop or a dash before the title.
    [GeneratedRegex(@"^[【\[〔［]?(专[\s\u3000]*栏|附表|表)[\s\u3000]*(\d{1,3}|[一二三四五六七八九十]{1,3})(?:[-—–－.．](\d{1,2}))?(?![.．]?\d)[】\]〕］]?[\s\u3000:：.．、—–－-]*(.*)$")]
    private static partial Regex Title();

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
}
