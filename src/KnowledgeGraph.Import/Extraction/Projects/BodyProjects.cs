using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// Projects the running text names, read conservatively: a name counts only where the sentence
/// itself says it is a project and the name ends in a project word or names one road or line.
/// Two shapes qualify: a list closed by 等…项目 or by a kind of project (“传化智联长春城市物流中心、
/// 二道活力城等一大批项目开工建设”, “完成吉林大路快速路、东新路东段等项目”, “长春传染病医院、长春疾控中心、
/// 长春急救中心等重大医疗项目”), and a single name ending in 项目/工程 carried by a verb of carrying out
/// (“推进滨河小区改造项目建设”, “实施东新开河截污干管工程”). Lists of categories (“引进动力电池、智能控制等
/// 项目”) fail the name test; lists whose 项目 is not the object of building (“…等项目征收”, “…等项目保障
/// 服务”) fail the context test.
/// </summary>
internal static partial class BodyProjects
{
    private const string Batch = "(?:一大批|一批|一系列|大批)?";
    private const string Done = "(?:建设|开工建设|当年开工|建成投产|引进|落地|落位|为龙头|开工)?$";

    /// <summary>What may follow 等 in a list of projects: the category, then what is done with them.</summary>
    [GeneratedRegex("^" + Batch + "(?:重点|重大|重点产业|产业|载体|建设)?(?:项目|工程)" + Done)]
    private static partial Regex ProjectTail();

    /// <summary>The same with a kind of project before 项目 (“等总部经济项目”, “等一批重大旅游项目”, “等“产学研”项目建设”).</summary>
    [GeneratedRegex("^" + Batch + @"[\p{IsCJKUnifiedIdeographs}“”]{1,8}?(?:项目|工程)" + Done)]
    private static partial Regex KindOfProjectTail();

    [GeneratedRegex(@"^[^，。；、]{2,20}?(?:公司|集团)(?:建设|实施|推进)")]
    private static partial Regex Builder();

    [GeneratedRegex(@"^[“""][^”""]+[”""](?:建设)?项目$")]
    private static partial Regex SloganProject();

    /// <summary>“总投资12亿元的”, “计划投资3.5亿元的” before a project's name: its investment, not its name.</summary>
    [GeneratedRegex(@"^(?:计划|预计)?(?:总投资|投资)(?:约|达)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?元的")]
    private static partial Regex Investment();

    /// <summary>What follows the verbs in a clause that names one project: “(推进)滨河小区改造项目建设”.</summary>
    [GeneratedRegex(@"^(?<name>[^，。；、等]{4,40}?(?:项目|工程))(?:建设|前期工作)?$")]
    private static partial Regex SingleProject();

    /// <summary>
    /// The projects a paragraph names. Most name none and are turned away here, before an iterator
    /// object is made for them (one per prose paragraph, some 20 MB of each 100× import).
    /// </summary>
    public static IEnumerable<ProjectCandidate> Read(Paragraph paragraph)
    {
        var text = paragraph.Text;
        return text.Contains("项目", StringComparison.Ordinal) || text.Contains("工程", StringComparison.Ordinal) ? Candidates(paragraph) : [];
    }

    private static IEnumerable<ProjectCandidate> Candidates(Paragraph paragraph)
    {
        var text = paragraph.Text;
        foreach (var (start, end, _) in NameLists.Clauses(text, 0, text.Length))
        {
            // Most clauses name no project: the words the two shapes need are checked first.
            var span = text.AsSpan(start, end - start);
            var etc = span.IndexOf('等');
            var listShape = etc >= 0 && (span[etc..].IndexOf("项目") >= 0 || span[etc..].IndexOf("工程") >= 0);
            var singleShape = span.TrimEnd().EndsWith("项目") || span.TrimEnd().EndsWith("工程") || span.TrimEnd().EndsWith("建设")
                || span.TrimEnd().EndsWith("前期工作");
            if (!listShape && !singleShape) continue;
            var clause = NameLists.Parse(text, start, end);
            if (clause.Tail is { } tail)
            {
                var compact = tail.Replace(" ", "", StringComparison.Ordinal);
                var plainTail = ProjectTail().IsMatch(compact);
                if (!plainTail && !KindOfProjectTail().IsMatch(compact)) continue;
                // A list of kinds with a project or two among them (“医疗康复、养老居住…中药公园等项目”) is not a list of projects.
                var strong = clause.Names.Count(n => n.Kind is NameKind.Project or NameKind.Route);
                if (strong * 2 < clause.Names.Count) continue;
                foreach (var name in clause.Names)
                {
                    if (name.Kind is not (NameKind.Project or NameKind.Route)) continue;
                    if (name.Kind == NameKind.Route && !NamesOneRoute(text.Substring(name.Start, name.Length))) continue;
                    // Under a kind of project, a run of places before one kind of work (“伊通河、饮马河、雾开河等江河
                    // 堤防工程”) is that kind across them, not a project of its own.
                    var run = text.AsSpan(name.Start, name.Length).Contains('、') || NameLists.FindEtc(text, name.Start, name.Start + name.Length) >= 0;
                    if (run && !plainTail) continue;
                    yield return new ProjectCandidate(paragraph, name.Start, name.Length, null);
                }
                continue;
            }
            var (cs, ce) = NameLists.Trim(text, start, end);
            var verb = NameLists.LeadVerbLength(text, cs, ce);
            if (verb == 0 || !ListReader.IsProjectVerb(text[cs..(cs + verb)])) continue;
            // “推动中研高分子公司建设聚醚醚酮（PEEK）三期项目”: the company builds; the project follows its verb.
            var from = cs + verb;
            if (Builder().Match(text, from, ce - from) is { Success: true } builder) from = builder.Index + builder.Length;
            // “加快推进总投资12亿元的哈拉海镇生物质热电联产项目建设”: the investment describes the project.
            string? investment = null;
            if (Investment().Match(text[from..ce]) is { Success: true } invested)
            {
                investment = invested.Value[..^1];
                from += invested.Length;
            }
            if (SingleProject().Match(text[from..ce]) is { Success: true } m && IsNamedProject(m.Groups["name"].Value)
                && m.Groups["name"].Value.IndexOfAny(['和', '及', '与']) < 0)
            {
                yield return new ProjectCandidate(paragraph, from + m.Groups["name"].Index, m.Groups["name"].Length, investment);
            }
            else if (investment is null && SeriesOfProjects(text, from, ce) is { } series)
            {
                foreach (var (at, length) in series) yield return new ProjectCandidate(paragraph, at, length, null);
            }
        }
    }

