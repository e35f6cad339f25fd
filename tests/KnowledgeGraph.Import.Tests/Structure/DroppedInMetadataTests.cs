using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Structure;

/// <summary>
/// Metadata of plans a user drops in without a manifest entry, read from their own text: title, area,
/// level, period, issuer and issue date, as other plans print them.
/// </summary>
public sealed class DroppedInMetadataTests
{
    [Fact]
    public void A_drafts_title_names_the_plan_without_its_status()
    {
        var draft = Corpus.DroppedIn("第一章 发展基础\n\n全区经济平稳发展。\n", "长春市南关区国民经济和社会发展第十五个五年规划纲要（草案）").Metadata;

        Assert.Equal(("长春市南关区国民经济和社会发展第十五个五年规划纲要", "南关区", PlanLevels.District, 2030),
            (draft.Title, draft.Region, draft.Level, draft.PeriodEnd));
        Assert.Equal(["issuer"], draft.Inferred);
    }

    [Fact]
    public void The_day_a_congress_adopted_a_plan_is_its_issue_date()
    {
        var plan = Corpus.DroppedIn("""
            （2026年1月20日吉林市第十七届人民代表大会第五次会议批准）

            第一章 发展环境

            全市经济平稳发展。
            """, "吉林市国民经济和社会发展第十五个五年规划纲要");

        Assert.Equal(("2026-01-20", "吉林市", 2030), (plan.Metadata.IssuedOn, plan.Metadata.Region, plan.Metadata.PeriodEnd));
        Assert.DoesNotContain("issuedOn", plan.Metadata.Inferred);
        // A title page's month stays a month (莲花山, line 3), in digits or in Chinese numerals.
        Assert.Equal("2021-11", Corpus.Plan("000").Metadata.IssuedOn);
        var chinese = Corpus.DroppedIn("九台区人民政府\n二〇二一年三月\n\n第一章 发展基础\n\n全区经济平稳发展。\n", "长春市九台区国民经济和社会发展第十四个五年规划纲要");
        Assert.Equal(("2021-03", "九台区人民政府"), (chinese.Metadata.IssuedOn, chinese.Metadata.Issuer));
    }

    [Theory]
    [InlineData("2021.12", "2021-12")]
    [InlineData("（2021年12月）", "2021-12")]
    [InlineData("2021-12-30", "2021-12-30")]
    public void A_title_pages_date_in_figures_or_in_brackets_is_its_issue_date(string printed, string issuedOn)
    {
        var plan = Corpus.DroppedIn("九台区人民政府\n" + printed + "\n\n第一章 发展基础\n\n全区经济平稳发展。\n", "长春市九台区国民经济和社会发展第十四个五年规划纲要");

        // Before, none of the three was read.
        Assert.Equal((issuedOn, "九台区人民政府"), (plan.Metadata.IssuedOn, plan.Metadata.Issuer));
    }

    [Fact]
    public void A_joint_issuers_line_names_the_government_as_the_issuer()
    {
        var plan = Corpus.DroppedIn("中共长春市九台区委 长春市九台区人民政府\n2021年3月\n\n第一章 发展基础\n\n全区经济平稳发展。\n", "长春市九台区国民经济和社会发展第十四个五年规划纲要");

        // Before, no issuer was read from the line, and one was inferred (九台区人民政府).
        Assert.Equal(("长春市九台区人民政府", "2021-03"), (plan.Metadata.Issuer, plan.Metadata.IssuedOn));
        Assert.Empty(plan.Metadata.Inferred);
        Assert.Equal("长春市九台区国民经济和社会发展第十四个五年规划纲要", plan.Metadata.Title);
    }

