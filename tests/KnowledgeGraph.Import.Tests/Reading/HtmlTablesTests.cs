using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Reading;

/// <summary>HTML tables in a plan converted to Markdown (as PDF converters write them): rows of tab-separated cells, numbered by the file's lines.</summary>
public sealed class HtmlTablesTests
{
    [Fact]
    public void A_table_on_one_line_is_its_rows_with_merged_cells_printed_once()
    {
        var document = HtmlTables.Expand(SourceDocument.FromText("plan.txt", string.Join('\n',
            "专栏1 主要指标",
            "前文<table><tr><th>类别</th><th colspan=\"2\">指标</th><th>2025年</th></tr>"
            + "<tr><td rowspan=\"2\">经济<br/>发展</td><td>1</td><td>地区生产总值&amp;增速</td><td>6</td></tr>"
            + "<tr><td>2</td><td><b>城镇化率</b></td><td>92</td></tr></table>后文",
            "下一行")));

        Assert.Equal(["专栏1 主要指标", "前文", "类别\t指标\t\t2025年", "经济发展\t1\t地区生产总值&增速\t6", "\t2\t城镇化率\t92", "后文", "下一行"], document.Lines);
        Assert.Equal([1, 2, 2, 2, 2, 2, 3], document.LineNumbers!);
    }

    [Fact]
    public void A_table_over_several_lines_keeps_each_rows_own_line()
    {
        var document = HtmlTables.Expand(SourceDocument.FromText("plan.txt", string.Join('\n',
            "<table>", "<tr><td>序号</td><td>项目名称</td></tr>", "<tr><td>1</td><td>北湖科技园二期项目</td></tr>", "</table>", "第三章 保障措施")));

        Assert.Equal(["序号\t项目名称", "1\t北湖科技园二期项目", "第三章 保障措施"], document.Lines);
        Assert.Equal([2, 3, 5], document.LineNumbers!);
    }

    [Fact]
    public void A_table_mark_around_text_and_no_rows_drops_none_of_the_text()
    {
        var document = HtmlTables.Expand(SourceDocument.FromText("plan.txt", string.Join('\n', "<table>", "第一章 总则", "全区经济平稳发展。", "</table>", "第二章 目标")));

        Assert.Contains("第一章 总则", document.Lines);
        Assert.Contains("全区经济平稳发展。", document.Lines);
        Assert.Equal(document.Lines.Count, document.LineNumbers!.Count);
    }

    [Fact]
    public void A_plan_without_tables_is_read_as_it_is()
    {
        var document = SourceDocument.FromText("plan.txt", "第一章 总则\n到2025年，全区地区生产总值达到500亿元。");
        Assert.Same(document, HtmlTables.Expand(document));
    }

    [Fact]
    public void Facts_from_a_table_quote_the_files_own_lines()
    {
        var plans = Directory.CreateTempSubdirectory("kg-html-");
        try
        {
            File.WriteAllText(Path.Combine(plans.FullName, "kuancheng.txt"), string.Join('\n',
                "# 长春市宽城区国民经济和社会发展第十四个五年规划纲要", "",
                "## 第一章 发展目标", "",
                "专栏1 主要指标", "",
                "<table><tr><td>序号</td><td>指标</td><td>2020年</td><td>2025年</td><td>属性</td></tr><tr><td>1</td><td>森林覆盖率（%）</td><td>10</td><td>12</td><td>约束性</td></tr></table>", "",
                "## 第二章 重点项目", "",
                "专栏2 重大项目", "",
                "<table>", "<tr><th>序号</th><th>项目名称</th></tr>", "<tr><td>1</td><td>北湖科技园二期项目</td></tr>", "</table>", ""));

            var graph = ImportPipeline.Run(new ImportOptions(plans.FullName, Corpus.ImportDirectory)).Graph;

            var forest = graph.Nodes.Single(n => n.Label == Labels.Goal);
            Assert.Equal(("12", GoalAttributes.Binding, 7), (forest.Props.GetString("target"), forest.Props.GetString("attribute"), forest.Provenance.LineStart));
            var project = graph.Nodes.Single(n => n.Label == Labels.Project);
            Assert.Equal(("北湖科技园二期项目", 15), (project.Props.GetString("name"), project.Provenance.LineStart));
            // The chapter after a table keeps its own line.
            Assert.Equal(9, graph.Nodes.Single(n => n.Label == Labels.Section && n.Props.GetString("number") == "第二章").Provenance.LineStart);
        }
        finally
        {
            plans.Delete(recursive: true);
        }
    }
}
