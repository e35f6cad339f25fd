using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Goals;

/// <summary>
/// Finds quantitative aims in one paragraph. A sentence (to 。！？) is read clause by clause
/// (，；：). A year or period seen in the sentence anchors the clauses after it: a future year
/// (到2025年, “十四五”末) makes its clauses' targets aims for that year; a past year (2020年全区…)
/// makes them reports, skipped. Without a year, only a goals section or a pledge (确保…, 力争…, for
/// the plan's period) makes a target an aim, and not in a sentence that reads as a report (截至,
/// 已达, 同比…). A target is a target verb with a number, unit and bound (突破1000亿元), or a list
/// item counting things (避暑名城5个, 培育“双创”人才1000名左右).
/// </summary>
public static partial class ProseAims
{
    internal static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？!?");
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，；：,;:");

    /// <summary>A long quotation (a leader's words, another document's targets): its numbers are not this plan's aims.</summary>
    [GeneratedRegex(@"“[^”]{30,}”")]
    private static partial Regex LongQuote();

    /// <summary>The aims of a paragraph, and the year its opening anchors (到 2025 年，…), which a goals section carries on to its next paragraphs.</summary>
    /// <param name="lineOfText">The paragraph is a box's line that reads as a sentence, not a table's row, though the box's title announces a table.</param>
    public static IReadOnlyList<GoalRecord> Find(Paragraph paragraph, AimContext context, string planId, string ownerId, out int? leadingYear, bool lineOfText = false)
    {
        leadingYear = null;
        var goals = new List<GoalRecord>();
        if (context.Skip || (paragraph.Kind != ParagraphKind.Prose && !lineOfText)) return goals;
        var text = paragraph.Text;
        if (!MayHoldValue(text) && AimPatterns.Period().Match(text) is { Success: false }) return goals;
        var anchors = AimAnchors.Of(text, context);
        if (anchors.Count > 0 && text[..anchors[0].Position].Trim().Length <= 4 && !anchors[0].Past) leadingYear = anchors[0].Year;
        var carried = leadingYear ?? context.GoalsYear;
        var quotes = AimAnchors.MatchesWith(LongQuote(), text, '“');
        foreach (var (sentenceStart, sentenceLength) in Spans(text, 0, text.Length, SentenceEnds, keepEnd: true))
        {
            var sentence = text.AsSpan(sentenceStart, sentenceLength);
            // A target has a number: most sentences have none and are passed over at once.
            if (!MayHoldValue(sentence)) continue;
            var sentenceEnd = sentenceStart + sentenceLength;
            var anchored = AimAnchors.LastIn(anchors, sentenceStart, sentenceEnd) is not null;
            // Outside a goals section, a sentence without a year states an aim only where it pledges one.
            var pledged = !anchored && carried is null && context.PeriodEnd is not null && AimPatterns.Pledge().IsMatch(sentence);
            if (!anchored && carried is null && !pledged) continue;
            // Without a year of its own, a sentence that reports what was done is not an aim.
            if (!anchored && AimPatterns.PastMarker().IsMatch(sentence)) continue;
            // The sentence's last clause that says what its figures are about (not a deadline alone, not 总量达到…).
            var subjectClause = -1;
            var measured = new MeasuredAim();
            foreach (var (clauseStart, clauseLength) in Spans(text, sentenceStart, sentenceEnd, ClauseEnds, keepEnd: false))
            {
                var about = subjectClause;
                if (NamesItsSubject(text, clauseStart, clauseLength))
                {
                    subjectClause = clauseStart;
                    // A clause about something else ends what a growth without a subject could refer to.
                    measured.Measure = null;
                }
                if (!MayHoldValue(text.AsSpan(clauseStart, clauseLength))) continue;
                var clause = text.Substring(clauseStart, clauseLength);
                foreach (var (position, goal) in Targets(paragraph, clauseStart, clause, about, measured, planId, ownerId).OrderBy(t => t.Position))
                {
                    if (AimAnchors.Inside(quotes, position)) continue;
                    var anchor = AimAnchors.LastIn(anchors, sentenceStart, position);
                    int? year = anchor is null ? carried : anchor.Past ? null : anchor.Year;
                    if (year is null && anchor is null && pledged && AimPatterns.Pledge().IsMatch(clause)) year = context.PeriodEnd;
                    if (year is null) continue;
                    goals.Add(goal with { TargetYear = year });
                }
            }
        }
        return goals;
    }

