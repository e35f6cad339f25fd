using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// A plan copied from the government website that published it brings the page's frame along:
/// the information table over it (索引号, 发布机构, 成文日期, 标题…, one pair or several to a line,
/// with a colon or without, labels spaced as 索　引　号), the breadcrumb, and the print, close and
/// share links. None of it is the plan's text, and the table's values say what the title page of a
/// printed plan says: its title, who issued it and when (<see cref="PageFields"/>).
/// </summary>
public static partial class PageFrame
{
    /// <summary>Labels a plan's own text may open a line with (名称：…, 来源：…); a page prints others beside them.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal) { "来源", "信息来源", "名称", "标题", "分类", "关键词", "主题词" };

    /// <summary>A label where one may stand: at the line's start or after white space, and followed by a colon, white space or the line's end.</summary>
    [GeneratedRegex(@"(?<=^|[ \t\u3000])(?<label>" + LabelPattern + @")[ \t\u3000]*(?:[：:]|(?=[ \t\u3000]|$))")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:" + LabelPattern + @")[ \t\u3000]*(?:[：:]|[ \t\u3000]|$)")]
    private static partial Regex OpensWithLabel();

    // The labels of the information tables government sites print, longer ones first (主题分类 before
    // 分类); each label's characters may be spaced out to align a table's columns (索　引　号, 标　　题).
    private const string LabelPattern =
        @"服\s*务\s*对\s*象\s*分\s*类|主\s*题\s*分\s*类|体\s*裁\s*分\s*类|组\s*配\s*分\s*类|信\s*息\s*分\s*类|公\s*文\s*种\s*类|分\s*类"
        + @"|索\s*引\s*号|发\s*布\s*机\s*构|发\s*文\s*机\s*关|发\s*文\s*单\s*位|发\s*布\s*单\s*位|公\s*开\s*单\s*位|所\s*属\s*机\s*构|信\s*息\s*来\s*源|来\s*源"
        + @"|成\s*文\s*日\s*期|生\s*成\s*日\s*期|发\s*文\s*日\s*期|印\s*发\s*日\s*期|发\s*布\s*日\s*期|公\s*开\s*日\s*期|发\s*布\s*时\s*间"
        + @"|标\s*题|名\s*称|发\s*文\s*字\s*号|文\s*号|有\s*效\s*性|时\s*效\s*性|效\s*力\s*状\s*态|主\s*题\s*词|关\s*键\s*词"
        + @"|公\s*开\s*方\s*式|公\s*开\s*范\s*围|浏\s*览\s*次\s*数|访\s*问\s*次\s*数|点\s*击\s*数|阅\s*读\s*次\s*数|责\s*任\s*编\s*辑";

    /// <summary>A line of nothing but the page's links: 打印 打印, 【打印本页】【关闭窗口】, 【字体：大 中 小】, 分享到：…</summary>
    [GeneratedRegex(@"^(?:[【\[［]?[ \t\u3000]*(?:打印本页|打印此页|我要打印|打印|关闭窗口|关闭本页|关闭|我要纠错|纠错|分享到|分享至|收藏本页|收藏|返回顶部|扫一扫在手机(?:上)?打开(?:当前页|本页)?|(?:字号|字体)[：:]?[ \t\u3000]*[【\[]?大[】\]]?[ \t\u3000]*[【\[]?中[】\]]?[ \t\u3000]*[【\[]?小[】\]]?)[ \t\u3000]*[：:]?[ \t\u3000]*[】\]］]?[ \t\u3000]*)+$")]
    private static partial Regex Links();

    /// <summary>当前位置：首页 > 政务公开 > 规划计划, 您现在的位置：…</summary>
    [GeneratedRegex(@"^您?(?:当前|现在)?的?(?:所在)?位置[ \t\u3000]*[：:]")]
    private static partial Regex Breadcrumb();

    /// <summary>How far into a file the information table may stand: it heads the page.</summary>
    private const int FrontLines = 120;

