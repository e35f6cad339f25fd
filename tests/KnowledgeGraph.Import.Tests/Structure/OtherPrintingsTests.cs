using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Structure;

/// <summary>
/// The bundled plans as other tools print them — indented, without bookmarks or contents, NFKC, web copies,
/// letter-spaced or wrapped titles — each read to the same structure as the file as shipped.
/// </summary>
public sealed class OtherPrintingsTests
{
    [Fact]
    public void A_file_that_indents_every_line_keeps_the_marks_its_spaces_make()
    {
        // 002 as a converter prints it that indents each paragraph with two ideographic spaces: the
        // lines 002 starts with a space (a dropped chapter heading, a lead-in after a box) then start
        // one space further in than the rest. Before, every heading line was so marked, and 69 sections
        // (指导思想, 规划原则, 支撑建设西部先进制造业集聚区…) each opened a chapter of no title.
        var plan = Corpus.Reprinted("002", text => string.Join('\n', text.Split('\n').Select(l => l.Length == 0 || l.Contains('\t') ? l : "\u3000\u3000" + l))).Plans[0];

        static IEnumerable<(string, int, int)> Outline(StructuredPlan p) => p.AllSections().Select(s => (s.Title, s.Depth, s.Heading.LineStart));
        Assert.Equal(Outline(Corpus.Plan("002")), Outline(plan));
        Assert.Equal(["发展基础与环境", "", "发展目标"], plan.Sections.Take(3).Select(s => s.Title));
        Assert.Equal(["指导思想", "规划原则"], plan.Sections[1].Children.Select(c => c.Title));
    }

    [Fact]
    public void A_docx_extraction_without_its_bookmarks_keeps_its_outline()
    {
        // 002 as a converter prints it that drops the [bookmark: _Toc…] markers: no heading is numbered or
        // marked. Before, the file did not read as a plan (no headings found). Now its short lines that read
        // as titles are its headings, and a box keeps the descriptions under its items and its projects' names.
        static string Bare(string text) => Regex.Replace(text, @"\[bookmark: [^\]]*\]", "");
        var document = Corpus.Reprinted("002", Bare);

        static IEnumerable<string> Outline(StructuredDocument d) => d.Plans.SelectMany(p => p.AllSections().SelectMany(s =>
            s.Content.OfType<ColumnBlock>().Select(b => $"{b.Number} {b.Title} {b.Body.Count}").Prepend($"{s.Depth} {s.Title} {s.Heading.LineStart}")));
        Assert.Equal(Outline(Corpus.Structure("002")), Outline(document));

        // A plan dropped in so, its title page before the text: the title, issuer and date are no headings.
        var dropped = Corpus.DroppedIn("长春市双阳区人民政府\n2021年3月\n\n" + string.Join('\n', Bare(File.ReadAllText(Corpus.PathOf("002"))).Split('\n')[..45]));
        Assert.Equal(["发展基础与环境", "指导思想", "规划原则", "发展目标"], dropped.AllSections().Select(s => s.Title).Where(t => t.Length > 0).Take(4));
        Assert.Equal(("长春市双阳区国民经济和社会发展第十四个五年规划纲要", "长春市双阳区人民政府"), (dropped.Metadata.Title, dropped.Metadata.Issuer));
    }

    [Fact]
    public void A_file_that_indents_its_headings_marks_no_lost_heading_by_their_spaces()
    {
        // Where most headings start with a space, the space is how the file prints headings.
        var plan = Corpus.Reprinted("002", text => string.Join('\n', text.Split('\n').Select(l => l.StartsWith("[bookmark: ", StringComparison.Ordinal) ? "\u3000\u3000" + l : l))).Plans[0];

        Assert.DoesNotContain(plan.AllSections(), s => s.Depth > 1 && s.Title.Length == 0);
        Assert.Equal(Corpus.Plan("002").AllSections().Where(s => s.Title.Length > 0).Select(s => s.Title),
            plan.AllSections().Where(s => s.Title.Length > 0).Select(s => s.Title));
    }

