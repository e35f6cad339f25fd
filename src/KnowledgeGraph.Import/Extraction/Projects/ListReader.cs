using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// What reading a stretch of text as lists gave: the names accepted as projects, and how the
/// first clause is shaped, which tells a list of projects from a description that contains 、.
/// </summary>
/// <param name="LeadsWithList">The first clause is a list of projects: it opens with a list verb
/// (推进, 推动…) or with the names themselves, its names all end in project words (or most of three
/// or more do), and nothing after 等 says they are something else.</param>
/// <param name="LeadStrong">How many names of the first clause end in a project word.</param>
/// <param name="Enumerates">The first clause is a bare enumeration — three or more items, no verb, nothing after 等 — that a
/// label introduces (“市级：A、B、C”) or that makes up the whole sentence.</param>
internal sealed record ListReading(IReadOnlyList<ProjectCandidate> Accepted, bool LeadsWithList, int LeadStrong, bool Enumerates);

/// <summary>
/// Reads text as the plans' project lists, clause by clause. A clause is taken when it says its
/// items are projects — it opens with a verb of carrying out (推进, 推动, 实施, 建设…), ends in
/// 等…项目/工程, or follows a label that introduces it (“铁路：…”) — or when it is a bare run of
/// three or more names most of which end in a project word. Within a taken clause a name ending
/// in a project word counts; a route (长春至太平川) counts too; a plain name (玲珑轮胎, 华侨城文旅)
/// counts only inside a box of projects and where the clause is unmistakably a list of projects
/// (a 等…项目 tail, an introducing label, or 推进/推动/谋划 over two names or more). Industrial
/// chains (…产业链) count only where the tail calls them projects (“…全产业链等重点项目”).
/// </summary>
internal static class ListReader
{
    private static readonly string[] ProjectVerbs = ["推进", "推动", "实施", "谋划", "启动", "续建", "新建", "开工", "建设", "打造", "开展", "扩建", "改扩建", "迁建", "研究论证"];
    private static readonly string[] ListVerbs = ["推进", "推动", "谋划", "实施", "启动", "开展"];

    /// <param name="projectBox">The text is inside a box whose title says it lists projects.</param>
    /// <param name="introduced">A label introduces the text as a list (“铁路：…”).</param>
    public static ListReading Read(Paragraph paragraph, int start, int end, bool projectBox, bool introduced, string? description)
    {
        var text = paragraph.Text;
        var accepted = new List<ProjectCandidate>();
        bool? leads = null;
        var leadStrong = 0;
        var enumerates = false;
        bool previousExplicit = false, previousSure = false, previousTaken = false;
        var first = true;
        var clauses = NameLists.Clauses(text, start, end).Select(c => (c.Start, c.End, c.Continues, List: NameLists.Parse(text, c.Start, c.End))).ToList();
        var namedByTail = NamedBySentenceTail(text, clauses);
        for (var index = 0; index < clauses.Count; index++)
        {
            var (cs, ce, rawContinues, clause) = clauses[index];
            // A label introduces the list right after it; 以及 carries a list on only when there was one.
            var introducedHere = introduced && (first || (rawContinues && previousSure));
            var continues = rawContinues && previousTaken;
            first = false;
            var names = clause.Names.Count;
            var strong = clause.Names.Count(n => n.Kind == NameKind.Project);
            var tailSaysProjects = TailSaysProjects(clause.Tail);
            var listVerb = HasAny(clause.Verb, ListVerbs);
            var isExplicit = introducedHere || tailSaysProjects || namedByTail[index] || HasAny(clause.Verb, ProjectVerbs) || (continues && previousExplicit);
            var isSure = introducedHere || tailSaysProjects || (listVerb && names >= 2 && strong * 2 >= names) || (continues && previousSure);
            var bare = clause.Verb is null && names >= 3 && strong * 2 > names && (clause.Tail is null || tailSaysProjects || clause.Tail.Length == 0);
            if (leads is null)
            {
                leads = (clause.Verb is null || listVerb) && (clause.Tail is null || clause.Tail.Length == 0 || tailSaysProjects)
                    && (strong == names || (names >= 3 && strong * 2 > names)) && strong > 0;
                leadStrong = strong;
                // A label's list, or a bare enumeration that is the whole sentence (“国家级企业技术中心。A、B、C等。”).
                // A bare sentence counts when its items are names — of projects, bodies or places — not
                // a description's fragments (“集餐饮、住宿、市集为一体的文旅项目。”).
                var named = clause.Names.Count(n => n.Kind is NameKind.Project or NameKind.Organisation or NameKind.Place);
                var wholeSentence = (ce >= end || text[ce] == '。') && named * 2 > names;
                enumerates = (introducedHere || wholeSentence) && clause.Verb is null && names >= 3
                    && (clause.Tail is null || clause.Tail.Length == 0 || tailSaysProjects);
            }
            previousExplicit = isExplicit;
            previousSure = isSure;
            previousTaken = false;
            if (!isExplicit && !bare) continue;
            if (TailSaysOtherThings(clause.Tail)) continue;
            foreach (var name in clause.Names)
            {
                var take = name.Kind switch
                {
                    NameKind.Project => true,
                    NameKind.Route => isExplicit,
                    // A plain name of four characters or fewer is a category (智能运维) unless the list calls its items projects.
                    NameKind.Plain => isSure && projectBox && (tailSaysProjects || introducedHere || ProjectNames.Core(text.Substring(name.Start, name.Length)).Length >= 5),
                    NameKind.Chain => tailSaysProjects,
                    _ => false,
                };
                if (!take) continue;
                accepted.Add(new ProjectCandidate(paragraph, name.Start, WithoutTrailingBuild(text, name), description));
                previousTaken = true;
            }
        }
        return new ListReading(accepted, leads ?? false, leadStrong, enumerates);
    }

