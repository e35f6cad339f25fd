using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Structure;

/// <summary>
/// Plans copied from the government website that published them: the page's information table,
/// breadcrumb and links come along, in the shapes government sites print them.
/// </summary>
public sealed class WebPageCopyTests
{
    private static StructuredPlan Copied(string file, params string[] lines) =>
        StructurePass.Structure(Normaliser.Normalise(SourceDocument.FromText(file, string.Join('\n', lines))), null).Plans.Single();

    private static IEnumerable<string> Text(StructuredPlan plan) =>
        plan.Front.OfType<Paragraph>().Concat(plan.Sections.SelectMany(s => s.Content.OfType<Paragraph>())).Select(p => p.Text);

    [Fact]
    public void The_information_table_over_a_copied_plan_gives_its_issuer_and_date_and_is_not_its_text()
    {
        // A district's page as copied: pairs without colons, two to a line, then one to a line; the links doubled.
        var plan = Copied("yuzhong.txt",
            "索引号 11500103736554073R/2021-00009 发布机构 渝中区发展改革委",
            "成文日期 2020-12-16 发布日期 2020-12-18 主题分类 国民经济发展规划、计划",
            "体裁分类 规划 发文字号 渝中委发〔2020〕15号 有效性",
            "索引号 11500103736554073R/2021-00009",
            "发布机构 渝中区发展改革委",
            "主题分类 国民经济发展规划、计划",
            "体裁分类 规划",
            "有效性", "",
            "重庆市渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "",
            "打印 打印", "纠错 纠错", "分享到", "",
            "第一章 发展基础", "",
            "全区经济平稳发展，综合实力持续增强。");

        var m = plan.Metadata;
        // Before, the table's lines ran together into the title: “主题分类国民经济发展规划、计划成文日期…体裁分类规划”.
        Assert.Equal(("重庆市渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "渝中区", "渝中区发展改革委", "2020-12-16"),
            (m.Title, m.Region, m.Issuer, m.IssuedOn));
        Assert.Empty(m.Inferred);
        Assert.Equal(10, plan.TitleLines.Single().LineStart);
        Assert.DoesNotContain(Text(plan), t => t.Contains("索引号", StringComparison.Ordinal) || t.Contains("打印", StringComparison.Ordinal) || t.Contains("分享到", StringComparison.Ordinal));
        Assert.Equal(["全区经济平稳发展，综合实力持续增强。"], plan.Sections.Single().Content.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_copy_without_the_title_over_its_text_is_named_by_the_tables_title_line()
    {
        // A province's page: spaced labels with colons, tab-separated pairs, a breadcrumb and links over and under the text.
        var plan = Copied("jilin.txt",
            "当前位置：首页 > 政务公开 > 规划计划",
            "索　引　号：11220200013544357T/2021-02345\t分　　类：国民经济管理、国有资产监管;规划",
            "发文机关：吉林市人民政府\t成文日期：2021年03月29日",
            "标　　题：吉林市国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
            "发文字号：吉市政发〔2021〕7号\t发布日期：2021年04月06日",
            "【字体：大 中 小】【打印本页】【关闭窗口】", "",
            "第一章 发展目标", "",
            "到2025年，全市地区生产总值达到2000亿元。", "",
            "【打印本页】 【关闭窗口】",
            "扫一扫在手机打开当前页");

        var m = plan.Metadata;
        Assert.Equal(("吉林市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "吉林市", "吉林市人民政府", "2021-03-29", 2035),
            (m.Title, m.Region, m.Issuer, m.IssuedOn, m.VisionYear));
        Assert.Empty(m.Inferred);
        // The title's provenance is the table's line that prints it.
        Assert.Equal(4, plan.TitleLines.Single().LineStart);
        Assert.Equal(["到2025年，全市地区生产总值达到2000亿元。"], Text(plan));
    }

    [Fact]
    public void A_table_printed_one_cell_to_a_line_pairs_each_label_with_the_line_under_it()
    {
        var plan = Copied("chaoyang.txt",
            "索引号", "11220104/2021-00031",
            "发布机构", "长春市朝阳区人民政府",
            "生成日期", "2021-04-12",
            "有效性",
            "长春市朝阳区国民经济和社会发展第十四个五年规划纲要",
            "第一章 发展目标",
            "到2025年，全区地区生产总值达到900亿元。");

        Assert.Equal(("长春市朝阳区国民经济和社会发展第十四个五年规划纲要", "长春市朝阳区人民政府", "2021-04-12"),
            (plan.Metadata.Title, plan.Metadata.Issuer, plan.Metadata.IssuedOn));
        // 有效性 printed empty: the title under it is the plan's, not that label's value.
        Assert.Equal(8, plan.TitleLines.Single().LineStart);
    }

    [Fact]
    public void One_line_opening_with_a_label_is_the_plans_text()
    {
        var plan = Corpus.DroppedIn("""
            名称：规划编制说明
            来源：区发展和改革局

            第一章 发展目标

            到2025年，全区地区生产总值达到700亿元。
            """, "长春市绿园区国民经济和社会发展第十四个五年规划纲要");

        Assert.Contains("名称：规划编制说明", Text(plan));
        Assert.Equal(["issuer"], plan.Metadata.Inferred);
        Assert.Null(plan.Metadata.IssuedOn);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_bundled_plans_print_no_page_frame(string prefix)
    {
        var document = Corpus.Normalise(prefix);

        Assert.DoesNotContain(document.Lines, l => l.Role == LineRole.PageFrame);
        Assert.Empty(document.Page.All);
    }
}
