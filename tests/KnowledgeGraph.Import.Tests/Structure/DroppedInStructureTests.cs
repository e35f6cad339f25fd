using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Structure;

/// <summary>
/// Structure of plans a user drops in, in layouts other plans print and the bundled
/// five do not (each against the bundled plans where they print the shape the rule must leave alone).
/// </summary>
public sealed class DroppedInStructureTests
{
    [Fact]
    public void Running_text_after_a_box_of_numbered_items_is_the_sections_again()
    {
        var plan = Corpus.DroppedIn("""
            第三章 重点项目

            专栏1 重大产业项目
            1.九台经济开发区新材料产业园项目：建设新型建材生产线。
            2.龙嘉机场临空经济区物流中心项目。

            重点推进卡伦湖生态旅游、九台区营城煤矿遗址公园等项目，落实“一主六双”高质量发展战略，对接省市规划。
            """, "长春市九台区国民经济和社会发展第十四个五年规划纲要");

        var chapter = Assert.Single(plan.Sections);
        Assert.Equal(2, Assert.IsType<ColumnBlock>(chapter.Content[0]).Body.Count);
        Assert.StartsWith("重点推进卡伦湖生态旅游", Assert.IsType<Paragraph>(chapter.Content[1]).Text, StringComparison.Ordinal);
        // The description an item prints after its title stays the item's (004 line 2155: 29. 长白山和平旅游度假区项目。主要建设…).
        Assert.Contains(ProjectExtraction.Extract(Corpus.Plan("004", "冰雪")).Projects,
            p => p.Name == "长白山和平旅游度假区项目" && p.Description!.StartsWith("主要建设希尔顿逸林温泉酒店", StringComparison.Ordinal));
    }

    [Fact]
    public void Running_text_after_a_box_whose_items_all_leave_their_sentence_open_is_the_sections_again()
    {
        var plan = Corpus.DroppedIn("""
            第三章 重点项目

            专栏1 重大产业项目
            1.九台经济开发区新材料产业园项目：建设新型建材生产线
            2.龙嘉机场临空经济区物流中心项目：建设冷链物流中心

            重点推进卡伦湖生态旅游、九台区营城煤矿遗址公园等项目，落实“一主六双”高质量发展战略，对接省市规划。
            """, "长春市九台区国民经济和社会发展第十四个五年规划纲要");

        var chapter = Assert.Single(plan.Sections);
        Assert.StartsWith("重点推进卡伦湖生态旅游", Assert.IsType<Paragraph>(chapter.Content[1]).Text, StringComparison.Ordinal);
        // Before, the running text was the last item's description.
        Assert.Equal([("龙嘉机场临空经济区物流中心项目", "建设冷链物流中心")],
            ProjectExtraction.Extract(plan).Projects.Where(p => p.Name.StartsWith("龙嘉", StringComparison.Ordinal)).Select(p => (p.Name, p.Description)));

        // A last item longer than the ones before it fills its line: what follows finishes it.
        var wrapped = Corpus.DroppedIn("""
            第三章 重点项目

            专栏1 重大产业项目
            1.九台经济开发区新材料产业园项目：建设新型建材生产线
            2.龙嘉机场临空经济区物流中心项目：建设冷链物流中心，完善仓储配送体系，推动形成覆盖全

            区的冷链物流网络，提升农产品流通效率，增强区域物流枢纽功能。
            """, "长春市九台区国民经济和社会发展第十四个五年规划纲要");
        Assert.Single(Assert.Single(wrapped.Sections).Content);
    }

    [Fact]
    public void The_form_feed_pdftotext_prints_at_a_page_break_is_not_part_of_the_line()
    {
        var plan = Corpus.DroppedIn("第一章 发展基础\n\n全区经济平稳发展。\n\n\f第二章 发展目标\n\n\f\t到2025年，全区地区生产总值达到500亿元。\n\f\n— 3 —\n\f");

        // Before, “\f第二章 发展目标” was no heading, and its chapter was lost.
        Assert.Equal(["第一章", "第二章"], plan.Sections.Select(s => s.Number));
        Assert.Equal((7, "第二章 发展目标"), (plan.Sections[1].Heading.LineStart, plan.Sections[1].Heading.Text));
        Assert.Equal("到2025年，全区地区生产总值达到500亿元。", Assert.IsType<Paragraph>(Assert.Single(plan.Sections[1].Content)).Text);
    }

