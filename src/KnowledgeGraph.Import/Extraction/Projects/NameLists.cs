using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>A name found in a list: where it is in the paragraph's text and what it looks like.</summary>
internal readonly record struct ListedName(int Start, int Length, NameKind Kind);

/// <summary>
/// One clause read as a list of names. <see cref="Tail"/> is the category after 等 (“等重点项目”,
/// “等高速公路项目”): it says what the items are. <see cref="Verb"/> is the verbs the clause opened
/// with (重点推进, 推动, 建设…), the way the plans introduce project lists; null when it opened with a name.
/// </summary>
internal sealed record ClauseList(IReadOnlyList<ListedName> Names, string? Tail, string? Verb);

/// <summary>
/// Splits the corpus's run-on lists (“重点推进A、B（一期）、C等项目。”) into names with their
/// positions in the paragraph. Separators count only outside brackets and quotes, and a 、 between
/// two digits (“1、2 号线”) is part of a name. A 等 ends the list unless the items before it are
/// all places and what follows names a project (“兴隆村、杨家村等棚户区改造…项目” is one project).
/// </summary>
internal static partial class NameLists
{
    [GeneratedRegex(@"^(?:(?:重点|加快|积极|稳步|全力|大力|继续|着力|优先|适时|全面|有序|协同|合力|共同|启动|谋划|深入|扎实|认真|高标准|高质量|尽早|突出|确保|计划)?(?:推进|推动|建设|实施|谋划|启动|打造|开工建设|新建|续建|扩建|改扩建|迁建|开展|支持|依托|引进|完成|创建|争创|布局|规划建设|引入|落位|对接|加快|研究论证|推出|抓好)(?:建设|实施|推进)?好?[\s]*)+")]
    private static partial Regex LeadVerbs();

    // The characters that open one of LeadVerbs' words: any other first character cannot match it.
    private static readonly System.Buffers.SearchValues<char> LeadVerbStarts = System.Buffers.SearchValues.Create("争优依全共创加协合启大完实对尽布建开引扎打扩抓推支改新有深着研确积稳突继续落规认计谋迁适重高");

    [GeneratedRegex(@"(?:建设|开工建设|当年开工|建成投产|引进|落地|落位|为龙头|为重点|为依托|实施|开发)$")]
    private static partial Regex TailVerbs();

    /// <summary>A verb phrase after the subject of a clause (“国色天莲康养小镇重点建设A、B…”): the list follows it.</summary>
    [GeneratedRegex(@"(?:重点建设|重点推进|加快推进|加快建设|着力推进|谋划推进|积极推进|重点打造|推进|推动|(?<=公司|集团)建设)")]
    private static partial Regex InnerVerb();

