using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Structure;

public class StructurePassTests
{
    [Fact]
    public void Numbered_divisions_nest_by_their_marker()
    {
        var plan = Corpus.Plan("000");

        Assert.Equal(["前言", "第一章", "第二章", "第三章", "第四章", "第五章", "第六章", "第七章", "第八章", "第九章", "第十章", "第十一章"],
            plan.Sections.Select(s => s.Number.Length == 0 ? s.Title : s.Number));
        var goals = plan.Sections[1].Children[2];
        Assert.Equal(("第三节", "主要目标", 2, 3), (goals.Number, goals.Title, goals.Depth, goals.Ordinal));
        var first = goals.Children[0];
        // Spaces the PDF extraction put between characters (“2025 年”, “布 局”) are not part of a title.
        Assert.Equal(("一、", "2025年发展目标", 3), (first.Number, first.Title, first.Depth));
        var column = Assert.Single(first.Content.OfType<ColumnBlock>());
        Assert.Equal("专栏 1", column.Number);
        Assert.StartsWith("度假区“十四五”规划经济社会发展主要指标", column.Title);
        Assert.Equal(("二、", "2035年远景目标"), (goals.Children[1].Number, goals.Children[1].Title));
    }

    [Fact]
    public void The_table_of_contents_is_not_structure()
    {
        var plan = Corpus.Plan("000");

        Assert.All(plan.AllSections(), s => Assert.True(s.Heading.LineStart > 63, $"{s.Title} at line {s.Heading.LineStart}"));
        // 前言, 11 chapters and the 41 sections the contents list.
        Assert.Equal(1 + 11 + 41, plan.AllSections().Count(s => s.Depth <= 2));
    }

    [Fact]
    public void A_city_plan_has_parts_chapters_and_sections()
    {
        var plan = Corpus.Plan("001");

        Assert.Equal(17, plan.Sections.Count);
        Assert.Equal(("第十篇", "加快数字长春建设，引领经济社会数字化转型"), (plan.Sections[9].Number, plan.Sections[9].Title));
        var box = plan.AllSections().SelectMany(s => s.Content.OfType<ColumnBlock>()).Single(c => c.Number == "专栏 2");
        Assert.Equal("长春国家区域创新中心重点项目", box.Title);
        Assert.Contains(box.Body, p => p.Text.Contains("华为长春研究所", StringComparison.Ordinal));
        Assert.Equal(15, plan.AllSections().SelectMany(s => s.Content.OfType<ColumnBlock>()).Count());
    }

    [Fact]
    public void Unnumbered_docx_headings_get_inferred_levels()
    {
        var plan = Corpus.Plan("002");

        var part = plan.Sections.Single(s => s.Title == "筑牢发展空间基底，着力优化区域发展布局");
        Assert.Equal(1, part.Depth);
        var chapter = part.Children[0];
        Assert.Equal(("服务支撑长春现代化都市圈", 2), (chapter.Title, chapter.Depth));
        Assert.Equal(("打造对外开放枢纽", 3), (chapter.Children[0].Title, chapter.Children[0].Depth));
        // A part whose title line is a lost bookmark line followed by its title.
        Assert.Contains(plan.Sections, s => s.Title == "绘就乡村振兴画卷，打造农业农村现代化典范" && s.Depth == 1);
        var box = plan.AllSections().SelectMany(s => s.Content.OfType<ColumnBlock>()).Single(c => c.Number == "专栏 1");
        Assert.Equal("优化区域发展布局重点项目", box.Title);
        Assert.Contains(box.Body, p => p.Text == "重点推进长春海吉星交易中心项目。");
    }

