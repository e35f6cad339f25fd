using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Import.Tests.Reading;

/// <summary>Grid tables in a plan converted to Markdown (pandoc writes tables with wrapped cells so): one tab-separated line per row.</summary>
public sealed class GridTablesTests
{
    [Fact]
    public void A_row_whose_cells_wrap_over_several_lines_is_one_line_of_cells()
    {
        var document = GridTables.Expand(SourceDocument.FromText("plan.txt", string.Join('\n',
            "表1 南关区“十四五”主要指标",
            "+------+--------------------------+--------+--------+",
            "| 序号 | 指标                     | 2025年 | 属性   |",
            "+======+==========================+========+========+",
            "| 1    | 地区生产总值（亿元）     | 800    | 预期性 |",
            "+------+--------------------------+--------+--------+",
            "| 2    | 数字经济核心产业增加值占 | 10     | 预期性 |",
            "|      | 地区生产总值比重（%）    |        |        |",
            "+------+--------------------------+--------+--------+",
            "第三章 保障措施")));

        // Before, the wrapped row's second line was a row of its own and the row was lost.
        Assert.Equal(["表1 南关区“十四五”主要指标", "序号\t指标\t2025年\t属性", "1\t地区生产总值（亿元）\t800\t预期性",
            "2\t数字经济核心产业增加值占地区生产总值比重（%）\t10\t预期性", "第三章 保障措施"], document.Lines);
        Assert.Equal([1, 3, 5, 7, 10], document.LineNumbers!);
    }

    [Fact]
    public void A_border_alone_or_a_plan_without_grid_tables_is_left_as_printed()
    {
        var plain = SourceDocument.FromText("plan.txt", "第一章 总则\n全区经济平稳发展。");
        Assert.Same(plain, GridTables.Expand(plain));

        var border = GridTables.Expand(SourceDocument.FromText("plan.txt", "+---+\n全区经济平稳发展。"));
        Assert.Equal(["+---+", "全区经济平稳发展。"], border.Lines);
    }
}
