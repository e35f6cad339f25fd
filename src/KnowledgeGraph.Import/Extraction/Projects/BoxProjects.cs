using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>What a 专栏 is for, from its title.</summary>
internal enum BoxKind
{
    /// <summary>…重点项目, …工程, 重大事项, 试验点: a list of projects (a box whose title was lost counts too).</summary>
    Projects,
    /// <summary>…平台, …载体, …基地: a list of named facilities (laboratories, centres, incubators).</summary>
    Facilities,
    /// <summary>Indicators, achievements, industrial chains, positioning, history: no list of projects.</summary>
    Other,
}

/// <summary>
/// The projects a 专栏 lists, in the forms the corpus has: run-on lists (“重点推进A、B等项目。”),
/// numbered items whose sentence lists names (the item title is then the group's label, kept as
/// the description), numbered items whose sentence describes the item (the title is then the
/// project), label lines and （一） sub-headings over lists, and labelled sentences (“铁路：…”,
/// “吾悦广场“文商旅”融合项目：实施…”). Table rows are read by <see cref="TableProjects"/>; boxes of
/// other kinds (achievements, industrial chains) only by the running-text rules.
/// </summary>
internal static partial class BoxProjects
{
    [GeneratedRegex(@"(项目|工程|重大事项|试验点)")]
    private static partial Regex ProjectsTitle();

    [GeneratedRegex(@"(平台|载体|基地|实验室|中心)")]
    private static partial Regex FacilitiesTitle();

    /// <summary>
    /// The box's kind. A box whose title line was lost counts as a list of projects: the structure
    /// pass restores a headless box only from a run of “…重点项目” labels over “推动…” lists.
    /// </summary>
    public static BoxKind KindOf(ColumnBlock box) =>
        box.Title is null || ProjectsTitle().IsMatch(box.Title) ? BoxKind.Projects
        : FacilitiesTitle().IsMatch(box.Title) ? BoxKind.Facilities
        : BoxKind.Other;

    public static List<ProjectCandidate> Read(ColumnBlock box)
    {
        var kind = KindOf(box);
        if (kind == BoxKind.Other) return [];
        var reader = new BoxReader(box, kind == BoxKind.Projects);
        var end = ContentEnd(box);
        for (var i = 0; i < end; i++)
        {
            if (box.Body[i].Kind == ParagraphKind.TableLine) continue;
            reader.Add(box.Body[i]);
        }
        reader.Flush();
        return reader.Found;
    }

    [GeneratedRegex(@"^(?:加快|推进|提升|完善|强化|加强|构建|优化|促进|做[新亮精响优特实美强活])[^。，、；：]{1,10}。")]
    private static partial Regex SectionLead();

    /// <summary>
    /// Where the box's own content ends. Some boxes run on into the section's text in extraction
    /// (the box's end was not marked): a long paragraph opening with a short verb-led topic
    /// sentence (“提升机场服务能级。强化…”, “做响红色旅游产品。梳理…”) after the box's first
    /// paragraph is the section speaking again. What follows is read as running text.
    /// </summary>
    public static int ContentEnd(ColumnBlock box)
    {
        for (var i = 1; i < box.Body.Count; i++)
        {
            var p = box.Body[i];
            if (p.Kind != ParagraphKind.Prose || p.Text.Length <= 60 || !SectionLead().IsMatch(p.Text)) continue;
            // A box whose own items open that way (“完善高速网络。…”, “提升铁路设施支撑能力。…”) has not ended.
            if (box.Body.Take(i).Any(b => SectionLead().IsMatch(b.Text))) return box.Body.Count;
            return i;
        }
        return box.Body.Count;
    }

    /// <summary>Walks a box's paragraphs, holding a numbered item until its body shows what the title is.</summary>
    private sealed class BoxReader(ColumnBlock box, bool projectBox)
    {
        private string? _label;
        private Item? _item;

        public List<ProjectCandidate> Found { get; } = [];