    [Fact]
    public void A_part_whose_heading_line_was_lost_stands_apart_from_the_part_its_box_closed()
    {
        // 002 line 383: 专栏 3 促进科技创新与产业创新深度融合建设重点项目 closes the part of line 341; the part
        // that follows prints no heading, only its opening paragraph (line 397: “围绕激发区域活力，创新消费供给…”)
        // before its chapter 打造烟火气消费场景 (line 398). Likewise line 565 after 专栏6 (打造农业农村现代化…).
        var plan = Corpus.Plan("002");

        Assert.Equal(14, plan.Sections.Count);
        Assert.Equal(Enumerable.Range(1, 14), plan.Sections.Select(s => s.Ordinal));
        var science = plan.Sections.Single(s => s.Title == "促进科技创新与产业创新深度融合，加快培育新质生产力");
        Assert.DoesNotContain(science.Children, c => c.Title == "打造烟火气消费场景");
        var demand = plan.Sections[6];
        Assert.Equal(("", 1, 397), (demand.Title, demand.Depth, demand.Heading.LineStart));
        Assert.StartsWith("围绕激发区域活力，创新消费供给", demand.Heading.Text, StringComparison.Ordinal);
        Assert.Equal(["打造烟火气消费场景", "全面优化消费环境", ""], demand.Children.Select(c => c.Title));
        Assert.Contains(Descendants(demand), s => s.Content.OfType<ColumnBlock>().Any(b => b.Title == "全方位扩大内需建设重点项目"));
        var ecology = plan.Sections[9];
        Assert.Equal(("", 565), (ecology.Title, ecology.Heading.LineStart));
        Assert.Equal("深入打好污染防治攻坚战", ecology.Children[0].Title);
        // A part whose box names another topic keeps the chapters after it (专栏 5 文化旅游发展重点项目).
        Assert.Equal(["促进文化事业繁荣发展", "保护传承历史文化遗产"], plan.Sections[7].Children.Take(2).Select(c => c.Title));
    }

    [Fact]
    public void A_section_heading_after_a_lost_line_opens_the_chapter_that_line_was()
    {
        // 002 prints a space where a line was dropped. Before a section's heading, right after running
        // text, that line was its chapter's heading: line 16 (指导思想 and 规划原则 are not 发展基础与环境's),
        // line 304 (深化航博城核心吸引力 after 构建创新驱动的产业生态) and line 422 (the investment its part's
        // opening paragraph announces: “…精准扩大投资…”).
        var plan = Corpus.Plan("002");
        var sections = plan.AllSections().ToList();

        var lost = sections.Where(s => s.Title.Length == 0 && s.Depth > 0 && s.Heading.Text.Length == 0).ToList();
        Assert.Equal([16, 304, 422], lost.Select(s => s.Heading.LineStart));
        Assert.All(lost, s => Assert.True(s.HeadingLost));
        Assert.Equal(["指导思想", "规划原则"], lost[0].Children.Select(c => c.Title));
        Assert.Equal(["发展基础与环境", "", "发展目标"], plan.Sections.Take(3).Select(s => s.Title));
        Assert.Equal(["深化航博城核心吸引力", "营造商业氛围完善服务设施"], lost[1].Children.Select(c => c.Title));
        Assert.Equal("加快推进航博城建设，打造区域发展新增长极", sections.Single(s => s.Children.Contains(lost[1])).Title);
        Assert.Equal(["着力拓展投资空间", "加大产业投资力度", "强化重大项目推进"], lost[2].Children.Select(c => c.Title));
        var consumption = sections.Single(s => s.Title == "全面优化消费环境");
        Assert.Equal("融入全国统一大市场建设", consumption.Children[^1].Title);
        // A part's heading after a box keeps its rank (line 291 starts with a space too).
        Assert.Equal(1, sections.Single(s => s.Title == "加快推进航博城建设，打造区域发展新增长极").Depth);
    }

    [Fact]
    public void A_section_heading_that_lost_its_bookmark_still_opens_a_section()
    {
        // 002 lines 355 and 419 print their headings without the bookmark every other heading carries;
        // the text under each opens with run-in topics (夯实算力底座。…, 严格落实公平竞争审查制度。…).
        var plan = Corpus.Plan("002");
        var sections = plan.AllSections().ToList();

        var innovation = sections.Single(s => s.Title == "强化创新引领作用");
        Assert.Equal(["推进科技体制机制创新", "推动科技创新实体建设", "深化科技创新人才梯队建设", "提升数字经济创新赋能水平"],
            innovation.Children.Select(c => c.Title));
        var consumption = sections.Single(s => s.Title == "全面优化消费环境");
        var market = consumption.Children.Single(c => c.Title == "融入全国统一大市场建设");
        Assert.Equal((419, 4), (market.Heading.LineStart, market.Ordinal));
        Assert.StartsWith("严格落实公平竞争审查制度。", market.Content.OfType<Paragraph>().First().Text, StringComparison.Ordinal);
        Assert.DoesNotContain(sections.Single(s => s.Title == "优化治理监督模式").Content.OfType<Paragraph>(),
            p => p.Text.Contains("融入全国统一大市场", StringComparison.Ordinal));
    }

