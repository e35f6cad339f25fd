using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// The run-in topic of a paragraph (“做精乡村旅游产品。充分发挥…” → 做精乡村旅游产品): the short
/// sentence a PDF plan opens a paragraph with, in its sections and in its boxes alike. The box
/// printed after the section text carries no closing mark in the extraction, so the topics are
/// what tells a box's last items from the section text that follows it.
/// </summary>
internal static class RunInTopics
{
    private const int MaxTopic = 20;

    // Words every plan's topics and box titles share; a match on one of them says nothing.
    private static readonly HashSet<string> Generic =
    [
        "项目", "工程", "重点", "重大", "建设", "产业", "发展", "推进", "推动", "加快", "提升", "完善",
        "规划", "全面", "加强", "实施", "打造", "构建", "体系", "区域", "主要", "培育", "产品", "旅游",
    ];

    // The verbs a plan's running text opens its topics with (加快旅游营地驿站建设, 构建一体化智能电网).
    private static readonly HashSet<string> Verbs =
    [
        "加快", "加强", "加大", "加速", "推进", "推动", "强化", "完善", "提升", "提高", "共同", "协同", "打造", "深化",
        "建立", "构建", "统筹", "共建", "共创", "共筑", "促进", "优化", "联合", "健全", "率先", "合力", "持续", "稳步",
        "大力", "深入", "突出", "营造", "发挥", "落实", "着力", "培育", "积极", "全面", "不断", "创新", "支持", "鼓励",
        "引导", "实施", "开展", "发展", "建设", "增强", "扩大", "主动", "携手", "搭建", "改进", "助力", "坚持", "围绕",
        "依托", "努力", "创建", "规范", "保障", "保护", "严格", "探索", "开发", "完成", "形成", "实现", "做强", "做大",
    ];

    /// <summary>Whether a topic says what to do (做精…, 共促…, 加快…) rather than names a thing (电源建设, 科技平台体系).</summary>
    public static bool OpensWithVerb(string topic) =>
        topic.Length >= 2 && (topic[0] is '做' or '共' || Verbs.Contains(topic[..2]));

    /// <summary>Whether the paragraph opens with the dash some plans mark their runs of text with.</summary>
    public static bool IsDashed(string text) => text.StartsWith("——", StringComparison.Ordinal);

    /// <summary>The topic, or null when the paragraph does not open with a short sentence of its own.</summary>
    public static string? Of(string text)
    {
        var start = IsDashed(text) ? 2 : 0;
        var end = text.IndexOf('。', start);
        if (end - start < 2 || end - start > MaxTopic) return null;
        var topic = text[start..end];
        return topic.AsSpan().IndexOfAny('，', '、', '；') >= 0 ? null : topic;
    }

    /// <summary>
    /// The topic's first and last characters: a section's run of topics keeps one form (做大…产品,
    /// 做精…产品), and a box's items keep another (东北抗联品牌, 解放战争品牌).
    /// </summary>
    public static (char First, char Last)? Shape(string text) => Of(text) is { } topic ? (topic[0], topic[^1]) : null;

    /// <summary>Whether the topic names what the title does: a two-ideograph word of the title that is not a generic one.</summary>
    public static bool Names(string topic, string title)
    {
        for (var i = 0; i + 1 < topic.Length; i++)
        {
            if (!IsIdeograph(topic[i]) || !IsIdeograph(topic[i + 1])) continue;
            var word = topic.Substring(i, 2);
            if (!Generic.Contains(word) && title.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The parts a section names in a quoted list and takes up as its topics (“一区、双极、三带、四节点、若干功能区”,
    /// then 一区。… 双极。… 三带。…): the list's items, when one of them is already a topic of the section.
    /// </summary>
    public static HashSet<string>? EnumeratedParts(IEnumerable<Paragraph> sectionText, HashSet<string> sectionTopics)
    {
        if (sectionTopics.Count == 0) return null;
        foreach (var paragraph in sectionText)
        {
            var text = paragraph.Text;
            for (var open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
            {
                var close = text.IndexOf('”', open + 1);
                if (close < 0) break;
                var items = text[(open + 1)..close].Split('、');
                if (items.Length >= 3 && items.Any(sectionTopics.Contains)) return [.. items];
            }
        }
        return null;
    }

    /// <summary>A paragraph of a section's text: a topic, then sentences of clauses.</summary>
    public static bool IsRunningText(Paragraph p) =>
        p.Kind == ParagraphKind.Prose && Of(p.Text) is { } topic && p.Text.AsSpan(topic.Length).Count('，') >= 2;

    /// <summary>Names joined by 、 and nothing else: no topic, no clauses.</summary>
    public static bool IsNameList(Paragraph p) =>
        p.Kind == ParagraphKind.Prose && Of(p.Text) is null && p.Text.EndsWith('。')
        && p.Text.AsSpan().Count('、') >= 3 && !p.Text.Contains('，') && p.Text.IndexOf('。') == p.Text.Length - 1;

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';
}