    [Fact]
    public void A_box_number_alone_on_its_line_takes_its_title_from_the_next_when_the_boxs_items_follow()
    {
        var plan = Corpus.DroppedIn("""
            第五章 重点项目

            专栏1
            重大产业项目
            1.九台新材料产业园项目：建设新型建材生产线。

            专栏2
            九台北站综合枢纽项目
            卡伦湖康养小镇项目
            """, "长春市九台区国民经济和社会发展第十四个五年规划纲要");

        var boxes = Assert.Single(plan.Sections).Content.OfType<ColumnBlock>().ToList();
        // Before, the first box had no title and its title line was its text.
        Assert.Equal([("专栏 1", "重大产业项目", 6), ("专栏 2", null, 9)], boxes.Select(b => (b.Number, b.Title, b.TitleLine!.LineEnd)));
        // A bare list of names under a number: its first name is not the box's title.
        Assert.Equal(2, boxes[1].Body.Count);
        // A next line that does not read as the number's title with it (附表1 / 1.1.1: 附表11.1.1 is no box) stays
        // text; it once stopped the importer (a damaged copy of 002).
        var figures = Corpus.DroppedIn("第五章 重点项目\n\n附表1\n1.1.1\n2.生态保护修复工程\n", "长春市九台区国民经济和社会发展第十四个五年规划纲要");
        Assert.Null(figures.AllSections().SelectMany(s => s.Content).OfType<ColumnBlock>().Single().Title);
    }