    // A tab before each paragraph and heading (tables, as their rows show, left as they are).
    private static string TabIndented(string text)
    {
        var lines = text.Split('\n');
        var previous = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var starts = previous.Trim().Length == 0 || previous.TrimEnd().EndsWith('。') || previous.TrimEnd().EndsWith('：');
            if (starts && line.Trim().Length > 0 && !line.Contains('\t') && !Regex.IsMatch(line.Trim(), @"^\d{1,2} \S|\S {2,}\S")) lines[i] = "\t" + line;
            previous = line;
        }
        return string.Join('\n', lines);
    }

    [Theory]
    [InlineData("000", "章节", false)]
    [InlineData("004", "章", false)]
    [InlineData("004", "章", true)]
    public void Headings_printed_without_their_numbers_take_them_from_the_contents(string prefix, string levels, bool pageNumbersBelow)
    {
        // A word processor's automatic numbering (第一章, 第一节…) is lost when a plan is saved as text, and its
        // contents, a field's text, keep the numbers: here every 第…章 (and in 000 第…节) of the body without its
        // number, the contents as printed. Before, 000 read as one section (前言) and 004 as nine.
        // And with each entry's page number on the line under it (第一章 规划背景 / (4)).
        var document = Corpus.Reprinted(prefix, text =>
        {
            var unnumbered = Regex.Replace(text, $@"(?m)^(\s*)第[一二三四五六七八九十]{{1,3}}[{levels}][ \u3000]*(?=[^\s][^\t\n]*$)", "$1");
            return pageNumbersBelow ? Printings.PageNumbersBelow(unnumbered) : unnumbered;
        });

        IEnumerable<string> Divisions(StructuredDocument d) => d.Plans.SelectMany(p => p.AllSections())
            .Where(s => s.Number.Length > 0 && levels.Contains(s.Number[^1]))
            .Select(s => pageNumbersBelow ? $"{s.Number} {s.Title}" : $"{s.Number} {s.Title} {s.Heading.LineStart}"); // the page numbers' lines move the body
        Assert.Equal(Divisions(Corpus.Structure(prefix)), Divisions(document));
        Assert.Equal(Corpus.Structure(prefix).Plans.Select(p => p.Metadata.Title), document.Plans.Select(p => p.Metadata.Title));
    }

    [Fact]
    public void A_wrapped_plan_whose_headings_lost_their_numbers_takes_no_wrapped_line_for_a_heading()
    {
        // 001, a PDF extraction wrapping its text at 28 characters, with every heading number lost and no contents
        // to give them back: its headings are its short lines that read as titles. Before, so was the first line of
        // every paragraph that happened to stop without a punctuation mark (551 sections, 272 of them such lines).
        var plan = Corpus.Reprinted("001", text => Regex.Replace(text,
            @"(?m)^(\s*)(第[一二三四五六七八九十]{1,3}[章节篇]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[ \u3000]*(?=\S)", "$1")).Plans[0];

        var printed = Corpus.Plan("001").AllSections().Select(s => s.Title).ToHashSet();
        var titles = plan.AllSections().Select(s => s.Title).ToList();
        Assert.Subset(titles.ToHashSet(), printed);
        Assert.True(titles.Count(t => !printed.Contains(t)) * 5 < titles.Count, $"{titles.Count(t => !printed.Contains(t))} of {titles.Count} headings are no heading of the plan");
        // A paragraph's first line a little short of the width, of ideographs only, is no heading when it ends on
        // a word that leads on (line 1435, …重点方向，到 / 2025年，…) or on an item of one character (4761, …智慧交通、智 /
        // 慧人社等…), or the next line finishes its last word (195, …关键阶 / 段，…).
        Assert.DoesNotContain(titles, t => t.EndsWith("重点方向，到", StringComparison.Ordinal) || t.EndsWith("的关键阶", StringComparison.Ordinal)
            || t.EndsWith("创新创业基地为核", StringComparison.Ordinal) || t.EndsWith("智慧交通、智", StringComparison.Ordinal));
        // A heading line that starts with a space (line 905, “ 加快都市圈协同发展”, where the PDF placed it) follows no
        // lost chapter heading: that reading is the DOCX extraction's, whose paragraphs stand one to a line. Before,
        // 16 sections each opened a chapter of no title.
        Assert.DoesNotContain(plan.AllSections(), s => s.Title.Length == 0);
        Assert.Equal("加快都市圈协同发展", plan.AllSections().Single(s => s.Heading.LineStart == 905).Title);
        // Levels from the text alone: a heading whose text is one short opening sentence before a longer section
        // opens a chapter (优化都市圈发展格局, then 构建都市圈空间布局), and one that so opens a chapter, a part
        // (开启全面建设社会主义现代化长春新征程, then 发展环境). Before, every chapter with an opening sentence was
        // read as a section: 59 of the 279 headings stood at another level, now 6.
        var levels = Corpus.Plan("001").AllSections().ToDictionary(s => s.Heading.LineStart, s => s.Depth);
        var off = plan.AllSections().Count(s => levels.TryGetValue(s.Heading.LineStart, out var depth) && depth != s.Depth);
        Assert.True(off <= 10, $"{off} headings stand at another level than the numbered plan's");
    }

    [Fact]
    public void A_plan_whose_headings_lost_their_numbers_keeps_its_title_page_and_its_boxes_groups()
    {
        // 003 without its 篇/章/节 numbers and without a manifest entry: its headings are its short lines that
        // read as titles. Before, so were the first two lines of its title (长春市二道区国民经济和社会发展 /
        // 第十四个五年规划和2035年 / 远景目标纲要), and the plan read as 长春市's 13th plan from the 十三五 its
        // review names most; and so were the dash items of 专栏 1 (——产业发展成果).
        var source = SourceDocument.FromText("erdao.txt", Regex.Replace(File.ReadAllText(Corpus.PathOf("003")), @"(?m)^第[一二三四五六七八九十]+[章节篇]\s*", ""));
        var erdao = StructurePass.Structure(Normaliser.Normalise(source), null).Plans.Single();
        Assert.Equal(("长春市二道区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "二道区", 2021),
            (erdao.Metadata.Title, erdao.Metadata.Region, erdao.Metadata.PeriodStart));
        Assert.Equal(["立足新时代，开创高质量发展新局面", "发展基础", "综合实力稳步增强"], erdao.AllSections().Take(3).Select(s => s.Title));
        Assert.DoesNotContain(erdao.AllSections(), s => s.Title.StartsWith("——", StringComparison.Ordinal));

        // 001 with every number lost, its boxes' （一） too: a box that opens with a label keeps its labelled
        // groups (专栏 13: 机场 / 铁路 / 公路 / 轨道交通; 专栏 11: eight groups of 试验点), and the part
        // heading after it (统筹区域空间布局，加快推动协调发展, over running text) still ends it. Before, each
        // group's label was a heading that ended its box, and 78 of the plan's projects were lost.
        var city = Corpus.Reprinted("001", text => Regex.Replace(text,
            @"(?m)^(\s*)(第[一二三四五六七八九十]{1,3}[章节篇]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[ \u3000\t]*(?=\S)", "$1")).Plans[0];
        var projects = ProjectExtraction.Extract(city).Projects;
        Assert.Contains(projects, p => p is { Name: "龙嘉机场三期扩建工程", Description: "机场" });
        Assert.Contains(projects, p => p is { Name: "九台经济开发区拆旧建新", Description: "农村集体经营性建设用地入市试验点" });
        Assert.Contains(projects, p => p is { Name: "卡伦湖街道王家村新农村建设", Description: "城乡基础设施一体化发展试验点" });
        Assert.Contains(city.AllSections(), s => s.Title == "统筹区域空间布局，加快推动协调发展");
        // 专栏 9's groups, over sentences that name their projects among other words, share a word
        // (开放平台 / 开放通道 / 开放载体): the box keeps them, and the projects their groups.
        Assert.Contains(projects, p => p is { Name: "长辽通集高铁", Description: "开放通道" });
        Assert.DoesNotContain(city.AllSections(), s => s.Title.StartsWith("开放", StringComparison.Ordinal));
        Assert.True(projects.Count >= ProjectExtraction.Extract(Corpus.Plan("001")).Projects.Count - 5);
    }

    [Fact]
    public void Two_clause_titles_in_a_row_over_running_text_are_points_of_the_heading_before_them()
    {
        // 003 with every number lost, its contents' too: 第五章 战略定位 opens with a paragraph, then names four
        // positions, each a two-clause title over one paragraph (两业融合，创新引领 … 三水之滨，宜居生态). Before, each
        // was a part, and the last held the rest of the plan's first part (发展目标 and its sections).
        var plan = Corpus.Reprinted("003", text => Regex.Replace(text,
            @"(?m)^(\s*)(第[一二三四五六七八九十]{1,3}[章节篇]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[ \u3000\t]*(?=\S)", "$1")).Plans[0];

        var positioning = plan.AllSections().Single(s => s.Title == "战略定位");
        Assert.Equal(2, positioning.Depth);
        Assert.Equal(["两业融合，创新引领", "城市客厅，活力释放", "工业记忆，文化赋能", "三水之滨，宜居生态"], positioning.Children.Select(c => c.Title));
        Assert.Equal(["立足新时代，开创高质量发展新局面", "统筹区域协调发展，优化产业空间布局"], plan.Sections.Take(2).Select(s => s.Title));
        Assert.Contains(plan.Sections[0].Children, s => s.Title == "发展目标");
    }

    [Fact]
    public void A_plan_whose_contents_and_headings_both_lost_their_numbers_takes_its_headings_from_the_contents()
    {
        // 000 and 004 with every 篇/章/节, 一、 and （一） gone from the body and the contents alike.
        static string Lost(string text) => Regex.Replace(text,
            @"(?m)^(\s*)(第[一二三四五六七八九十]{1,3}[章节篇]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[ \u3000\t]*(?=\S)", "$1");
        var zone = Corpus.Reprinted("000", Lost).Plans[0];
        var titles = zone.AllSections().Select(s => s.Title).ToList();
        // A contents entry's title printed alone is a heading, however near the width the file wraps at (line 78).
        Assert.Contains("全面建成小康社会，开启全面建设社会主义现代化新征程", titles);
        // An unnumbered title reads as a numbered one's does (2025 年发展目标 prints a space), and 感, a stray
        // character under 第八章's line, is no heading.
        Assert.Contains("2025年发展目标", titles);
        // The heading after 专栏 1's tabbed rows ends the table (line 218).
        Assert.Contains("2035年远景目标", titles);
        Assert.DoesNotContain("感", titles);
        // Levels read off the contents, which list the parts and chapters: each heading at its numbered
        // level. Before, any two-clause title was a part (打造特色雪都，建设冰雪新城, a chapter) and 49 of
        // the 157 headings stood at another level.
        var printed = Corpus.Plan("000").AllSections().ToDictionary(s => s.Heading.LineStart, s => (s.Title, s.Depth));
        Assert.All(zone.AllSections(), s => Assert.Equal(printed[s.Heading.LineStart], (s.Title, s.Depth)));

        var compilation = Corpus.Reprinted("004", Lost);
        // 004's contents list each plan's chapters, its 2-character ones too (布 局, 支 撑).
        var numbered = Corpus.Structure("004").Plans.SelectMany(p => p.AllSections()).ToDictionary(s => s.Heading.LineStart, s => (s.Title, s.Depth));
        Assert.All(compilation.Plans.SelectMany(p => p.AllSections()), s => Assert.Equal(numbered[s.Heading.LineStart], (s.Title, s.Depth)));
        var metro = compilation.Plans.Single(p => p.Metadata.Title.Contains("都市圈", StringComparison.Ordinal));
        // Figure captions (图 1 “一核双廊八通道”协同空间布局) and the labels of a box whose title line was lost
        // (先进装备制造重点项目 / 推动中车长客…、…) are no headings; 专栏 9, which opens with a label over a list
        // (保障国家粮食安全生产能力重点工程), keeps its last group (城乡融合发展重大事项) and its list.
        Assert.DoesNotContain(metro.AllSections(), s => s.Title.StartsWith('图') || s.Title.EndsWith("重点项目", StringComparison.Ordinal) || s.Title == "城乡融合发展重大事项");
        Assert.Contains(ProjectExtraction.Extract(metro).Projects, p => p is { Name: "农村集体经营性建设用地入市试验", Description: "城乡融合发展重大事项" });
        // A caption after a table's rows ends the table, and the heading after it is one (line 3876).
        var energy = compilation.Plans.Single(p => p.Metadata.Title.Contains("清洁能源", StringComparison.Ordinal));
        Assert.Contains(energy.AllSections(), s => s.Title == "有序推进光伏电站布局");
        // The labels of a box's groups share a word (开放平台 / 开放通道 at lines 621 and 625; 长吉北部现代经济产业带 / 长吉中部… /
        // 长吉南部生态旅游产业带 over 专栏 2's labelled zones, line 4688): they stay in their box, whatever follows
        // them. Before, the first ended the box and each was a heading.
        Assert.DoesNotContain(compilation.Plans.SelectMany(p => p.AllSections()), s => s.Title.StartsWith("开放", StringComparison.Ordinal) || s.Title.EndsWith("产业带", StringComparison.Ordinal));
    }

    // Each heading number that opens a line, on a line of its own: its title on the next line (contents lines,
    // with their page numbers after a tab, DOCX headings, after their bookmarks, and lines of running text left
    // as they are).
    private static string Apart(string text, string number, string between = @"[ \u3000\t]*") => string.Join('\n', text.Split('\n').Select(l =>
        l.Trim('\t').Contains('\t') || l.Contains("[bookmark", StringComparison.Ordinal) || l.Length >= 60
            ? l : Regex.Replace(l, @"^(\s*)(" + number + ")" + between + @"(?=\S)", "$1$2\n")));

    [Theory]
    [InlineData("002", "NFKC")]
    [InlineData("004", "NFKC")]
    [InlineData("000", "nbsp")]
    [InlineData("004", "nbsp")]
    [InlineData("004", "zero-width")]
    [InlineData("001", "entities")]
    [InlineData("001", "letter-spaced")]
    [InlineData("004", "letter-spaced")]
    [InlineData("001", "wrapped headings")]
    [InlineData("004", "wrapped headings")]
    [InlineData("000", "pipe rows")]
    [InlineData("000", "Page footers")]
    [InlineData("001", "HTML paragraphs")]
    [InlineData("004", "list numbers")]
    [InlineData("003", "list numbers")]
    [InlineData("002", "tab-indented")]
    [InlineData("004", "tab-indented")]
    [InlineData("000", "page numbers below")]
    [InlineData("004", "page numbers below")]
    [InlineData("000", "box numbers apart")]
    [InlineData("001", "box numbers apart")]
    [InlineData("002", "box numbers apart")]
    [InlineData("003", "box numbers apart")]
    [InlineData("004", "box numbers apart")]
    [InlineData("000", "numbers apart")]
    [InlineData("000", "numerals apart")]
    [InlineData("001", "numerals apart")]
    [InlineData("004", "numerals apart")]
    public void A_plan_printed_another_way_keeps_its_structure(string prefix, string printing)
    {
        // NFKC: as an extraction that normalises its text to NFKC prints the plan, full-width forms (，；：（）％) as
        // ASCII and the ideographic space as a space. Before, 002's parts (筑牢发展空间基底,着力优化区域发展布局…) lost
        // their titles, and 004's boxes 8 and 10 (whose titles were lost, found by their run-in labels 技术创新平台:
        // and 科技平台体系:) were not found. nbsp: as a plan copied from a web page prints it, every space a no-break
        // space. Before, 000 and 004 lost sections (their 前 言 among them), and 004 one of its plans. zero-width: a
        // zero-width space after every seventh character, as web pages scatter them. Before, 004 lost seven of its
        // plans. entities: a page's source text, “—” as &ldquo;&rdquo;&mdash;. Before, 001 lost its quoted titles.
        // letter-spaced: every heading and box or table title printed as a PDF prints a large-font title, a space after
        // each character (专 栏   1 0 ： 现 代 农 业 …, the contents left as they are). wrapped headings: a heading's title
        // wrapped after its sixteenth character, as a large font wraps it (第五篇 突出长春国际影都带动引领， / 全面提升文旅创意产业).
        // Before, the title lost its tail, or the heading ending in its comma was no heading. pipe rows: every row of
        // cells printed as a Markdown table without its outer pipes (第二节 指导方针 | 14). Before, 000's contents were
        // read as its headings, each section printed twice. Page footers: Page 1, Page 2… between blank lines every
        // 45 lines, as software set to English numbers pages. Before, a footer ran into the heading over it. HTML
        // paragraphs: each line of text between <p> and </p>, as a web page's source holds it. Before, no heading was found.
        // list numbers: a tab after every heading's number (第一节⇥…, 一、⇥…, （一）⇥…), as a word processor's numbered
        // list is saved as text. Before, such a heading was a table's row of two cells (004 lost five sections).
        // tab-indented: a tab before every paragraph and heading, as a word processor's first-line indent is saved as
        // text, tables left as they are. Before, 004 lost 18 sections, their headings read as a table's cells, and 19 of its
        // paragraphs were read as goals; 002 its untitled parts (the space a DOCX extraction prints where it dropped a line
        // came after the tab). numbers apart: each 第…章 / 第…节 on a line of its own, its title on the next, as a PDF
        // extraction prints a heading whose number and title are set apart. Before, 000 lost its titles of two clauses
        // (全面建成小康社会，开启全面建设社会主义现代化新征程). box numbers apart: 专栏 1 or 表 1 alone, its title on the next
        // line. Before, a title over the box's running text (重点推进…), a dashed topic, a table's header row or a label over
        // the text was lost, or held a bracket (中韩（长春）…) or ran past 20 characters: 004 lost 61 box titles, 001 8
        // (and, joined to its number without a space, 表 1 / 2020 年底…统计表 read as 表 12020).
        // page numbers below: each contents entry's page number on the line under it, as a PDF extraction may print it
        // (第一章 规划背景 / (4)). Before, 004's contents were not found and their entries' strategies (“六双”, 乡村振兴战略)
        // were read as every plan's. numerals apart: 一、 and （一） so set apart. Before, 000
        // lost its sections (一、/ 发展基础 ran into the text), and the boxes of 001 and 004 the items headed （一）… (in
        // the import, 26 of 001's projects). Each box is compared by its number, title and count of paragraphs.
        static string Nfkc(string text) => string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            }
        });
        var document = Corpus.Reprinted(prefix, text => printing switch
        {
            "NFKC" => Nfkc(text),
            "nbsp" => text.Replace(' ', '\u00A0'),
            "zero-width" => string.Concat(text.Select((c, i) => i % 7 == 6 && c != '\n' ? c + "\u200B" : c.ToString())),
            "wrapped headings" => string.Join('\n', text.Split('\n').Select((l, i) =>
                i > 140 && l.Length > 18 && !l.Contains('\t') && Regex.IsMatch(l, @"^\s*(第.{1,3}[章节篇]|[一二三四五六七八九十]{1,2}、)") ? l[..16] + "\n" + l[16..] : l)),
            "Page footers" => string.Join('\n', text.Split('\n').Select((l, i) => i % 45 == 44 ? $"{l}\n\nPage {i / 45 + 1}\n" : l)),
            "HTML paragraphs" => string.Join('\n', text.Split('\n').Select(l => l.Trim().Length > 0 && !l.Contains('\t') ? $"<p>{l}</p>" : l)),
            "list numbers" => string.Join('\n', text.Split('\n').Select(l => l.Contains('\t')
                ? l : Regex.Replace(l, @"^(\s*)(第[一二三四五六七八九十]{1,3}[章节篇]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)\s*(?=\S)", "$1$2\t"))),
            "tab-indented" => TabIndented(text),
            "page numbers below" => Printings.PageNumbersBelow(text),
            "box numbers apart" => Apart(text, @"专栏 ?\d+|表 ?\d+", @"[ \u3000：:]*"),
            "numbers apart" => Apart(text, @"第[一二三四五六七八九十]{1,3}[章节篇]"),
            "numerals apart" => Apart(text, @"[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）"),
            "pipe rows" => string.Join('\n', text.Split('\n').Select(l => l.Trim('\t').Contains('\t') && !l.StartsWith('\t') ? string.Join(" | ", l.Split('\t')) : l)),
            "letter-spaced" => string.Join('\n', text.Split('\n').Select((l, i) =>
                i > 140 && !l.Contains('\t') && Regex.IsMatch(l, @"^\s*(第.{1,3}[章节篇]|专栏|表 ?\d|前 ?言)") ? string.Join(' ', l.ToCharArray()) : l)),
            _ => text.Replace("“", "&ldquo;").Replace("”", "&rdquo;").Replace("—", "&mdash;"),
        });

        static IEnumerable<string> Outline(StructuredDocument d) => d.Plans.SelectMany(p => p.AllSections().SelectMany(s =>
            s.Content.OfType<ColumnBlock>().Select(b => $"{b.Number} {b.Title} {b.Body.Count}").Prepend($"{s.Depth} {s.Number} {s.Title}"))).Select(Nfkc);
        Assert.Equal(Outline(Corpus.Structure(prefix)), Outline(document));
    }

    [Fact]
    public void A_compilation_printed_without_its_contents_yields_the_same_plans()
    {
        // 004 without its table of contents (lines 9–135): its plans are found from the marker lines over them
        // (“一主六双” 高质量发展战略专项规划之六), a title wrapped over two lines under its marker (长通白延吉长避暑休闲冰雪旅游 /
        // 大环线发展规划), and the two plans printed without a marker, each title right over its 前 言. Before, three
        // titles were cut at the wrap and the last two plans were not found.
        var document = Corpus.Reprinted("004", text => string.Join('\n', text.Split('\n').Select((l, i) => i is >= 8 and < 135 ? "" : l)));

        static IEnumerable<string> Plans(StructuredDocument d) => d.Plans.Select(p =>
            $"{p.Metadata.SequenceNumber} {p.Metadata.Title} {p.Metadata.PeriodStart}–{p.Metadata.PeriodEnd} {p.AllSections().Count()}");
        Assert.Equal(Plans(Corpus.Structure("004")), Plans(document));
    }

    [Theory]
    [InlineData("．")]
    [InlineData(".")]
    [InlineData(" 、")]
    public void A_compilation_whose_contents_number_its_plans_another_way_yields_the_same_plans(string mark)
    {
        // 004's table of contents (lines 1–130) numbered 一．/一. or 一 、, as other plans number their headings.
        // Before, five plans were not found, and three took a title cut where a line wrapped (吉林省西部国家级).
        var document = Corpus.Reprinted("004", text => string.Join('\n', text.Split('\n').Select((l, i) => i < 130 ? Regex.Replace(l, "^([一二三四五六七八九十]+)、", "$1" + mark) : l)));

        Assert.Equal(Corpus.Structure("004").Plans.Select(p => (p.Metadata.SequenceNumber, p.Metadata.Title)),
            document.Plans.Select(p => (p.Metadata.SequenceNumber, p.Metadata.Title)));
        Assert.Contains(document.Plans, p => p.Metadata.Title == "吉林省西部国家级清洁能源基地发展规划");
    }
}
