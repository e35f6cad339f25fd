using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Goals;

/// <summary>
/// Where a paragraph stands, as far as aims go: in a review of the past (skipped), in a goals
/// section (目标; sentences there are aims even without a year, and take the section's year), or
/// elsewhere (only sentences with a future year or period are aims, and pledges — 确保, 力争 — for
/// the plan's period).
/// </summary>
/// <param name="Skip">The section reviews the past or the setting.</param>
/// <param name="InGoals">The section (or one above it) states the plan's goals (发展目标, 主要目标…).</param>
/// <param name="GoalsYear">In a goals section: the year its aims are for (2025年发展目标 → 2025; else the plan's end year).</param>
/// <param name="FirstFutureYear">The first year that is not the past for this plan (its start, or its issue year if later).</param>
/// <param name="PeriodEnd">The plan's last year: what a pledge without a year (确保…控制在5%以内) is for.</param>
/// <param name="PeriodStart">The plan's first year, where known.</param>
public sealed partial record AimContext(bool Skip, bool InGoals, int? GoalsYear, int FirstFutureYear, int? PeriodEnd, int? PeriodStart = null)
{
    /// <summary>
    /// The last of the plan's next five years (未来五年, 五年累计): its period's end for a five-year plan,
    /// the fifth year for a longer one (长春现代化都市圈发展规划, 2021–2035: 2025).
    /// </summary>
    public int? FifthYear => PeriodStart is { } start && PeriodEnd is { } end ? Math.Min(end, start + 4) : PeriodEnd;

    [GeneratedRegex(@"(20\d\d)\s*年")]
    private static partial Regex TitleYear();

    public static AimContext For(StructuredPlan plan, IReadOnlyList<SectionNode> path, string? columnTitle = null)
    {
        var titles = path.Select(s => s.Title).ToList();
        if (columnTitle is not null) titles.Add(columnTitle);
        var skip = titles.Any(t => AimPatterns.ReviewTitle().IsMatch(t));
        int? goalsYear = null;
        var inGoals = false;
        for (var i = titles.Count - 1; i >= 0 && !inGoals; i--)
        {
            if (!AimPatterns.GoalsTitle().IsMatch(titles[i])) continue;
            inGoals = true;
            goalsYear = YearOf(titles[i]) ?? plan.Metadata.PeriodEnd;
        }
        var m = plan.Metadata;
        var issued = m.IssuedOn is { Length: >= 4 } on && int.TryParse(on[..4], out var y) ? y : 0;
        var first = Math.Max(m.PeriodStart ?? 0, issued);
        if (first == 0) first = (m.PeriodEnd ?? 2025) - 4;
        return new AimContext(skip, inGoals, goalsYear, first, m.PeriodEnd, m.PeriodStart);
    }

    /// <summary>A year a title names: 2025年发展目标 → 2025, “十四五”时期 → 2025.</summary>
    public static int? YearOf(string title)
    {
        if (TitleYear().Match(title) is { Success: true } year) return int.Parse(year.Groups[1].Value);
        return AimPatterns.Period().Match(title) is { Success: true } period ? PeriodEndOf(period.Groups["n"].Value) : null;
    }

    /// <summary>The last year of a five-year plan period by its number (十四五 → 2025).</summary>
    public static int PeriodEndOf(string numeral) => numeral switch
    {
        "三" => 2015,
        "四" => 2025,
        "五" => 2030,
        _ => 2035,
    };
}
