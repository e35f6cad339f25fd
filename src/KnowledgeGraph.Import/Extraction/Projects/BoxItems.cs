using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// The shapes a paragraph takes inside a 专栏: a numbered item (“1.现代化物流枢纽建设重点项目”,
/// “（一）国家级技术创新中心”, “1. 抚松漫江生态文化旅游综合开发。建设…”), a label line
/// (“汽车产业重点项目”), or a labelled sentence (“铁路：…”, “机场。积极建设长岭通用机场。”).
/// Positions are offsets into the paragraph's text, so names keep their provenance.
/// </summary>
internal static partial class BoxItems
{
    private static readonly System.Buffers.SearchValues<char> ListSeparators = System.Buffers.SearchValues.Create("、，,；");
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。，、；：:,");

    // （1）, ①, “01 ” and bullets (● ■ ◆ …, Markdown's - * +) do not occur in the bundled plans' boxes, but other plans mark their items so.
    [GeneratedRegex(@"^\s*(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[（(]\d{1,2}[）)]|[\u2460-\u2473]|\d{1,2}\s+(?=[\u4e00-\u9fff])|[" + ItemMarks.Bullets + @"]|[-*+][ \u3000]+(?=[\u4e00-\u9fff“《（「]|\d+[\u4e00-\u9fff])|——)\s*")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"(重点项目|重大项目|重点工程|重大工程|项目群|重大事项|试验点|试点|重点项目建设|重点产业链|产业链|优势产业链)$")]
    private static partial Regex GroupWord();

    [GeneratedRegex(@"^\s*[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex ParenMarker();

    [GeneratedRegex(@"[（(](?:责任单位|牵头单位|责任部门|牵头部门|实施主体|建设单位|实施单位)[：:][^（）()]+[）)]\s*$")]
    private static partial Regex Responsibility();

    [GeneratedRegex(@"\G(?:项目名称|名称)\s*[：:]\s*")]
    private static partial Regex NameField();

    private static readonly System.Buffers.SearchValues<char> FieldEnds = System.Buffers.SearchValues.Create("；;。，,");

    /// <summary>Where the text of a numbered item starts (after “1.” / “（一）” / “一、” / “（1）” / “①”), or -1.</summary>
    public static int ItemTextStart(Paragraph paragraph)
    {
        var m = ItemMarker().Match(paragraph.Text);
        return m.Success && m.Length < paragraph.Text.Length ? m.Length : -1;
    }

    /// <summary>A “（一）” sub-heading: always the label of a group, never a project itself.</summary>
    public static bool IsParenItem(Paragraph paragraph) => ParenMarker().IsMatch(paragraph.Text);

    /// <summary>
    /// Splits <c>text[start..]</c> at the first 。 or ： outside brackets: a title and, when the item
    /// continues on the same line, its body. Returns the title span and where the body starts (-1: none).
    /// </summary>
    public static (int Start, int End, int BodyStart) TitleAndBody(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            depth = NameLists.Depth(text[i], depth);
            if (depth > 0 || text[i] is not ('。' or '：' or ':')) continue;
            var bodyStart = i + 1;
            while (bodyStart < text.Length && char.IsWhiteSpace(text[bodyStart])) bodyStart++;
            return (start, i, bodyStart < text.Length ? bodyStart : -1);
        }
        var end = text.Length;
        while (end > start && text[end - 1] is '。' or ' ') end--;
        return (start, end, -1);
    }

    /// <summary>
    /// An item's title and body as <see cref="TitleAndBody"/> splits them, and besides at a comma right
    /// after a project's name (“1.北湖科技园二期项目，建设标准化厂房20万平方米。”, “3.…扩建工程，由县住建局负责实施。”):
    /// what follows describes it. A title that lists names before its comma (A、B项目，…) is left whole.
    /// </summary>
    public static (int Start, int End, int BodyStart) ItemTitleAndBody(string text, int start)
    {
        // “1.项目名称：农安县现代农业产业园项目；建设内容：…”: an item printed as fields, its name the first.
        if (NameField().Match(text, start) is { Success: true } field && field.Index == start)
        {
            var ns = start + field.Length;
            var ne = text.AsSpan(ns).IndexOfAny(FieldEnds);
            var end = ne < 0 ? text.Length : ns + ne;
            var next = end + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            return (ns, end, next < text.Length ? next : -1);
        }
        var (ts, te, body) = TitleAndBody(text, start);
        // “2.合隆镇物流园区项目（责任单位：合隆镇人民政府）”: who carries it out is said of the project, not part of its name.
        if (body < 0 && Responsibility().Match(text, ts, te - ts) is { Success: true } responsible) return (ts, responsible.Index, responsible.Index);
        var depth = 0;
        for (var i = ts; i < te; i++)
        {
            depth = NameLists.Depth(text[i], depth);
            if (depth > 0 || text[i] is not ('，' or ',')) continue;
            var name = text.AsSpan(ts, i - ts).Trim();
            if (name.Length is < 4 or > 40 || name.IndexOfAny(ListSeparators) >= 0 || !ProjectNames.IsStrong(name.ToString())) break;
            var bodyStart = i + 1;
            while (bodyStart < text.Length && char.IsWhiteSpace(text[bodyStart])) bodyStart++;
            return (ts, i, bodyStart < text.Length ? bodyStart : -1);
        }
        return (ts, te, body);
    }

    /// <summary>
    /// A short labelled opening (“铁路：”, “汽车产业。”, “吾悦广场“文商旅”融合项目：”): the label span and
    /// where the rest starts, or null when the paragraph opens with a sentence.
    /// </summary>
    public static (int Start, int End, int RestStart, bool Colon)? Label(string text, int start)
    {
        var (ts, te, body) = TitleAndBody(text, start);
        if (body < 0 || te - ts > 24 || te <= ts) return null;
        var label = text[ts..te];
        if (label.AsSpan().IndexOfAny(ListSeparators) >= 0) return null;
        if (NameLists.LeadVerbLength(text, ts, te) > 0) return null;
        return (ts, te, body, text[te] is '：' or ':');
    }

    /// <summary>
    /// The first sentence from <paramref name="start"/> is a single clause (“长春至辽源至通化铁路项目。”):
    /// the shape of a list a label introduces, not of a description (“统筹规划建设…，按照…，拓展…。”).
    /// </summary>
    public static bool IsOneClause(string text, int start)
    {
        foreach (var (_, end, _) in NameLists.Clauses(text, start, text.Length))
        {
            return end >= text.Length || text[end] == '。';
        }
        return false;
    }

    /// <summary>A line that only labels what follows (“重点公路项目”, “——汽车产业链”): short, no sentence punctuation.</summary>
    public static bool IsLabelLine(string text) =>
        text.Length <= 30 && text.AsSpan().IndexOfAny(SentencePunctuation) < 0
        && NameLists.LeadVerbLength(text, 0, text.Length) == 0;

    /// <summary>
    /// A label line the normaliser joined to the list under it (“…重点工程” + blank line + “高标准农田…”):
    /// the offset where the list starts, or -1. The label's original line is followed by a blank line.
    /// </summary>
    public static int JoinedLabelEnd(Paragraph paragraph, IReadOnlyList<TextLine> boxLines)
    {
        if (paragraph.LineEnd == paragraph.LineStart) return -1;
        // A line numbered 0 is no line: the file's lines count from 1.
        var first = boxLines.FirstOrDefault(l => l.Number == paragraph.LineStart);
        var next = boxLines.FirstOrDefault(l => l.Number == paragraph.LineStart + 1);
        if (first.Number == 0 || next.Number == 0 || !next.IsBlank) return -1;
        var text = paragraph.Text;
        var cut = first.Text.Length;
        if (cut <= 0 || cut >= text.Length || !text.StartsWith(first.Text, StringComparison.Ordinal)) return -1;
        return IsLabelLine(first.Text) ? cut : -1;
    }

    /// <summary>An item title that names a group of projects rather than one (“现代化物流枢纽建设重点项目”).</summary>
    public static bool IsGroupTitle(string title)
    {
        var core = ProjectNames.Core(title);
        return GroupWord().IsMatch(core) || core.IndexOf('、') >= 0 || core.Contains("等", StringComparison.Ordinal);
    }

    /// <summary>A title that is a group only by joining names with 、 (no group word, no 等).</summary>
    public static bool IsJoinedTitle(string title)
    {
        var core = ProjectNames.Core(title);
        return core.IndexOf('、') >= 0 && !GroupWord().IsMatch(core) && !core.Contains("等", StringComparison.Ordinal);
    }

    /// <summary>
    /// An item title standing for the project it describes (“航博城核心引擎片区基础设施及产业项目”).
    /// In a box of projects a numbered title may be a plain name (长春国际影都) or a development
    /// zone (通化 MVR 世博村一体化试验区); a title a verb led must end in a project word.
    /// </summary>
    public static bool IsProjectTitle(string title, bool verbLed, bool projectBox)
    {
        var kind = ProjectNames.Classify(title);
        var core = ProjectNames.Core(title);
        return kind switch
        {
            NameKind.Project => true,
            NameKind.Route => projectBox,
            NameKind.Plain => projectBox && !verbLed && core.Length >= 5,
            NameKind.Place => projectBox && !verbLed && ZoneProject().IsMatch(core),
            _ => false,
        };
    }

    [GeneratedRegex(@"(?<=^|[：:。；，])\s*[一二三四五六七八九十]是(?<name>[^，。；：、]{4,40}?项目)(?=[，。；])")]
    private static partial Regex CountedProject();

    /// <summary>Projects counted off as “一是A项目，…二是B项目，…” in <c>text[start..]</c>: the names' spans.</summary>
    public static List<(int Start, int Length)> CountedProjects(string text, int start)
    {
        var found = new List<(int, int)>();
        if (text.IndexOf("是", start, StringComparison.Ordinal) < 0) return found;
        foreach (Match m in CountedProject().Matches(text, start))
        {
            var name = m.Groups["name"];
            if (ProjectNames.IsStrong(name.Value)) found.Add((name.Index, name.Length));
        }
        return found;
    }

    [GeneratedRegex(@"(试验区|合作区|示范区|度假区|旅游区|新城|产业区)$")]
    private static partial Regex ZoneProject();

    /// <summary>
    /// The name inside an item title: without the verbs around it (“推动一汽奥迪新能源汽车项目建设” →
    /// “一汽奥迪新能源汽车项目”). Returns the span and whether a verb led the title.
    /// </summary>
    public static (int Start, int End, bool VerbLed) TitleName(string text, int start, int end)
    {
        var verb = NameLists.LeadVerbLength(text, start, end);
        var s = start + verb;
        var e = end;
        if (e - s > 4 && text.AsSpan(s, e - s).EndsWith("建设") && ProjectNames.IsStrong(text[s..(e - 2)])) e -= 2;
        (s, e) = NameLists.Trim(text, s, e);
        return (s, e, verb > 0);
    }
}