    /// <summary>
    /// The clauses of <c>text[start..end)</c>: split at ，；。 and 以及 outside brackets.
    /// <c>Continues</c>: the clause follows 以及 and so carries on the list before it.
    /// </summary>
    public static IEnumerable<(int Start, int End, bool Continues)> Clauses(string text, int start, int end)
    {
        var depth = 0;
        var clauseStart = start;
        var continues = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            depth = Depth(c, depth);
            if (depth > 0) continue;
            var cut = c is '，' or ',' or '；' or ';' or '。' ? 1
                : c == '以' && i + 1 < end && text[i + 1] == '及' ? 2 : 0;
            if (cut == 0) continue;
            if (i > clauseStart) yield return (clauseStart, i, continues);
            continues = cut == 2;
            clauseStart = i + cut;
            i += cut - 1;
        }
        if (end > clauseStart) yield return (clauseStart, end, continues);
    }

    /// <summary>Length of the verbs of carrying out that open <c>text[start..]</c> (重点推进, 加快推进建设…), 0 if none.</summary>
    public static int LeadVerbLength(string text, int start, int end)
    {
        if (end <= start || !LeadVerbStarts.Contains(text[start])) return 0;
        // Anchored, so the first match is the only one; enumerated, so no match object is made.
        foreach (var m in LeadVerbs().EnumerateMatches(text.AsSpan(start, end - start))) return m.Length;
        return 0;
    }

    /// <summary>Reads <c>text[start..end)</c> as a list.</summary>
    public static ClauseList Parse(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '-' or '—' or '·' or '•')) start++;
        // “在锦江公园、长春公园等，…”, “以建设美、经营美…为重点”: an adverbial phrase, not a list.
        if (start < end && text[start] is '在' or '以' or '对' or '于' or '从' or '向' or '按' or '随' or '将' or '把' or '经')
        {
            return new ClauseList([], null, null);
        }
        var verbStart = start;
        var verbLength = LeadVerbLength(text, start, end);
        if (verbLength == 0 && InnerVerb().Match(text, start, FirstSeparator(text, start, end) - start) is { Success: true } inner
            && inner.Index > start)
        {
            // “国色天莲康养小镇重点建设A、B等项目”: what precedes the verb is the subject, not an item.
            verbStart = inner.Index;
            verbLength = inner.Length;
        }
        var verb = verbLength > 0 ? text.Substring(verbStart, verbLength).Trim() : null;
        start = verbStart + verbLength;

        var pieces = SplitPieces(text, start, end);
        var names = new List<ListedName>();
        string? tail = null;
        var runStart = -1;
        int runPlaces = 0, runLength = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var (ps, pe) = Trim(text, pieces[i].Start, pieces[i].End);
            if (ps >= pe) continue;
            var et = FindEtc(text, ps, pe);
            var headEnd = et < 0 ? pe : et;
            var (hs, he) = Trim(text, ps + LeadVerbLength(text, ps, headEnd), headEnd);
            var head = text.AsSpan(hs, he - hs);
            string? tailText = et < 0 ? null : text[(et + 1)..pe].Trim();

            if (hs < he && ProjectNames.IsModifier(head))
            {
                // A place that may qualify a project further on: wait and see.
                if (runStart < 0)
                {
                    runStart = hs;
                    runPlaces = 0;
                    runLength = 0;
                }
                runLength++;
                if (ProjectNames.IsLocality(head)) runPlaces++;
                if (tailText is null) continue;
                var tailCore = StripTailVerbs(tailText);
                if (ProjectNames.IsStrong(tailCore) && runPlaces * 2 >= runLength)
                {
                    var nameEnd = et + 1 + text[(et + 1)..pe].IndexOf(tailCore, StringComparison.Ordinal) + tailCore.Length;
                    names.Add(new ListedName(runStart, nameEnd - runStart, NameKind.Project));
                    tail ??= tailText;
                    runStart = -1;
                    continue;
                }
                tail ??= tailText;
                FlushRun(text, runStart, pieces, i, names);
                runStart = -1;
                continue;
            }

            if (runStart >= 0 && runLength >= 2 && runPlaces > 0 && runPlaces * 2 >= runLength && ProjectNames.IsStrong(head))
            {
                // “A街道、B街道、C镇…改造项目”: the places belong to the project.
                names.Add(new ListedName(runStart, he - runStart, NameKind.Project));
                runStart = -1;
            }
            else if (runStart >= 0 && runPlaces == runLength && ProjectNames.IsStrong(head)
                     && NameSeries.IsPlacesBeforeFacility(TextFolding.CollapseCjkSpaces(text[runStart..he])))
            {
                // “改扩建吉林、通化机场”: one place before the other's airport is an airport of its own.
                names.Add(new ListedName(runStart, he - runStart, NameKind.Project));
                runStart = -1;
            }
            else
            {
                if (runStart >= 0) FlushRun(text, runStart, pieces, i - 1, names);
                runStart = -1;
                AddSplitOnConjunction(text, hs, he, names);
            }
            // A 等 closes one enumeration; another may follow in the same clause (“…等普通国省干线公路、国道…”).
            if (tailText is not null) tail ??= tailText;
        }
        if (runStart >= 0) FlushRun(text, runStart, pieces, pieces.Count - 1, names);
        JoinCoordinated(text, names);
        return new ClauseList(names, tail, verb);
    }

    /// <summary>
    /// “A、B及C项目”: a plain item right before a project whose name opens with a bare noun and 及/和/与 is
    /// the first member of that coordination, not a project of its own (汽车用电器开关、传感器及机械加工智能数字化项目
    /// is one project, not 汽车用电器开关 and 传感器及…). Only a noun of three characters or fewer: a longer first
    /// part is a work of its own (德惠风力发电、德惠天然气利用及天然气管道; 水源地环境整治、重点流域和区域水污染防治).
    /// </summary>
    private static void JoinCoordinated(string text, List<ListedName> names)
    {
        for (var i = names.Count - 2; i >= 0; i--)
        {
            var (plain, project) = (names[i], names[i + 1]);
            if (plain.Kind != NameKind.Plain || project.Kind != NameKind.Project) continue;
            var gap = text.AsSpan(plain.Start + plain.Length, project.Start - plain.Start - plain.Length).Trim();
            if (gap is not "、" || CoordinationAt(text, project.Start, project.Start + project.Length) < 0) continue;
            names[i] = new ListedName(plain.Start, project.Start + project.Length - plain.Start, NameKind.Project);
            names.RemoveAt(i + 1);
        }
    }

    // Where a name's bare noun of two or three characters ends at 及/和/与 (传感器及…), or -1.
    private static int CoordinationAt(string text, int start, int end)
    {
        for (var i = start + 2; i <= start + 3 && i < end - 2; i++)
        {
            if (text[i] is not ('和' or '及' or '与')) continue;
            var noun = text.AsSpan(start, i - start);
            return noun.ContainsAnyExceptInRange('\u4e00', '\u9fff') ? -1 : i;
        }
        return -1;
    }

    /// <summary>Places held back in case a project followed them, which it did not: each is its own piece after all.</summary>
    private static void FlushRun(string text, int runStart, List<(int Start, int End)> pieces, int last, List<ListedName> names)
    {
        for (var k = 0; k <= last && k < pieces.Count; k++)
        {
            if (pieces[k].End <= runStart) continue;
            var (ps, pe) = Trim(text, Math.Max(pieces[k].Start, runStart), pieces[k].End);
            var et = FindEtc(text, ps, pe);
            if (et >= 0) pe = et;
            (ps, pe) = Trim(text, ps, pe);
            if (ps < pe) names.Add(new ListedName(ps, pe - ps, ProjectNames.Classify(text.AsSpan(ps, pe - ps))));
        }
    }

    /// <summary>The category a tail names once the verbs after it are gone: “重点项目建设” → “重点项目”.</summary>
    public static string StripTailVerbs(string tail)
    {
        var t = tail.Trim();
        while (TailVerbs().Match(t) is { Success: true } m && m.Index > 0) t = t[..m.Index];
        return t;
    }

    /// <summary>“A和B”, “A及B”, “A与B” are two names only when both halves are names on their own.</summary>
    private static void AddSplitOnConjunction(string text, int start, int end, List<ListedName> names)
    {
        var depth = 0;
        for (var i = start + 2; i < end - 2; i++)
        {
            depth = Depth(text[i], depth);
            if (depth > 0 || text[i] is not ('和' or '及' or '与')) continue;
            var (ls, le) = Trim(text, start, i);
            var (rs, re) = Trim(text, i + 1, end);
            // Both halves must name something on their own: “…控制中心扩建及能力提升项目” is one project.
            if (ProjectNames.IsStrong(text.AsSpan(ls, le - ls)) && ProjectNames.IsStrong(text.AsSpan(rs, re - rs))
                && ProjectNames.HeadLength(text[ls..le]) >= 5 && ProjectNames.HeadLength(text[rs..re]) >= 5)
            {
                names.Add(new ListedName(ls, le - ls, NameKind.Project));
                names.Add(new ListedName(rs, re - rs, NameKind.Project));
                return;
            }
        }
        // “琿春机场建设” names 琿春机场: the 建设 is what is done to it.
        if (end - start > 4 && text.AsSpan(start, end - start).EndsWith("建设") && ProjectNames.IsStrong(text.AsSpan(start, end - 2 - start))) end -= 2;
        names.Add(new ListedName(start, end - start, ProjectNames.Classify(text.AsSpan(start, end - start))));
    }

    private static int FirstSeparator(string text, int start, int end)
    {
        var pieces = SplitPieces(text, start, end);
        return pieces[0].End;
    }

    private static List<(int Start, int End)> SplitPieces(string text, int start, int end)
    {
        var pieces = new List<(int, int)>();
        var depth = 0;
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            depth = Depth(c, depth);
            if (depth > 0 || c != '、') continue;
            if (IsDigitBefore(text, i, start) && IsDigitAfter(text, i, end)) continue;
            pieces.Add((pieceStart, i));
            pieceStart = i + 1;
        }
        pieces.Add((pieceStart, end));
        return pieces;
    }

    /// <summary>The 等 that ends a list (not the 等 of 高等, 等级), or -1.</summary>
    internal static int FindEtc(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            depth = Depth(text[i], depth);
            if (depth > 0 || text[i] != '等') continue;
            if (i > start && text[i - 1] is '高' or '平' or '同' or '均' or '对' or '相') continue;
            if (i + 1 < end && text[i + 1] is '级' or '于' or '同') continue;
            if (i == start) continue;
            return i;
        }
        return -1;
    }

    private static bool IsDigitBefore(string text, int i, int start)
    {
        var j = i - 1;
        while (j >= start && text[j] == ' ') j--;
        return j >= start && char.IsAsciiDigit(text[j]);
    }

    private static bool IsDigitAfter(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end && text[j] == ' ') j++;
        return j < end && char.IsAsciiDigit(text[j]);
    }

    internal static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '-' or '—' or '·' or '•')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '等' or '。' or '.')) end--;
        return (start, end);
    }

    internal static int Depth(char c, int depth) => c switch
    {
        '（' or '(' or '“' or '《' or '「' or '【' or '[' or '‘' => depth + 1,
        '）' or ')' or '”' or '》' or '」' or '】' or ']' or '’' => Math.Max(0, depth - 1),
        _ => depth,
    };
}