        public void Add(Paragraph paragraph)
        {
            var text = paragraph.Text;
            var underLabel = _labelLine;
            _labelLine = false;
            var itemStart = BoxItems.ItemTextStart(paragraph);
            if (itemStart >= 0)
            {
                Flush();
                StartItem(paragraph, itemStart);
                return;
            }
            if (BoxItems.IsLabelLine(text))
            {
                Flush();
                _label = text.Trim('—', '-', ' ');
                _labelLine = true;
                return;
            }
            var joined = BoxItems.JoinedLabelEnd(paragraph, box.Lines);
            if (joined > 0)
            {
                Flush();
                _label = text[..joined].Trim('—', '-', ' ');
                ReadSentences(paragraph, joined, _label, headed: true);
                return;
            }
            if (_item is not null)
            {
                _item.Body.Add(paragraph);
                return;
            }
            ReadSentences(paragraph, 0, _label, headed: underLabel);
        }

        // The paragraph before this one was a label line: a bare run of names under it is its list,
        // as under a （一） heading (a file that lost its headings' numbers prints 试验点 / A、B、C村、D项目。).
        private bool _labelLine;

        private void StartItem(Paragraph paragraph, int itemStart)
        {
            var text = paragraph.Text;
            var (ts, te, bodyStart) = BoxItems.ItemTitleAndBody(text, itemStart);
            var (ns, ne, verbLed) = BoxItems.TitleName(text, ts, te);
            var listed = bodyStart >= 0 && te < text.Length && text[te] is '：' or ':' && IsCategory(text[ns..ne]);
            _item = new Item(paragraph, ns, ne, verbLed, BoxItems.IsParenItem(paragraph), bodyStart, listed);
            _label = text[ts..te];
        }

        /// <summary>
        /// A title that names a category, not a project: no project's name at all (黑土地保护), or a kind of
        /// project in a word or two (交通项目, 市政工程, 重点产业项目) — it lists the projects after its colon when they are names.
        /// </summary>
        private static bool IsCategory(string title)
        {
            if (!ProjectNames.IsStrong(title)) return true;
            var core = ProjectNames.Core(title);
            var stem = core.EndsWith("项目", StringComparison.Ordinal) || core.EndsWith("工程", StringComparison.Ordinal) ? core[..^2] : core;
            if (stem.StartsWith("重点", StringComparison.Ordinal) || stem.StartsWith("重大", StringComparison.Ordinal)) stem = stem[2..];
            return stem.Length is > 0 and <= 4 && stem.All(c => c is >= '\u4e00' and <= '\u9fff');
        }

