using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Goals;

/// <summary>
/// The years and periods a paragraph dates its aims with (到2025年, “十四五”末, 未来五年), where each
/// stands and whether it lies in the plan's past; and the spans (cited titles, long quotations)
/// whose words are not the plan's own.
/// </summary>
internal static partial class AimAnchors
{
    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex BookTitle();

    /// <summary>A year or period in the text, where it stands, and whether it lies in the plan's past.</summary>
    public sealed record Anchor(int Position, int Year, bool Past);

    /// <summary>
    /// Years and periods that anchor aims. A past year anchors too (its clauses are reports); a
    /// future year unless it names something (2035年远景目标) or sits inside a cited title
    /// (《…2035年远景目标纲要》); a comparison (比2020年, 与2020年相比) is no anchor at all.
    /// </summary>
    public static List<Anchor> Of(string text, AimContext context)
    {
        var anchors = new List<Anchor>();
        var titles = MatchesWith(BookTitle(), text, '《');
        foreach (var m in MatchesWith(AimPatterns.Year(), text, '年'))
        {
            if (Inside(titles, m.Index) || IsComparison(text, m.Index)) continue;
            // 二〇二五年 as often as 2025年.
            var printed = m.Groups["year"].Value;
            var year = char.IsAsciiDigit(printed[0]) ? int.Parse(printed, CultureInfo.InvariantCulture) : ChineseNumerals.ParseDigits(printed) ?? 0;
            var after = m.Groups["after"].Value;
            // “比2020年”, “2035年远景目标”: a year named, not a deadline set.
            if (after is "比" or "相比" or "同期" or "远景" or "中长期") continue;
            var past = year < context.FirstFutureYear || after is "以来" or "以前";
            anchors.Add(new Anchor(m.Index, year, past));
        }
        foreach (var m in MatchesWith(AimPatterns.Period(), text, '十'))
        {
            if (Inside(titles, m.Index)) continue;
            var end = AimContext.PeriodEndOf(m.Groups["n"].Value);
            anchors.Add(new Anchor(m.Index, end, end < context.FirstFutureYear));
        }
        if (context.PeriodEnd is { } periodEnd)
        {
            // “五年累计完成…”, “未来五年…”: the plan's next five years; “规划期末…”: the year its period ends.
            if (text.Contains("五年", StringComparison.Ordinal) || text.Contains("规划期", StringComparison.Ordinal))
            {
                var dated = anchors.Count;
                foreach (Match m in AimPatterns.OwnPeriod().Matches(text))
                {
                    // ““十三五”期间，五年累计完成…”: the five years of a past period the sentence names.
                    var sentenceStart = text.AsSpan(0, m.Index).LastIndexOfAny(ProseAims.SentenceEnds) + 1;
                    var pastBefore = anchors.Take(dated).Any(a => a.Past && a.Position >= sentenceStart && a.Position < m.Index);
                    var year = m.Value.StartsWith("规划期", StringComparison.Ordinal) ? periodEnd : context.FifthYear ?? periodEnd;
                    if (!Inside(titles, m.Index) && !pastBefore) anchors.Add(new Anchor(m.Index, year, false));
                }
            }
        }
        anchors.Sort((a, b) => a.Position.CompareTo(b.Position));
        return anchors;
    }

    /// <summary>
    /// The last anchor at or after <paramref name="from"/> and before <paramref name="to"/>, or null.
    /// A loop, as is <see cref="Inside"/>: lambdas over a sentence's bounds made a closure for every
    /// sentence of every paragraph, digits or not.
    /// </summary>
    public static Anchor? LastIn(List<Anchor> anchors, int from, int to)
    {
        for (var i = anchors.Count - 1; i >= 0; i--)
        {
            if (anchors[i].Position >= from && anchors[i].Position < to) return anchors[i];
        }
        return null;
    }

    /// <summary>Whether <paramref name="position"/> lies inside one of the matched spans (a long quote, a cited title).</summary>
    public static bool Inside(IReadOnlyList<Match> spans, int position)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (position >= spans[i].Index && position < spans[i].Index + spans[i].Length) return true;
        }
        return false;
    }

    /// <summary>
    /// The matches of <paramref name="regex"/>, every one of which contains <paramref name="needed"/>.
    /// A match collection is an object even when empty: a text without that character is not searched.
    /// </summary>
    public static IReadOnlyList<Match> MatchesWith(Regex regex, string text, char needed) =>
        text.Contains(needed) ? regex.Matches(text) : [];

    /// <summary>“比2020年”, “较 2020 年”, “与2020年相比”: the year is a comparison, not an anchor.</summary>
    private static bool IsComparison(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 && text[i] is '比' or '较' or '与' or '同';
    }
}
