using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>Indicator tables printed without a 专栏/表 number: titled only by their words, or with no title at all.</summary>
public sealed class UntitledTablesTests
{
    [Theory]
    [InlineData("tabs")]
    [InlineData("spaces")]
    [InlineData("a cell to a line")]
    public void A_table_titled_without_a_number_is_read(string layout)
    {
        string[] header = ["序号", "指标", "2020年", "2025年", "属性"];
        string[][] rows = [["1", "地区生产总值（亿元）", "600", "800", "预期性"], ["2", "森林覆盖率（%）", "28", "30", "约束性"]];
        var table = layout switch
        {
            "tabs" => [string.Join('\t', header), .. rows.Select(r => string.Join('\t', r))],
            "spaces" => [string.Join(' ', header), .. rows.Select(r => string.Join(' ', r))],
            _ => (string[])[.. header, .. rows.SelectMany(r => r)],
        };
        var plan = Corpus.DroppedIn(string.Join('\n', ["第二章 主要目标", "", "到2025年，全区经济实力明显增强。", "",
            "南关区“十四五”时期经济社会发展主要指标", "", .. table, "", "第三章 发展任务", "", "全区经济平稳发展。", ""]),
            "长春市南关区国民经济和社会发展第十四个五年规划纲要");

        // Before, a table was read only under a 专栏/表 number, and none of these rows was a goal.
        var box = Assert.Single(IndicatorTableFamily.Columns(plan));
        Assert.Equal(("", "南关区“十四五”时期经济社会发展主要指标"), (box.Number, box.Title));
        Assert.Equal([("地区生产总值（亿元）", "600", "800", GoalAttributes.Expected), ("森林覆盖率（%）", "28", "30", GoalAttributes.Binding)],
            IndicatorTableFamily.Extract(plan).Goals.Select(g => (g.Text, g.Baseline, g.Target, g.Attribute)));
    }

    [Fact]
    public void A_table_printed_with_no_title_after_the_text_that_introduces_it_is_read()
    {
        var plan = Corpus.DroppedIn(string.Join('\n', ["第二章 主要目标", "", "到2025年，全区经济实力明显增强，主要指标如下：", "",
            "序号\t指标\t2020年\t2025年\t属性", "1\t地区生产总值（亿元）\t600\t800\t预期性", "2\t森林覆盖率（%）\t28\t30\t约束性", "",
            "第三章 发展任务", "", "全区经济平稳发展。", "", "第四章 保障措施", "", "建立健全规划实施机制，主要内容如下：", "序号\t项目名称\t建设内容", ""]),
            "长春市南关区国民经济和社会发展第十四个五年规划纲要");

        // Before, a table without a 专栏/表 number was not read. A header with no rows under it is no table.
        var box = Assert.Single(IndicatorTableFamily.Columns(plan));
        Assert.Equal(("", null, 7), (box.Number, box.Title, box.LineStart)); // the header's line, under the title and a blank line
        Assert.Equal([("地区生产总值（亿元）", "800"), ("森林覆盖率（%）", "30")], IndicatorTableFamily.Extract(plan).Goals.Select(g => (g.Text, g.Target)));
    }
}