    private static IEnumerable<SectionNode> Descendants(SectionNode section) =>
        section.Children.SelectMany(c => Descendants(c).Prepend(c));

    [Fact]
    public void A_named_division_after_the_chapters_stands_at_the_top()
    {
        var plan = Corpus.Plan("003");

        var glossary = plan.Sections[^1];
        Assert.Equal(("名词解释", 1), (glossary.Title, glossary.Depth));
        Assert.Equal(13, plan.Sections.Count(s => s.Number.EndsWith('篇')));
    }

    [Fact]
    public void A_compilation_yields_its_collection_and_the_sub_plans_present()
    {
        var document = Corpus.Structure("004");

        var collection = document.Plans[0];
        Assert.Equal(PlanKinds.Collection, collection.Metadata.Kind);
        var subPlans = document.Plans.Skip(1).ToList();
        Assert.Equal([1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13], subPlans.Select(p => p.Metadata.SequenceNumber!.Value));
        Assert.All(subPlans, p => Assert.Equal(collection.Id, p.CollectionId));
        Assert.All(subPlans, p => Assert.Equal((PlanLevels.Province, PlanKinds.Special, "吉林省"), (p.Metadata.Level, p.Metadata.Kind, p.Metadata.Region)));
        var corridor = subPlans.Single(p => p.Metadata.SequenceNumber == 9);
        Assert.Equal("白松长通至辽宁（丹东港、营口港、大连港）大通道发展规划", corridor.Metadata.Title);
        Assert.Equal((2021, 2030), (corridor.Metadata.PeriodStart, corridor.Metadata.PeriodEnd));
        var medicine = subPlans.Single(p => p.Metadata.SequenceNumber == 3);
        Assert.Equal((2018, 2025), (medicine.Metadata.PeriodStart, medicine.Metadata.PeriodEnd));
        // Each sub-plan starts its own chapter numbering.
        Assert.All(subPlans, p => Assert.Contains(p.Sections, s => s.Number == "第一章"));
    }

    [Fact]
    public void Numbered_lines_that_name_sources_are_items_not_headings()
    {
        // 004 lines 4524–4528, 西部清洁能源基地's 第三节 技术标准: item 1 is too long for a heading, and item 2,
        // left without a neighbour, named only a standard (《太阳能资源评估方法》（GB / T37526—2019）).
        var plan = Corpus.Plan("004", "清洁能源基地");
        var sections = plan.AllSections().ToList();

        var standards = sections.Single(s => s.Title == "技术标准");
        Assert.Empty(standards.Children);
        Assert.Equal(["1. 《风电场工程风能资源测量与评估技术规范》（NB / T31147—2018）", "2. 《太阳能资源评估方法》（GB / T37526—2019）"],
            standards.Content.OfType<Paragraph>().Select(p => p.Text));
        Assert.DoesNotContain(sections, s => s.Title.StartsWith('《'));
    }