        /// <summary>Decides what the held item's title is, now that its body is known.</summary>
        public void Flush()
        {
            if (_item is not { } item) return;
            _item = null;
            var title = item.Paragraph.Text[item.NameStart..item.NameEnd];
            var bodies = item.BodySpans().ToList();
            // In a box of projects, a bare run of names under a （一） heading is that heading's list
            // (“（五）…试验点” over “A、B、C…村、D项目。”), as a list after “label：” is.
            // So is a run of names after a category's colon on the item's own line (“● 循环经济：长春循环经济产业园建设项目。”).
            var readings = bodies.Select(b => ReadSpan(b.Paragraph, b.Start, title, headed: item.IsParen,
                listed: item.Listed && b.Paragraph == item.Paragraph && b.Start == item.SameLineBody)).ToList();
            // A body line that names its own project (“航空主题商业街（航博城内）：招商落位…”) describes that project.
            var own = bodies.Select(b => BoxItems.Label(b.Paragraph.Text, b.Start) is { Colon: true } l
                && ProjectNames.IsStrong(b.Paragraph.Text[l.Start..l.End])).ToList();
            // The body lists the group's projects when its first clause is a list of projects; a
            // title that itself ends in a project word needs two of them (“西客站…项目” + “建设高端商贸
            // 综合体、五星级酒店…” is a project and its parts). A body that speaks of “the project”
            // (“…综合体项目。项目规划建设A、B…”) describes the title, whatever it lists, and so does a
            // body opening with project names that the list rules do not take (“…氢能示范项目工程。
            // 重点改造废弃厂房为铁路博物馆、主题展馆或创意产业园，…”): such a group would have nothing under it.
            // A category's names after its colon are its list, as they are without the item's mark (004 line 5638:
            // “黑土地保护：国家级黑土地保护综合示范区、长春黑土地保护行动项目。”).
            var bodyLists = readings.Where((_, i) => !own[i] && !SpeaksOfTheProject(bodies[i].Paragraph.Text, bodies[i].Start))
                .Any(r => (r.LeadsWithList && (r.LeadStrong >= 2 || !ProjectNames.IsStrong(title)) && r.Accepted.Count > 0) || r.Enumerates)
                || (item.Listed && readings.Count > 0 && readings[0].Accepted.Count > 0 && readings[0].Accepted.All(c => ProjectNames.IsStrong(c.Printed)));
            // A title joining names with 、 is still one item when nothing under it names a project
            // (“6.非遗养生、传统中医文化体验项目” over what it will build).
            var group = BoxItems.IsGroupTitle(title) && !(BoxItems.IsJoinedTitle(title) && readings.All(r => r.Accepted.Count == 0));
            var titleIsProject = !item.IsParen && !group && !bodyLists
                && BoxItems.IsProjectTitle(title, item.VerbLed, projectBox);
            if (!titleIsProject)
            {
                for (var i = 0; i < bodies.Count; i++)
                {
                    if (!LabelledProject(bodies[i].Paragraph, bodies[i].Start)) Found.AddRange(readings[i].Accepted);
                }
                return;
            }
            // A sub-project's own line (“吾悦广场“文商旅”融合项目：实施…”) describes that project, not the programme over it.
            var description = JoinedDescription(bodies.Where((_, i) => !own[i]).Select(b => b.Paragraph.Text[b.Start..]));
            Found.Add(new ProjectCandidate(item.Paragraph, item.NameStart, item.NameEnd - item.NameStart, description));
            // Under a project that is a programme, named sub-projects print as “名称：说明”.
            for (var i = 0; i < bodies.Count; i++)
            {
                if (LabelledProject(bodies[i].Paragraph, bodies[i].Start)) continue;
                // …or as a list of three or more “…项目” in its description (“计划建设国家青少年滑雪训练基地
                // （二期）项目、…、冬奥村项目、…等”); a facility it will build (滑雪场, 游客服务中心) is no project of its own.
                var parts = ProjectParts(readings[i].Accepted);
                if (parts.Count >= 3) Found.AddRange(parts.Select(c => c with { Description = title }));
                // …or counted off (“重点推动建设项目：一是吉林碳谷…年产15万吨原丝项目，…。二是国兴碳纤维1.5万吨碳化项目，…”).
                var counted = BoxItems.CountedProjects(bodies[i].Paragraph.Text, bodies[i].Start);
                if (counted.Count >= 2) Found.AddRange(counted.Select(c => new ProjectCandidate(bodies[i].Paragraph, c.Start, c.Length, title)));
            }
        }

        /// <summary>
        /// An item's body lines as one description: a line that ends without punctuation and a line
        /// that opens a field of its own (建设内容：… / 总投资：…) are two fields, joined with ；.
        /// </summary>
        private static string JoinedDescription(IEnumerable<string> pieces)
        {
            var joined = new System.Text.StringBuilder();
            foreach (var piece in pieces)
            {
                if (joined.Length > 0 && !Paragraph.SentenceStops.Contains(joined[^1]) && joined[^1] is not ('：' or ':' or '，')
                    && ItemMarks.OpensField(piece)) joined.Append('；');
                joined.Append(piece);
            }
            return joined.ToString();
        }

        /// <summary>
        /// The names of a list that end in 项目. In such a list “A与B项目” is one item, though the list rules
        /// read two names (“冰雪产业人才孵化研学教育基地与设备研发中心项目”): the list names projects, not facilities.
        /// </summary>
        private static List<ProjectCandidate> ProjectParts(IReadOnlyList<ProjectCandidate> names)
        {
            var parts = new List<ProjectCandidate>();
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                if (i + 1 < names.Count && names[i + 1] is var next && next.Paragraph == name.Paragraph
                    && next.Start == name.Start + name.Length + 1 && name.Paragraph.Text[next.Start - 1] is '与' or '和' or '及')
                {
                    name = name with { Length = next.Start + next.Length - name.Start };
                    i++;
                }
                if (ProjectNames.Core(name.Printed).EndsWith("项目", StringComparison.Ordinal)) parts.Add(name);
            }
            return parts;
        }

        /// <summary>The text from <paramref name="start"/> opens with 项目, 该项目 or 本项目 as its subject.</summary>
        private static bool SpeaksOfTheProject(string text, int start)
        {
            var body = text.AsSpan(start).TrimStart();
            if (body.StartsWith("该") || body.StartsWith("本")) body = body[1..];
            return body.Length > 2 && body.StartsWith("项目") && body[2] is not ('、' or '，' or '。' or '：' or ':' or '；');
        }