    [Fact]
    public void A_plan_of_one_field_is_a_special_plan_of_the_area_its_title_opens_with()
    {
        var plan = Corpus.DroppedIn("""
            长春市人民政府办公厅
            2021年12月

            第一章 发展基础

            全市综合交通网络不断完善。
            """, "长春市“十四五”综合交通运输发展规划");

        var m = plan.Metadata;
        Assert.Equal((PlanKinds.Special, "长春市", PlanLevels.City, 2021, 2025), (m.Kind, m.Region, m.Level, m.PeriodStart, m.PeriodEnd));
        Assert.Equal(("长春市人民政府办公厅", "2021-12"), (m.Issuer, m.IssuedOn));
        Assert.Empty(m.Inferred);
        // The party committee printed beside the government does not issue the plan.
        var both = Corpus.DroppedIn("中共长春市南关区委员会\n长春市南关区人民政府\n\n第一章 发展基础\n\n全区经济平稳发展。\n", "长春市南关区国民经济和社会发展第十四个五年规划纲要");
        Assert.Equal("长春市南关区人民政府", both.Metadata.Issuer);
        // A title that does not open with its area before the period names none.
        Assert.Null(PlanTitles.RegionOf("长春现代化都市圈发展规划"));
        // A title naming no field is the area's whole plan.
        var zone = Corpus.DroppedIn("第一章 发展基础\n\n新区经济平稳发展。", "长春新区“十四五”发展规划").Metadata;
        Assert.Equal((PlanKinds.FiveYear, "长春新区", PlanLevels.Zone), (zone.Kind, zone.Region, zone.Level));
        // A field named before the period: a special plan of the area.
        var field = Corpus.DroppedIn("第一章 发展基础\n\n物流业平稳发展。", "长春市现代物流业发展“十四五”规划").Metadata;
        Assert.Equal((PlanKinds.Special, "长春市"), (field.Kind, field.Region));
    }

    [Theory]
    [InlineData("附件")]
    [InlineData("附件1")] // before, the title was read as “附件1长春市双阳区…纲要”
    [InlineData("附件 1：")]
    public void A_plan_printed_after_its_issuing_notice_takes_its_title_from_under_the_notices_attachment_mark(string mark)
    {
        var plan = StructurePass.Structure(Normaliser.Normalise(KnowledgeGraph.Import.Reading.SourceDocument.FromText("shuangyang.txt", string.Join('\n',
            "双府发〔2021〕5号", "",
            "长春市双阳区人民政府关于印发《长春市双阳区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知", "",
            "各乡镇人民政府、街道办事处，区政府各委办局：",
            "现将《长春市双阳区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》印发给你们，请认真贯彻执行。", "",
            "长春市双阳区人民政府", "2021年4月15日", "",
            "（此件公开发布）", "",
            mark, "",
            "长春市双阳区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "",
            "第一章 发展目标", "",
            "到2025年，全区地区生产总值达到300亿元。", ""))), null).Plans.Single();

        var m = plan.Metadata;
        Assert.Equal(("长春市双阳区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "双阳区", "长春市双阳区人民政府", "2021-04-15"),
            (m.Title, m.Region, m.Issuer, m.IssuedOn));
        Assert.Equal(15, plan.TitleLines.Single().LineStart);
        // 附件 marks what the notice attaches: no division of the plan.
        Assert.Equal(["第一章"], plan.Sections.Select(s => s.Number));
    }

    [Theory]
    [InlineData("确保规划纲要目标顺利实现。", true)] // 绿园区's, line 887
    [InlineData("《纲要》提出的约束性指标，将分解落实到相关部门。", true)]
    [InlineData("本纲要主要阐明全区发展战略。", true)]
    [InlineData("贯彻落实省市规划纲要，做好衔接。", false)]
    [InlineData("落实《长春市国民经济和社会发展第十四个五年规划纲要》。", false)]
    [InlineData("推动规划实施。", false)]
    public void A_plan_that_prints_no_title_is_an_outline_when_it_calls_itself_one(string sentence, bool outline)
    {
        var m = Corpus.DroppedIn("双阳区立足“十四五”新起点，加快发展。\n\n第一章 发展目标\n\n" + sentence + "\n", title: "").Metadata;

        Assert.Equal("双阳区国民经济和社会发展第十四个五年规划" + (outline ? "纲要" : ""), m.Title);
        Assert.Contains("title", m.Inferred);
    }

    [Theory]
    [InlineData("在此基础上再奋斗五年，到2035年，全区经济实力大幅跃升，基本实现社会主义现代化新绿园。", 2035)] // 绿园区's, line 38
    [InlineData("展望二〇三五年，全区基本实现社会主义现代化。", 2035)]
    [InlineData("到2030年，全区基本实现农业现代化。", null)] // the plan's own period
    [InlineData("到2035年，全区地区生产总值翻一番。", null)]
    public void A_plan_whose_headings_name_no_vision_year_takes_the_one_its_text_looks_to(string sentence, int? vision)
    {
        var m = Corpus.DroppedIn("双阳区立足“十五五”新起点，加快发展。\n\n第一章 目标愿景\n\n" + sentence + "\n", title: "").Metadata;

        Assert.Equal((2026, 2030, vision), (m.PeriodStart, m.PeriodEnd, m.VisionYear));
    }
}
