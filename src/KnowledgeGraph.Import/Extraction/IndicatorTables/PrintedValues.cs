using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Reads printed goal values (6.5左右, ＞70, 1534*, [超50], 突破1000亿元). The printed text is
/// always kept; a number is read only when the text states one quantity and nothing else but
/// marks, bounds and its unit — “与GDP增长同步” or “按省下达” hold no number, “PM2.5浓度” is not one.
/// </summary>
public static partial class PrintedValues
{
    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex Number();

    /// <summary>What may surround the number: bounds, qualifiers, footnote marks, brackets.</summary>
    [GeneratedRegex(@"^(?:左右|以上|以下|以内|以外|上下|超过|超|突破|约|近|不低于|不少于|不超过|不高于|低于|高于|大于|小于|达到|力争|控制在|保持在|稳定在|提高到|提升到|增加到|增至|降至|降低到|下降到|[<>≤≥＜＞=≈~～]|[\[\]【】()（）*＊▲△#]|%|％|‰|个百分点|百分点|\s)*$")]
    private static partial Regex Surround();

    /// <summary>A cell that says “no value”: -, —, --, －, ——, /.</summary>
    public static bool IsDash(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return true;
        foreach (var c in printed)
        {
            if (c is not ('-' or '—' or '–' or '－' or '−' or '/' or '／' or ' ' or '\u3000')) return false;
        }
        return true;
    }

    /// <summary>The quantity a printed value states, or null when it states none (or more than one).</summary>
    /// <param name="unit">The value's unit when the text may print it (突破1000亿元 → 亿元).</param>
    public static double? NumberOf(string? printed, string? unit = null)
    {
        if (printed is null || IsDash(printed)) return null;
        var folded = TextFolding.Fold(printed);
        var matches = Number().Matches(folded);
        if (matches.Count != 1) return null;
        var rest = string.Concat(folded.AsSpan(0, matches[0].Index), folded.AsSpan(matches[0].Index + matches[0].Length));
        if (!string.IsNullOrEmpty(unit)) rest = rest.Replace(TextFolding.Fold(unit), "", StringComparison.Ordinal);
        if (!Surround().IsMatch(rest)) return null;
        return double.Parse(matches[0].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<low>\d+(?:\.\d+)?)\s*%?\s*[-—–~～－至到]\s*(?<high>\d+(?:\.\d+)?)")]
    private static partial Regex Range();

    /// <summary>
    /// The bounds a printed value states as a range (3-5个, 1—2家, 6~7, 5%—6%), or null when it states one
    /// quantity, none, or more than a range; the lower bound comes first and is below the upper.
    /// </summary>
    public static (double Low, double High)? RangeOf(string? printed, string? unit = null)
    {
        if (printed is null || IsDash(printed)) return null;
        var folded = TextFolding.Fold(printed);
        if (Number().Matches(folded).Count != 2 || Range().Match(folded) is not { Success: true } m) return null;
        var rest = string.Concat(folded.AsSpan(0, m.Index), folded.AsSpan(m.Index + m.Length));
        if (!string.IsNullOrEmpty(unit)) rest = rest.Replace(TextFolding.Fold(unit), "", StringComparison.Ordinal);
        if (!Surround().IsMatch(rest)) return null;
        var low = double.Parse(m.Groups["low"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var high = double.Parse(m.Groups["high"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        return low < high ? (low, high) : null;
    }

    /// <summary>The value carries the footnote star (1534*, 5 *).</summary>
    public static bool IsStarred(string? printed) =>
        printed is not null && (printed.Contains('*') || printed.Contains('＊'));
}