        /// <summary>A paragraph (from <paramref name="start"/>) outside any numbered item.</summary>
        private void ReadSentences(Paragraph paragraph, int start, string? label, bool headed = false)
        {
            if (LabelledProject(paragraph, start)) return;
            Found.AddRange(ReadSpan(paragraph, start, label, headed).Accepted);
        }

        /// <summary>
        /// “吾悦广场“文商旅”融合项目：实施…”, “乡村文化赋能工程。有效利用…”: a project or programme
        /// name as the label of its own description. After 。 only a name ending in 工程/项目 counts:
        /// other short openings are the topic of a sentence (“东北抗联品牌。提升…”). A label whose colon
        /// is followed by nothing but names (“技术创新平台：…建设项目。”) is their category.
        /// </summary>
        private bool LabelledProject(Paragraph paragraph, int start)
        {
            if (BoxItems.Label(paragraph.Text, start) is not { } label) return false;
            var name = paragraph.Text[label.Start..label.End];
            if (!ProjectNames.IsStrong(name)) return false;
            var core = ProjectNames.Core(name);
            if (!label.Colon)
            {
                if (!core.EndsWith("工程", StringComparison.Ordinal) && !core.EndsWith("项目", StringComparison.Ordinal)) return false;
                // “农业水利工程。重点建设…改造工程。”: a category over a list, when a list follows.
                var rest = ListReader.Read(paragraph, label.RestStart, paragraph.Text.Length, projectBox, introduced: false, name);
                if (rest.Accepted.Count > 0)
                {
                    Found.AddRange(rest.Accepted);
                    return true;
                }
            }
            else if (BoxItems.IsOneClause(paragraph.Text, label.RestStart)
                     && NameLists.LeadVerbLength(paragraph.Text, label.RestStart, paragraph.Text.Length) == 0)
            {
                // “技术创新平台：国家半导体激光技术创新中心建设项目。”: a category over the names after it.
                var named = ListReader.Read(paragraph, label.RestStart, paragraph.Text.Length, projectBox, introduced: true, name);
                if (named.Accepted.Count > 0 && named.Accepted.All(c => ProjectNames.IsStrong(c.Printed)))
                {
                    Found.AddRange(named.Accepted);
                    return true;
                }
            }
            Found.Add(new ProjectCandidate(paragraph, label.Start, label.End - label.Start, paragraph.Text[label.RestStart..]));
            return true;
        }

        /// <summary>Reads a list, looking through a short label (“铁路：”, “汽车产业。”) that introduces it.</summary>
        /// <param name="headed">The text is the body of a （一） heading, which introduces a bare run of names as a label does.</param>
        /// <param name="listed">The text follows a category's colon on a numbered or bulleted item's line.</param>
        private ListReading ReadSpan(Paragraph paragraph, int start, string? outer, bool headed = false, bool listed = false)
        {
            var text = paragraph.Text;
            if (BoxItems.Label(text, start) is { } label)
            {
                var inner = text[label.Start..label.End];
                if (ProjectNames.IsStrong(inner))
                {
                    // “航博城航空特色商圈启动区项目：建设…” — what follows describes the project named.
                    return ListReader.Read(paragraph, label.RestStart, text.Length, projectBox, introduced: false, inner);
                }
                var description = outer is not null && inner.Length <= 4 ? $"{outer}·{inner}" : inner;
                var introduced = BoxItems.IsOneClause(text, label.RestStart);
                return ListReader.Read(paragraph, label.RestStart, text.Length, projectBox, introduced, description);
            }
            var bare = ((headed && projectBox) || listed) && BoxItems.IsOneClause(text, start) && NameLists.LeadVerbLength(text, start, text.Length) == 0;
            return ListReader.Read(paragraph, start, text.Length, projectBox, introduced: bare, outer);
        }
    }

    /// <param name="Listed">The title is a category (no project's name, or a kind of project) ending in a colon, with text after it on its line.</param>
    private sealed record Item(Paragraph Paragraph, int NameStart, int NameEnd, bool VerbLed, bool IsParen, int SameLineBody, bool Listed)
    {
        public List<Paragraph> Body { get; } = [];

        public IEnumerable<(Paragraph Paragraph, int Start)> BodySpans()
        {
            if (SameLineBody >= 0) yield return (Paragraph, SameLineBody);
            foreach (var p in Body) yield return (p, 0);
        }
    }
}