    public static bool IsProjectVerb(string? verb) => HasAny(verb, ProjectVerbs);

    /// <summary>
    /// Clauses of names only, without a verb, that the words closing their sentence call projects:
    /// a 等…项目 (“长春都市圈环线九台至双阳，延长高速大蒲柴河至烟筒山，…，长辽高速长春至自然村等高速公路续建项目。”)
    /// or a category of projects printed onto the last name (“长春都市圈环线农安至九台、双阳至伊通，…，
    /// 长春都市圈环线伊通至农安高速新开工项目。”), which that name then loses.
    /// </summary>
    private static bool[] NamedBySentenceTail(string text, List<(int Start, int End, bool Continues, ClauseList List)> clauses)
    {
        var named = new bool[clauses.Count];
        var sentenceStart = 0;
        for (var i = 0; i < clauses.Count; i++)
        {
            var endsSentence = clauses[i].End >= text.Length || text[clauses[i].End] == '。' || i == clauses.Count - 1;
            if (!endsSentence) continue;
            var glued = GluedCategory(text, clauses[i].List);
            if (i > sentenceStart && (TailSaysProjects(clauses[i].List.Tail) || glued > 0))
            {
                var from = i;
                while (from > sentenceStart && IsNamesOnly(clauses[from - 1].List)) from--;
                for (var j = from; j < i; j++) named[j] = true;
                if (glued > 0 && from < i)
                {
                    var last = clauses[i].List.Names[0];
                    var name = new ListedName(last.Start, last.Length - glued, ProjectNames.Classify(text.AsSpan(last.Start, last.Length - glued)));
                    clauses[i] = clauses[i] with { List = new ClauseList([name], null, null) };
                    named[i] = true;
                }
            }
            sentenceStart = i + 1;
        }
        return named;

        static bool IsNamesOnly(ClauseList list) =>
            list.Verb is null && list.Tail is null && list.Names.Count > 0 && list.Names.All(n => n.Kind is NameKind.Route or NameKind.Project);
    }

    private static readonly string[] StatusCategories = ["续建项目", "新开工项目", "新建项目", "前期项目"];

    /// <summary>The length of a category of projects printed onto a clause's only name (“…高速新开工项目”), 0 if none.</summary>
    private static int GluedCategory(string text, ClauseList list)
    {
        if (list.Verb is not null || list.Tail is not null || list.Names.Count != 1) return 0;
        var printed = text.Substring(list.Names[0].Start, list.Names[0].Length);
        // The name must keep more than a few characters of its own.
        return ProjectNames.Ending(printed, StatusCategories) is { } category && printed.Length > category.Length + 4 ? category.Length : 0;
    }

    /// <summary>
    /// The words after 等 name the items as projects: they end, once the verbs after them are gone,
    /// in 项目 or 工程 (“等重点项目”, “等高速公路项目建设”), and not as one of two things
    /// (“等体验产品和项目开发”).
    /// </summary>
    public static bool TailSaysProjects(string? tail)
    {
        if (tail is null) return false;
        var category = NameLists.StripTailVerbs(tail);
        return (category.EndsWith("项目", StringComparison.Ordinal) || category.EndsWith("工程", StringComparison.Ordinal))
            && category.IndexOfAny(['和', '及', '与']) < 0;
    }

    private static readonly string[] OtherThings = ["部署", "战略", "品牌", "活动", "机制", "模式", "政策", "赛事", "节会", "企业", "产品", "产品开发"];

    /// <summary>
    /// The words after 等 call the items something other than projects (“…通化冰雪产业示范新城等重大区域战略部署”,
    /// “…等重点产品开发”): what a verb of carrying out governs there is a strategy or a product.
    /// </summary>
    private static bool TailSaysOtherThings(string? tail) =>
        !string.IsNullOrEmpty(tail) && ProjectNames.Ending(NameLists.StripTailVerbs(tail), OtherThings) is not null;

    /// <summary>“长春广播电视演播中心建设” names 长春广播电视演播中心: the 建设 is what is done to it.</summary>
    private static int WithoutTrailingBuild(string text, ListedName name)
    {
        var printed = text.AsSpan(name.Start, name.Length);
        if (name.Length > 6 && printed.EndsWith("建设") && ProjectNames.IsStrong(text.Substring(name.Start, name.Length - 2)))
        {
            return name.Length - 2;
        }
        return name.Length;
    }

    private static bool HasAny(string? verb, string[] verbs)
    {
        if (verb is null) return false;
        foreach (var v in verbs)
        {
            if (verb.Contains(v, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
