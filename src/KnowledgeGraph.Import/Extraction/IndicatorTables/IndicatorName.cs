using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// An indicator's printed name taken apart: the measure (name without unit and marks), the unit
/// from the trailing （%）/ (万人) group, and the marks the table uses for footnotes (▲ 特色指标,
/// * 5年平均增速). “地区生产总值（GDP）增长（%）” keeps its （GDP）: only a trailing group that
/// reads as a unit is one (（GDP）, （PM2.5）, （助理） are not units).
/// </summary>
public sealed partial record IndicatorName(string Printed, string Measure, string? Unit, string Marks)
{
    [GeneratedRegex(@"^(?<lead>[▲△★*＊\s]*)(?<body>.*?)(?:\s*[（(]\s*(?<unit>[^（）()]{1,12}?)\s*[）)])?(?<trail>[\s▲△★*＊]*)$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(?:[%％‰]|[\u4e00-\u9fffa-z²³·/／0-9.]{1,10})$")]
    private static partial Regex UnitShape();

    [GeneratedRegex(@"[\u4e00-\u9fff%％‰a-z²³]")]
    private static partial Regex UnitLetter();

    public static IndicatorName Parse(string printed)
    {
        var text = printed.Trim();
        var match = Shape().Match(text);
        var lead = match.Groups["lead"].Value;
        var trail = match.Groups["trail"].Value;
        var body = match.Groups["body"].Value;
        string? unit = match.Groups["unit"].Success ? match.Groups["unit"].Value.Trim() : null;
        if (unit is not null && !IsUnit(unit))
        {
            // Not a unit: the group belongs to the name (…（GDP）).
            body = text[lead.Length..(text.Length - trail.Length)].TrimEnd();
            unit = null;
        }
        var marks = TextFolding.WithoutWhiteSpace(lead + trail);
        return new IndicatorName(text, body.Trim(), unit, marks);
    }

    private static bool IsUnit(string candidate) =>
        UnitShape().IsMatch(candidate) && UnitLetter().IsMatch(candidate) && candidate is not ("助理" or "乡" or "含");
}