    private static bool IsNamedProject(string name) => ProjectNames.IsStrong(name) && !IsGeneric(name) && IsParticular(name);

    /// <summary>
    /// “加快建设九台北站综合枢纽项目、卡伦湖康养小镇项目”: names each ending in 项目 or 工程, one after
    /// another (…项目、…项目和…项目), carried by one verb or each by its own. Every piece must be a named
    /// project, or none is taken.
    /// </summary>
    private static List<(int Start, int Length)>? SeriesOfProjects(string text, int from, int end)
    {
        var tail = text.AsSpan(from, end - from).TrimEnd();
        if (tail.IndexOfAny('、', '和', '及') < 0 || tail.IndexOf('等') >= 0) return null;
        // What is done to them all closes the series (“推进A项目、B项目建设”), as it closes a single name.
        foreach (var done in (string[])["建设", "前期工作"])
        {
            if (tail.EndsWith(done) && tail.Length > done.Length && (tail[..^done.Length].EndsWith("项目") || tail[..^done.Length].EndsWith("工程"))) tail = tail[..^done.Length];
        }
        var pieces = new List<(int, int)>();
        var start = from;
        for (var i = from; i <= from + tail.Length; i++)
        {
            // Names are joined by 、, and by 和/及/与 right after a 项目 (…项目、…项目和…项目); a 工程 before 和 is as
            // often a programme (实施高新技术企业培育工程和“专精特新”（培育）工程, 004 line 3106).
            if (i < from + tail.Length && !(text[i] == '、' || (text[i] is '和' or '及' or '与' && EndsAProject(text, start, i)))) continue;
            // Each piece may bring its own verb (“加快建设…西环线项目、谋划…铁路项目”).
            var verb = NameLists.LeadVerbLength(text, start, i);
            if (verb > 0 && ListReader.IsProjectVerb(text[start..(start + verb)])) start += verb;
            var piece = text[start..i];
            if (piece.Length is < 4 or > 40 || !(piece.EndsWith("项目", StringComparison.Ordinal) || piece.EndsWith("工程", StringComparison.Ordinal))
                || piece.IndexOfAny(['和', '及', '与', '，']) >= 0 || !IsNamedProject(piece))
            {
                return null;
            }
            pieces.Add((start, piece.Length));
            start = i + 1;
        }
        return pieces.Count >= 2 ? pieces : null;
    }

    private static bool EndsAProject(string text, int start, int at) =>
        at - start >= 4 && text.AsSpan(start, at - start).EndsWith("项目");

    /// <summary>A road or line printed with its ends (长春至太平川), number (二号线, G232) or own name (东新路东段), not a kind of road (干线公路).</summary>
    [GeneratedRegex(@"至|[0-9一二三四五六七八九十]+号线|[A-Z]\d|\p{IsCJKUnifiedIdeographs}{2,}(?:路|街|大街|大路|大道)\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex OneRoute();

    private static bool NamesOneRoute(string name) => OneRoute().IsMatch(name) || IsParticular(name);

    /// <summary>
    /// A single name in running text counts only when something in it is particular — a place or
    /// landmark, a quoted name, a figure — so that “实施长春国家农业公园项目” counts and the
    /// programmes every plan repeats (“实施文化惠民工程”, “大气污染防治工程”) do not.
    /// </summary>
    private static bool IsParticular(string name)
    {
        var folded = TextFolding.Fold(name);
        if (folded.IndexOf('“') >= 0 || folded.IndexOf('"') >= 0) return true;
        foreach (var c in folded) if (char.IsAsciiLetterOrDigit(c)) return true;
        return ProjectPlaces.HasPlace(folded) || OpensWithTown().IsMatch(folded);
    }

    /// <summary>A town, township or street opening the name (合隆镇污水处理厂扩建工程), not a kind of town (重点镇, 特色小镇).</summary>
    [GeneratedRegex(@"^(?!重点|中心|特色|建制|示范|美丽|小城)\p{IsCJKUnifiedIdeographs}{2,3}(?:镇|乡|街道)")]
    private static partial Regex OpensWithTown();

    /// <summary>
    /// “重大项目”, “一批民生工程”, ““两新一重”建设项目”, “…平台重点项目”: a kind of project, not one.
    /// A quoted slogan before 工程 names a programme (“五个一”工程); before 项目 it names a category.
    /// </summary>
    private static bool IsGeneric(string name)
    {
        var core = ProjectNames.Core(name);
        if (core.EndsWith("重点项目", StringComparison.Ordinal) || core.EndsWith("重大项目", StringComparison.Ordinal)) return true;
        if (SloganProject().IsMatch(TextFolding.Fold(name))) return true;
        foreach (var lead in (string[])["一批", "一系列", "重点", "重大", "各类", "相关", "一些", "新一批", "这些", "上述", "所有", "全部"])
        {
            if (core.StartsWith(lead, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