    [Fact]
    public void A_box_whose_title_line_was_lost_is_recovered_from_the_numbering_gap()
    {
        var plan = Corpus.Plan("004", "长春现代化都市圈发展规划");

        var boxes = plan.AllSections().SelectMany(s => s.Content.OfType<ColumnBlock>()).ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"专栏 {n}"), boxes.Select(b => b.Number));
        var headless = boxes.Single(b => b.Number == "专栏 7");
        Assert.Null(headless.Title);
        Assert.Null(headless.TitleLine);
        Assert.Equal("先进装备制造重点项目", headless.Body[0].Text);
        Assert.Equal(461, headless.LineStart);
    }

    [Fact]
    public void A_bare_list_after_the_sections_text_is_a_box_whose_title_was_lost()
    {
        var boxes = Boxes("长春吉林一体化协同发展规划");

        // 专栏 8 物流产业重点项目 is its one list; the 金融 and 旅游 paragraphs after it are the section's,
        // and the list of tourism projects after them is the box the numbering lost.
        var logistics = boxes.Single(b => b.Number == "专栏 8");
        Assert.StartsWith("长东北国际现代物流园、", Assert.Single(logistics.Body).Text, StringComparison.Ordinal);
        var tourism = boxes.Single(b => b.Number == "专栏 9");
        Assert.Null(tourism.Title);
        Assert.StartsWith("长春万达影视文化街区、净月潭旅游景区综合服务体、", Assert.Single(tourism.Body).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_of_items_naming_things_after_the_sections_verbs_is_a_box_whose_title_was_lost()
    {
        var integration = Boxes("长春吉林一体化协同发展规划");
        // After 支持高新技术企业及创新型企业发展。…: 科技平台体系。… 知识产权服务体系。… 科技政策咨询体系。…
        var science = integration.Single(b => b.Number == "专栏 10");
        Assert.Equal(4, science.Body.Count);
        Assert.StartsWith("科技平台体系。", science.Body[0].Text, StringComparison.Ordinal);
        var energy = integration.Single(b => b.Number == "专栏 12");
        Assert.Null(energy.Title);
        Assert.Equal(["石油天然气管网建设", "电源建设", "电网建设"], energy.Body.Select(p => p.Text[..p.Text.IndexOf('。')]));

        var winter = Boxes("长通白延吉长避暑休闲冰雪旅游大环线发展规划");
        Assert.Equal(["高速公路", "国省干道", "机场"], winter.Single(b => b.Number == "专栏 2").Body.Select(p => p.Text[..p.Text.IndexOf('。')]));
        // The section's own run (加快旅游风景廊道建设。… 加快旅游营地驿站建设。… 稳步推进慢行系统建设。…) says what
        // to do: it is no box, though its topics end alike.
        Assert.DoesNotContain(winter, b => b.Body.Any(p => p.Text.StartsWith("加快旅游风景廊道建设。", StringComparison.Ordinal)));
    }

    private static List<ColumnBlock> Boxes(string plan) =>
        Corpus.Plan("004", plan).AllSections().SelectMany(s => s.Content.OfType<ColumnBlock>()).ToList();

    [Fact]
    public void Metadata_is_read_from_the_text_when_the_manifest_has_no_entry()
    {
        var zone = StructurePass.Structure(Corpus.Normalise("000"), null).Plans[0].Metadata;
        Assert.Equal("长春莲花山生态旅游度假区国民经济和社会发展第十四个五年规划纲要", zone.Title);
        Assert.Equal((PlanLevels.Zone, PlanKinds.FiveYear, "长春莲花山生态旅游度假区"), (zone.Level, zone.Kind, zone.Region));
        Assert.Equal((2021, 2025, 2035), (zone.PeriodStart, zone.PeriodEnd, zone.VisionYear));
        Assert.Equal(("莲花山生态旅游度假区管理委员会", "2021-11"), (zone.Issuer, zone.IssuedOn));
        Assert.Empty(zone.Inferred);

        var district = StructurePass.Structure(Corpus.Normalise("002"), null).Plans[0].Metadata;
        Assert.Equal(("绿园区", PlanLevels.District), (district.Region, district.Level));
        Assert.Equal((2026, 2030, 2035), (district.PeriodStart, district.PeriodEnd, district.VisionYear));
        // It prints no title but calls itself its 规划纲要 (line 887), as the manifest names it.
        Assert.Equal("绿园区国民经济和社会发展第十五个五年规划纲要", district.Title);
        Assert.Contains("title", district.Inferred);
        Assert.Contains("issuer", district.Inferred);

        // The compilation states no period: it spans its plans' (2018–2025 … 2021–2035), as with its
        // manifest entry, not the “十四五” its contents name most.
        var compilation = StructurePass.Structure(Corpus.Normalise("004"), null).Plans[0].Metadata;
        Assert.Equal((PlanKinds.Collection, 2018, 2035, null), (compilation.Kind, compilation.PeriodStart, compilation.PeriodEnd, compilation.VisionYear));
        Assert.Equal(["periodStart", "periodEnd"], compilation.Inferred);
    }

    [Fact]
    public void Text_without_any_heading_is_not_a_plan()
    {
        var source = SourceDocument.FromText("notes.txt", "这是一段普通的文字，没有任何章节。\n第二段文字也没有标题。\n");

        var e = Assert.Throws<PlanInputException>(() => StructurePass.Structure(Normaliser.Normalise(source), null));

        Assert.Equal("notes.txt", e.File);
    }

    [Fact]
    public void Ids_are_the_same_on_every_run()
    {
        var first = StructurePass.Structure(Normaliser.Normalise(PlanFileReader.Read(Corpus.PathOf("003"))), Corpus.Manifest.For("003_c5dfd00fd8d6cade.txt"));
        var second = Corpus.Structure("003");

        Assert.Equal(first.Plans[0].AllSections().Select(s => s.Id), second.Plans[0].AllSections().Select(s => s.Id));
        Assert.Equal(first.Plans[0].Id, second.Plans[0].Id);
    }
}