    /// <summary>
    /// Marks the page's frame <see cref="LineRole.PageFrame"/> and returns its table's values. The
    /// table is read only before the plan's first division, and only when it shows two labels at
    /// least, one of them a page's own: lines opening 来源： or 名称： do not make a page.
    /// </summary>
    public static PageFields Mark(TextLine[] lines)
    {
        var fields = new List<(string Label, string Value, int Line)>();
        var frame = new List<int>();
        var end = Math.Min(lines.Length, FrontLines);
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (line.Role != LineRole.Content) continue;
            if (HeadingShapes.Match(line.Text) is { Marker: not HeadingMarker.Arabic and not HeadingMarker.ParenNumeral }) break;
            if (Breadcrumb().IsMatch(line.Text))
            {
                frame.Add(i);
                continue;
            }
            var pairs = Pairs(line.Text);
            if (pairs is null) continue;
            frame.Add(i);
            var taken = ValueOnNextLine(lines, i, pairs);
            if (taken is { } next)
            {
                pairs = [(pairs[0].Label, lines[next].Text)];
                frame.Add(next);
                i = next;
            }
            foreach (var (label, value) in pairs) fields.Add((label, value, line.Number));
        }
        var labels = fields.Select(f => f.Label).Distinct(StringComparer.Ordinal).ToList();
        if (labels.Count < 2 || labels.All(CommonWords.Contains))
        {
            fields.Clear();
            frame.RemoveAll(i => !Breadcrumb().IsMatch(lines[i].Text));
        }
        foreach (var i in frame) lines[i] = lines[i] with { Role = LineRole.PageFrame };
        // The links stand under the title and at the page's foot as often as over it.
        MarkLinks(lines, 0, end);
        MarkLinks(lines, Math.Max(end, lines.Length - FootLines), lines.Length);
        return new PageFields(fields);
    }

    /// <summary>How far from a file's end the page's foot (【打印本页】【关闭窗口】, 扫一扫…) may stand.</summary>
    private const int FootLines = 40;

    private static void MarkLinks(TextLine[] lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (lines[i].Role == LineRole.Content && lines[i].Text.Length <= 60 && IsLinks(lines[i].Text)) lines[i] = lines[i] with { Role = LineRole.PageFrame };
        }
    }

    private static bool IsLinks(string text) =>
        text[0] is '打' or '关' or '纠' or '我' or '分' or '收' or '返' or '扫' or '字' or '【' or '[' or '［' && Links().IsMatch(text);

    /// <summary>The label–value pairs a line consists of, or null when it does not open with a label.</summary>
    private static List<(string Label, string Value)>? Pairs(string text)
    {
        if (!OpensWithLabel().IsMatch(text)) return null;
        var matches = Label().Matches(text);
        if (matches.Count == 0 || matches[0].Index != 0) return null;
        var pairs = new List<(string, string)>(matches.Count);
        for (var m = 0; m < matches.Count; m++)
        {
            var valueStart = matches[m].Index + matches[m].Length;
            var valueEnd = m + 1 < matches.Count ? matches[m + 1].Index : text.Length;
            var label = Compact(matches[m].Groups["label"].Value);
            pairs.Add((label, LineCleaner.Trim(text[valueStart..valueEnd])));
        }
        return pairs;
    }

    /// <summary>
    /// A table printed one cell to a line: a label alone, its value directly under it. A title under
    /// 标题 stays the page's text (the plan's title is read from it); a plan's title under another
    /// label (有效性 left empty, then the title) is not that label's value.
    /// </summary>
    private static int? ValueOnNextLine(TextLine[] lines, int index, List<(string Label, string Value)> pairs)
    {
        if (pairs is not [(var label, "")] || label is "标题" or "名称" || index + 1 >= lines.Length) return null;
        var next = lines[index + 1];
        if (next.Role != LineRole.Content || next.Text.Length > 40 || Pairs(next.Text) is not null) return null;
        return next.Text.EndsWith("规划", StringComparison.Ordinal) || next.Text.EndsWith("纲要", StringComparison.Ordinal) ? null : index + 1;
    }

    private static string Compact(string label) => string.Concat(label.Where(c => !LineCleaner.IsSpace(c)));
}

/// <summary>The values of a web page's information table, by label as printed (labels without their spacing).</summary>
public sealed class PageFields(IReadOnlyList<(string Label, string Value, int Line)> fields)
{
    public static readonly PageFields None = new([]);

    public IReadOnlyList<(string Label, string Value, int Line)> All => fields;

    /// <summary>The first non-empty value printed under one of <paramref name="labels"/>, tried in their order.</summary>
    public string? First(params ReadOnlySpan<string> labels) => Find(labels)?.Value;

    /// <summary>As <see cref="First"/>, with the 1-based number of the line that prints it.</summary>
    public (string Value, int Line)? Find(params ReadOnlySpan<string> labels)
    {
        foreach (var label in labels)
        {
            foreach (var field in fields)
            {
                if (field.Label == label && field.Value.Length > 0) return (field.Value, field.Line);
            }
        }
        return null;
    }
}