    /// <summary>The non-empty pieces of <c>text[from..to]</c> between the separators (a sentence keeps its closing mark).</summary>
    private static List<(int Start, int Length)> Spans(string text, int from, int to, System.Buffers.SearchValues<char> separators, bool keepEnd)
    {
        var spans = new List<(int, int)>();
        var start = from;
        while (start < to)
        {
            var at = text.AsSpan(start, to - start).IndexOfAny(separators);
            // A comma between digits groups thousands (1,200亿元): no clause ends there.
            while (at >= 0 && text[start + at] == ',' && start + at > 0 && start + at + 1 < to
                   && char.IsAsciiDigit(text[start + at - 1]) && char.IsAsciiDigit(text[start + at + 1]))
            {
                var next = text.AsSpan(start + at + 1, to - start - at - 1).IndexOfAny(separators);
                at = next < 0 ? -1 : at + 1 + next;
            }
            var end = at < 0 ? to : start + at;
            var length = end - start + (keepEnd && at >= 0 ? 1 : 0);
            if (end > start) spans.Add((start, length));
            start = end + 1;
        }
        return spans;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");

    private static bool HasDigit(ReadOnlySpan<char> text) => text.IndexOfAny(Digits) >= 0;

    private static readonly System.Buffers.SearchValues<char> Hundreds = System.Buffers.SearchValues.Create("百千");

    /// <summary>Whether the text may print a value: a digit, or an amount in words (突破千亿元, 五百亿元) — not 百姓 or 千方百计.</summary>
    private static bool MayHoldValue(ReadOnlySpan<char> text)
    {
        if (HasDigit(text)) return true;
        for (var at = text.IndexOfAny(Hundreds); at >= 0; at = text.IndexOfAny(Hundreds))
        {
            if (at + 1 < text.Length && text[at + 1] is '亿' or '万') return true;
            text = text[(at + 1)..];
        }
        return false;
    }

    /// <summary>The last aim of a sentence that named a measure of its own, and where that aim's text starts in the paragraph.</summary>
    private sealed class MeasuredAim
    {
        public string? Measure { get; set; }
        public int TextStart { get; set; }

        /// <summary>The measure is the one a growth aim grows (地区生产总值 of 地区生产总值年均增长7%).</summary>
        public bool FromGrowth { get; set; }
    }

    /// <param name="subjectClause">Where the sentence's last clause before this one that names its subject starts, or −1.</param>
    /// <param name="measured">The sentence's last measured aim so far; a target that measures something of its own replaces it.</param>
    private static IEnumerable<(int Position, GoalRecord Goal)> Targets(
        Paragraph paragraph, int clauseStart, string clause, int subjectClause, MeasuredAim measured, string planId, string ownerId)
    {
        var from = 0;
        var taken = new List<(int Start, int End)>();
        foreach (Match m in AimPatterns.VerbAndValue().Matches(clause))
        {
            var subjectStart = SubjectStart(clause, from, m.Index);
            var verb = m.Groups["verb"].Value;
            var subject = clause[subjectStart..m.Index];
            taken.Add((subjectStart, m.Index + m.Length));
            // “…全省旅游人才数量实现大幅度增长，总量达到 70 万人”: a bare 总量 opening the clause counts
            // what a clause before it names, and the aim's text takes that clause in.
            var textStart = from == 0 && subjectClause >= 0 && IsBareSubject(subject) ? subjectClause : clauseStart + subjectStart;
            // “地区生产总值达到300亿元，年均增长7%左右”: a growth printed with no subject is the growth of
            // what the aim before it measures, and its text takes that aim in.
            if (measured.Measure is { } before && !measured.FromGrowth && AimPatterns.IsGrowthVerb(verb) && CleanSubject(subject).Length == 0)
            {
                (textStart, subject) = (measured.TextStart, before);
            }
            // “地区生产总值年均增长7%左右，到2025年达到300亿元”: the other way round, a level printed with no
            // subject after a growth is the level of what that growth measures.
            else if (measured.Measure is { } grown && measured.FromGrowth && !AimPatterns.IsGrowthVerb(verb) && CleanSubject(subject).Length == 0)
            {
                (textStart, subject) = (measured.TextStart, grown);
            }
            // “城镇、农村居民人均可支配收入分别达到5万元和2.5万元”: each subject its own value.
            if (RespectiveValues.Pair(clause, subjectStart, m) is { } pairs)
            {
                foreach (var (at, itemSubject, value) in pairs)
                {
                    yield return (clauseStart + value.Index, Goal(paragraph, clauseStart + at, itemSubject, verb, clauseStart, value, planId, ownerId));
                }
                from = pairs[^1].Value.Index + pairs[^1].Value.Length;
                taken[^1] = (subjectStart, from);
                continue;
            }
            var goal = Goal(paragraph, textStart, subject, verb, clauseStart, m, planId, ownerId);
            if (goal.Measure is { } measure && goal.Growth is null) (measured.Measure, measured.TextStart, measured.FromGrowth) = (measure, textStart, false);
            else if (goal.Growth is not null && MeasureOf(subject, "") is { } grownMeasure) (measured.Measure, measured.TextStart, measured.FromGrowth) = (grownMeasure, textStart, true);
            yield return (clauseStart + m.Index, goal);
            from = m.Index + m.Length;
        }
        // Items without a target verb: a list of counts (建设特色旅游小镇 15 个、避暑名城 5 个).
        var dash = 0;
        while (dash < clause.Length && clause[dash] is '—' or '－') dash++;
        dash += ItemMark(clause, dash);
        var opening = dash + AimPatterns.LeadingDeadline().Match(clause[dash..]).Length;
        var items = Items(clause, opening).ToList();
        for (var k = 0; k < items.Count; k++)
        {
            var (itemStart, item) = items[k];
            if (!HasDigit(item) || !AimPatterns.MayEndWithValue(item) || Overlaps(taken, itemStart, item.Length)) continue;
            if (AimPatterns.ItemAndValue().Match(item) is not { Success: true } m) continue;
            var action = m.Groups["action"].Value;
            var subjectStart = itemStart + (m.Groups["action"].Success ? m.Groups["action"].Index : m.Groups["subject"].Index);
            if (!m.Groups["action"].Success) subjectStart = SharedCountStart(items, k, taken) ?? subjectStart;
            var measureText = action is "新增" ? action + m.Groups["subject"].Value : m.Groups["subject"].Value;
            yield return (clauseStart + itemStart + m.Groups["subject"].Index,
                Goal(paragraph, clauseStart + subjectStart, measureText, "", clauseStart + itemStart, m, planId, ownerId));
        }
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int length) =>
        taken.Any(t => start < t.End && start + length > t.Start);

    /// <summary>
    /// Where the aim of a counted item starts when the items before it carry no count of their own:
    /// they share its count, and the aim is the whole list (汇聚省内外决策咨询机构、战略咨询企业、决策咨询团队
    /// 50 户以上; 服务全市、全省、国家重大战略决策 10 次以上). Null when the item before has its own count
    /// (创建美丽乡村200个、…示范村1500个) or is another target's.
    /// </summary>
    private static int? SharedCountStart(List<(int Start, string Text)> items, int k, List<(int Start, int End)> taken)
    {
        var first = k;
        while (first > 0 && !HasDigit(items[first - 1].Text) && !Overlaps(taken, items[first - 1].Start, items[first - 1].Text.Length)) first--;
        if (first == k) return null;
        var (start, text) = items[first];
        return start + (text.Length - text.TrimStart().Length);
    }

    /// <summary>The clause's items: its text split at 、 outside brackets, with where each starts.</summary>
    private static IEnumerable<(int Start, string Text)> Items(string clause, int from)
    {
        var depth = 0;
        var start = from;
        var end = clause.Length;
        while (end > from && (char.IsWhiteSpace(clause[end - 1]) || clause[end - 1] is '。' or '！' or '？' or '!' or '?')) end--;
        for (var i = from; i <= end; i++)
        {
            var c = i < end ? clause[i] : '、';
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
            else if (c == '、' && depth == 0)
            {
                if (i > start) yield return (start, clause[start..i]);
                start = i + 1;
            }
        }
    }

    /// <summary>
    /// Where the words before a target start: after the previous target in the clause, and after a
    /// list item that carried its own number (“增加国家级旅游度假区3家、滑雪旅游度假地达到10个”).
    /// </summary>
    private static int SubjectStart(string clause, int from, int verbAt)
    {
        // The dash that opens a list line (——力争“十四五”时期引进…) is no part of the aim, nor is an item's number (1.地区生产总值…).
        while (from < verbAt && clause[from] is '—' or '－') from++;
        from += ItemMark(clause, from);
        var start = from + AimPatterns.LeadingDeadline().Match(clause[from..verbAt]).Length;
        while (start < verbAt && (char.IsWhiteSpace(clause[start]) || clause[start] is '、' or '）' or ')')) start++;
        var lastItem = clause.LastIndexOf('、', Math.Max(start, verbAt - 1), Math.Max(0, verbAt - start));
        if (lastItem > start && clause.AsSpan(start, lastItem - start).IndexOfAnyInRange('0', '9') >= 0) start = lastItem + 1;
        return start;
    }

    /// <param name="textStart">Where the aim's words start in the paragraph.</param>
    /// <param name="matchBase">Where the text the match ran on starts in the paragraph.</param>
    private static GoalRecord Goal(Paragraph paragraph, int textStart, string subject, string verb, int matchBase, Match m, string planId, string ownerId)
    {
        var unit = m.Groups["unit"].Value;
        var value = TextFolding.CollapseCjkSpaces(m.Groups["value"].Value.Trim());
        var target = AimPatterns.IsBoundVerb(verb) ? verb.Replace("力争", "", StringComparison.Ordinal) + value : value;

        // The aim's text: from its first word to the end of the value, as printed, and the words
        // after it when they say what the value counts (增加 10万吨的原粮储备).
        var valueEnd = CountedAfter(paragraph.Text, matchBase + m.Groups["value"].Index + m.Groups["value"].Length);
        var printed = paragraph.Text[textStart..valueEnd].Trim();
        var provenance = paragraph.ProvenanceWithContext(textStart, valueEnd - textStart);
        var id = NodeIds.For(Labels.Goal, ownerId, paragraph.LineStart.ToString(CultureInfo.InvariantCulture),
            textStart.ToString(CultureInfo.InvariantCulture), printed);
        var range = PrintedValues.RangeOf(target, unit);
        return new GoalRecord(id, planId, ownerId, TextFolding.CollapseCjkSpaces(printed), GoalKinds.Qualitative, provenance,
            Measure: MeasureOf(subject, verb), Target: target,
            Growth: AimPatterns.IsGrowthVerb(verb) ? value : null, Unit: unit.Replace('％', '%'),
            TargetValue: PrintedValues.NumberOf(target, unit) ?? InWords(m.Groups["num"].Value),
            TargetMin: range?.Low, TargetMax: range?.High);
    }

    /// <summary>The length of the item number a clause opens with at <paramref name="at"/> (1. / 12、), else 0.</summary>
    private static int ItemMark(string clause, int at) =>
        ItemMarks.ItemNumber(clause.AsSpan(at)) is { } n ? (n > 9 ? 3 : 2) : 0;

    /// <summary>An amount printed in words (突破千亿元, 达到五百亿元): its number.</summary>
    private static double? InWords(string number) =>
        number.Length > 0 && !char.IsAsciiDigit(number[0]) && ChineseNumerals.Parse(number) is { } n ? n : null;

    /// <summary>Where “…的 X” right after a value ends, when X is a few words closing the clause; else <paramref name="valueEnd"/>.</summary>
    private static int CountedAfter(string text, int valueEnd)
    {
        const int MaxCounted = 16;
        var at = valueEnd;
        while (at < text.Length && text[at] == ' ') at++;
        if (at >= text.Length || text[at] != '的') return valueEnd;
        var end = at + 1;
        while (end < text.Length && end - at <= MaxCounted && text[end] is not ('，' or '。' or '；' or '、' or '：')) end++;
        if (end >= text.Length || end - at > MaxCounted || end == at + 1) return valueEnd;
        for (var i = at + 1; i < end; i++)
        {
            if (char.IsDigit(text[i])) return valueEnd;
        }
        return end;
    }

    /// <summary>The measure a subject names, or null when it does not read as one (an action, a list, too long, too general).</summary>
    public static string? MeasureOf(string subject, string verb)
    {
        var s = CleanSubject(subject);
        if (s.Length < 2 || s.Length > 24 || AimPatterns.BareMeasure().IsMatch(s)) return null;
        // “该区域工业总产值占…的比重”: the area is the one the text named before, so the words name no measure of their own.
        if (s[0] is '该' or '此' or '这') return null;
        var opening = s.StartsWith("新增", StringComparison.Ordinal) ? 2 : 0;
        if (AimPatterns.ActionInside().IsMatch(s[opening..])) return null;
        var growth = AimPatterns.IsGrowthVerb(verb) ? verb : "";
        if (growth.Length == 0 && !AimPatterns.MeasureEnding().IsMatch(s)) return null;
        return s + growth;
    }

    /// <summary>
    /// Whether a clause names what it is about: not a deadline alone (到 2025 年), nor a target of a
    /// general word (总量达到…) or of no word at all (年均增长7%).
    /// </summary>
    private static bool NamesItsSubject(string text, int start, int length)
    {
        var clause = text.Substring(start, length);
        if (AimPatterns.LeadingDeadline().Match(clause).Length >= clause.TrimEnd().Length) return false;
        if (AimPatterns.VerbAndValue().Match(clause) is not { Success: true } m) return true;
        var subject = CleanSubject(clause[SubjectStart(clause, 0, m.Index)..m.Index]);
        return subject.Length > 0 && !AimPatterns.BareMeasure().IsMatch(subject);
    }

    /// <summary>A subject that is a general word alone (总量, 收入, 总投资): it counts what the text before it names.</summary>
    private static bool IsBareSubject(string subject) => AimPatterns.BareMeasure().IsMatch(CleanSubject(subject));

    /// <summary>The words of a subject without the deadline, fillers and comparison around them.</summary>
    private static string CleanSubject(string subject)
    {
        var s = TextFolding.CollapseCjkSpaces(subject.Trim()).TrimStart('—', '－');
        s = s[AimPatterns.LeadingDeadline().Match(s).Length..];
        // “把长春建设成为常住人口超1000万”: the measure is what the place is to become.
        var become = s.LastIndexOf("成为", StringComparison.Ordinal);
        if (become >= 0) s = s[(become + 2)..];
        s = AimPatterns.LeadingFiller().Replace(s, "");
        s = AimPatterns.Comparison().Replace(s, "");
        return AimPatterns.TrailingFiller().Replace(s, "").Trim();
    }

}