    [Fact]
    public void A_division_number_alone_on_its_line_takes_its_title_from_the_next()
    {
        // Other plans' PDF extractions print “第一章” and its title on two lines.
        var plan = Corpus.DroppedIn("""
            第一章

            发展基础

            全区经济平稳发展，综合实力持续增强。

            第二章

            到2025年，全区地区生产总值达到300亿元。
            """, "长春市南关区国民经济和社会发展第十四个五年规划纲要");

        Assert.Equal([("第一章", "发展基础"), ("第二章", "")], plan.Sections.Select(s => (s.Number, s.Title)));
        Assert.Equal((3, 5), (plan.Sections[0].Heading.LineStart, plan.Sections[0].Heading.LineEnd));
        // A sentence after a bare number is the chapter's text, not its title.
        Assert.StartsWith("到2025年", Assert.IsType<Paragraph>(Assert.Single(plan.Sections[1].Content)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_of_two_clauses_under_its_division_number_is_the_title()
    {
        // 莲花山's chapters and sections as a PDF extraction prints them: the number, then its title joining
        // two clauses with a comma (line 12 of the contents, 第一章 全面建成小康社会，开启…). A comma in a line
        // with figures is the chapter's first sentence, its full stop on the next line.
        var plan = Corpus.DroppedIn("""
            第一章
            全面建成小康社会，开启全面建设社会主义现代化新征程

            “十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后的第一个五年。

            第一节
            打造特色雪都，建设冰雪新城

            冰雪旅游加快发展。

            第二章
            到2025年，全区地区生产总值达到300亿元
            以上。
            """, "长春莲花山生态旅游度假区国民经济和社会发展第十四个五年规划纲要");

        Assert.Equal([("第一章", "全面建成小康社会，开启全面建设社会主义现代化新征程"), ("第二章", "")], plan.Sections.Select(s => (s.Number, s.Title)));
        Assert.Equal(("第一节", "打造特色雪都，建设冰雪新城"), (plan.Sections[0].Children[0].Number, plan.Sections[0].Children[0].Title));
        Assert.StartsWith("到2025年", Assert.IsType<Paragraph>(Assert.Single(plan.Sections[1].Content)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_number_alone_over_a_title_listing_with_a_comma_takes_it_over_a_tables_rows()
    {
        // 004's 专栏 4 with its number apart from its title: a title may list (、) where the table's rows follow it;
        // over running text, a line listing names is the box's text.
        var plan = Corpus.DroppedIn("""
            第二章 空间布局

            专栏 4
            “八通道”区域重点开发区、工业集中区、特色小镇分布
            长春至松原市通道	开发区（5个）	长春宽城经济开发区、农安经济开发区
            	特色小镇（2个）	合隆镇、长山镇

            专栏 5
            华为长春研究所、光电信息产业园
            重点推进智能光谷产业园、晶圆测试探针台研发及产业化项目。
            """);

        var boxes = plan.AllSections().SelectMany(s => s.Content).OfType<ColumnBlock>().ToList();
        Assert.Equal(["“八通道”区域重点开发区、工业集中区、特色小镇分布", null], boxes.Select(b => b.Title));
    }

    [Fact]
    public void Tables_appended_after_the_last_chapter_stand_in_a_division_of_their_own()
    {
        // Other plans list their major projects and indicators in 附表 after the last chapter.
        var plan = Corpus.DroppedIn("""
            第一章 发展基础

            全区经济平稳发展。

            附表1 南关区“十四五”时期重大项目表
            序号	项目名称	建设内容	总投资（亿元）
            1	南关区智慧医疗产业园	建设医疗器械研发中心	12.5

            附表2：主要指标
            类别	指标	2020年	2025年	属性
            经济发展	地区生产总值（亿元）	500	700	预期性
            """, "长春市南关区国民经济和社会发展第十四个五年规划纲要");

        Assert.Equal(["发展基础", "附表"], plan.Sections.Select(s => s.Title));
        var appendix = plan.Sections[1];
        Assert.Equal(["附表1", "附表2"], appendix.Content.OfType<ColumnBlock>().Select(b => b.Number));
        Assert.Equal((7, "附表1 南关区“十四五”时期重大项目表"), (appendix.Origin.LineStart, appendix.Origin.Text));
        Assert.Empty(plan.Sections[0].Content.OfType<ColumnBlock>());
        var goal = Assert.Single(IndicatorTableFamily.Extract(plan).Goals);
        Assert.Equal(("700", 2025), (goal.Target, goal.TargetYear));
        Assert.Contains(ProjectExtraction.Extract(plan).Projects, p => p.Name == "南关区智慧医疗产业园");
    }

    [Fact]
    public void Parts_numbered_as_parts_hold_the_sections_under_them()
    {
        // Other plans name their top divisions 第一部分, 第二部分….
        var plan = Corpus.DroppedIn("""
            第一部分 发展基础

            一、发展成就

            全区经济平稳发展。

            第二部分 重点任务

            一、发展现代服务业

            二、推进城市更新
            """, "长春市南关区国民经济和社会发展第十四个五年规划纲要");

        Assert.Equal([("第一部分", "发展基础", 1), ("第二部分", "重点任务", 2)], plan.Sections.Select(s => (s.Number, s.Title, s.Ordinal)));
        Assert.Equal(["发展现代服务业", "推进城市更新"], plan.Sections[1].Children.Select(s => s.Title));
        Assert.Equal(HeadingMarker.Part, HeadingShapes.Match("第十二部分 加强规划实施保障")!.Marker);
        Assert.Null(HeadingShapes.Match("第一部分的内容已经完成了整体部署，下一步将按照时间节点推进各项工作，确保目标实现。"));
    }

    [Fact]
    public void A_heading_after_a_box_that_holds_only_a_tables_rows_ends_the_box()
    {
        // Other plans print a projects table right before their first （一） heading.
        var plan = Corpus.DroppedIn("""
            第五章 推进重大项目建设

            专栏3 “十四五”时期重大项目
            序号	项目名称	建设内容	总投资（亿元）
            1	宽城区北湖科技园二期项目	建设研发楼及配套设施	12.5
            2	长春北站综合交通枢纽改造工程	改造站前广场及地下通道	8

            （一）打造北部新城

            加快建设北湖国家湿地公园配套设施。
            """, "长春市宽城区国民经济和社会发展第十四个五年规划纲要");

        var chapter = Assert.Single(plan.Sections);
        var box = Assert.IsType<ColumnBlock>(Assert.Single(chapter.Content));
        Assert.Equal(3, box.Body.Count);
        var section = Assert.Single(chapter.Children);
        Assert.Equal(("（一）", "打造北部新城"), (section.Number, section.Title));
        Assert.Equal("加快建设北湖国家湿地公园配套设施。", Assert.IsType<Paragraph>(Assert.Single(section.Content)).Text);
        // A list box keeps its own （一） groups (长春 专栏 11's （五） 试验点 and their lists).
        var experiments = Corpus.Plan("001").AllSections().SelectMany(s => s.Content).OfType<ColumnBlock>().Single(b => b.Number == "专栏 11");
        Assert.Contains(experiments.Body, p => p.Text == "（五）农民持续增收体制机制试验点");
    }

    [Fact]
    public void Chapters_numbered_in_digits_hold_sections_numbered_with_decimals()
    {
        // Special plans drawn up by planning institutes number 第1章, then 1.1 and 1.1.1.
        var plan = Corpus.DroppedIn("""
            第1章 发展基础

            1.1 发展现状

            “十三五”期间，全市物流业增加值年均增长6%，
            1.5亿人次的旅客在枢纽中转。

            1.2面临形势

            物流需求持续增长。

            第2章 总体要求

            2.1 发展目标

            到2025年，全市社会物流总额达到3万亿元。

            2.1.1 近期目标

            到2023年，建成国家物流枢纽2个。

            3.1 重点任务

            这一行不是第2章的节。
            """, "长春市现代物流业发展“十四五”规划");

        Assert.Equal(["第1章", "第2章"], plan.Sections.Select(s => s.Number));
        Assert.Equal([("1.1", "发展现状"), ("1.2", "面临形势")], plan.Sections[0].Children.Select(s => (s.Number, s.Title)));
        var goals = Assert.Single(plan.Sections[1].Children);
        Assert.Equal(("2.1", "发展目标", 2), (goals.Number, goals.Title, goals.Depth));
        Assert.Equal(("2.1.1", "近期目标", 3), (goals.Children.Single().Number, goals.Children.Single().Title, goals.Children.Single().Depth));
        // A line opening with a figure stays running text; so does a number of another chapter's.
        Assert.Contains("1.5亿人次的旅客", Assert.IsType<Paragraph>(plan.Sections[0].Children[0].Content[0]).Text, StringComparison.Ordinal);
        Assert.Contains(goals.Children.Single().Content.OfType<Paragraph>(), p => p.Text.StartsWith("3.1 重点任务", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_attachments_after_the_last_chapter_are_divisions_of_their_own()
    {
        var plan = Corpus.DroppedIn(string.Join('\n', ["第一章 保障措施", "", "加强组织领导。", "",
            "附件1", "", "双阳区“十四五”重大项目清单", "", "序号\t项目名称\t建设内容", "1\t双阳区污水处理厂扩建工程\t新增处理能力5万吨/日", "",
            "附件二", "", "双阳区“十四五”主要指标", "", "序号\t指标\t2020年\t2025年", "1\t地区生产总值（亿元）\t200\t300", ""]));

        // Before, both tables stood in the last chapter, 保障措施.
        Assert.Equal([("第一章", "保障措施"), ("", "附件1"), ("", "附件二")], plan.Sections.Select(s => (s.Number ?? "", s.Title ?? "")));
        Assert.Equal(["双阳区“十四五”重大项目清单"], plan.Sections[1].Content.OfType<ColumnBlock>().Select(b => b.Title));
        Assert.Equal(["双阳区“十四五”主要指标"], plan.Sections[2].Content.OfType<ColumnBlock>().Select(b => b.Title));
    }

    [Fact]
    public void A_bare_list_after_running_text_cut_where_a_line_ended_a_sentence_is_the_box_the_numbering_lost()
    {
        // 004 lines 4871–4881, its 旅游 paragraph cut in two where an extraction's line happened to end a sentence.
        var lines = File.ReadAllLines(Corpus.PathOf("004"));
        var tourism = lines[4878];
        var cut = tourism.IndexOf("积极发展商务会展旅游", StringComparison.Ordinal);
        var plan = Corpus.DroppedIn(string.Join('\n',
            "第二节 协同提升现代服务业", "", lines[4870], "", lines[4872], "", lines[4874], "", lines[4876], "",
            tourism[..cut], tourism[cut..], "", lines[4880], "",
            "专栏 10 现代农业重点项目", "", "长春国家农业公园项目、九台区现代农业产业园项目、双阳区梅花鹿产业园项目。", "",
            "第三节 协同发展现代农业", "", "推进现代农业发展。", ""), "长春市国民经济和社会发展第十四个五年规划纲要");

        // Before, the list after the cut paragraph's second half stood in the section: 专栏 9 was missing.
        var boxes = plan.AllSections().SelectMany(s => s.Content).OfType<ColumnBlock>().ToList();
        Assert.Equal(["专栏 8", "专栏 9", "专栏 10"], boxes.Select(b => b.Number));
        Assert.StartsWith("长春万达影视文化街区、净月潭旅游景区综合服务体、", Assert.Single(boxes[1].Body).Text, StringComparison.Ordinal);
    }
}
