using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>
/// Indicator tables as other plans print them (the bundled ones do not), read from plans dropped in:
/// one cell per line with no tabs and no blank lines between rows, units in a column of their own, names
/// that print no unit in spaced rows.
/// </summary>
public sealed class OtherPlansIndicatorTablesTests
{
    internal static IReadOnlyList<GoalRecord> Goals(string table) =>
        IndicatorTableFamily.Extract(Corpus.DroppedIn("第二章 主要目标\n\n" + table, "吉林市国民经济和社会发展第十五个五年规划纲要")).Goals;

    [Fact]
    public void Rows_end_with_their_attribute_and_a_category_printed_once_heads_the_rows_under_it()
    {
        var goals = Goals("""
            表1 吉林市“十五五”时期经济社会发展主要指标
            类别
            指标
            2025年
            2030年
            年均增长
            属性
            经济发展
            地区生产总值增长（%）
            —
            —
            5.5左右
            预期性
            全员劳动生产率（万元/人）
            18
            23
            5
            预期性
            绿色生态
            单位地区生产总值能源消耗降低（%）
            —
            —
            [13.5]
            约束性
            """);

        Assert.Equal(["地区生产总值增长（%）", "全员劳动生产率（万元/人）", "单位地区生产总值能源消耗降低（%）"], goals.Select(g => g.Text));
        var gdp = goals[0];
        Assert.Equal(("5.5左右", 5.5, 2030, "经济发展", GoalAttributes.Expected), (gdp.Target, gdp.TargetValue, gdp.TargetYear, gdp.Category, gdp.Attribute));
        // A cell holding only a number is a value, not a page number.
        var productivity = goals[1];
        Assert.Equal(("18", 2025, "23", 23.0, "经济发展"), (productivity.Baseline, productivity.BaselineYear, productivity.Target, productivity.TargetValue, productivity.Category));
        Assert.Equal(("绿色生态", GoalAttributes.Binding, "[13.5]"), (goals[2].Category, goals[2].Attribute, goals[2].Target));
        Assert.Equal((18, 22), (productivity.Provenance.LineStart, productivity.Provenance.LineEnd));
    }

    [Fact]
    public void A_name_wrapped_with_its_unit_on_a_line_of_its_own_is_one_name_after_the_rows_number()
    {
        var goals = Goals("""
            专栏1 “十五五”时期主要指标
            序号
            指标
            2025年
            2030年
            属性
            1
            常住人口城镇化率
            （%）
            68
            72
            预期性
            - 12 -
            2
            每千人口拥有3岁以下婴幼儿托位数
            （个）
            3.5
            4.5
            预期性
            注：[ ]内为五年累计数。
            """);

        Assert.Equal(["常住人口城镇化率（%）", "每千人口拥有3岁以下婴幼儿托位数（个）"], goals.Select(g => g.Text));
        Assert.Equal(("72", "%"), (goals[0].Target, goals[0].Unit));
        // The page number between the rows is no cell.
        Assert.Equal(("3.5", "4.5"), (goals[1].Baseline, goals[1].Target));
    }

    [Fact]
    public void A_table_without_an_attribute_or_number_column_is_read_row_by_row_from_its_values()
    {
        // No 属性 to end a row at and no 序号 to start one: a row is its name and a cell for each value column.
        var goal = Assert.Single(Goals("""
            表1 主要指标
            指标
            2025年
            2030年
            年均增长
            地区生产总值（亿元）
            1800
            2400
            6
            """));
        Assert.Equal(("地区生产总值（亿元）", "1800", 2025, "2400", 2030, "6"), (goal.Text, goal.Baseline, goal.BaselineYear, goal.Target, goal.TargetYear, goal.Growth));
    }

    [Fact]
    public void A_unit_printed_in_a_column_of_its_own_is_the_rows_unit()
    {
        var goals = Goals("""
            专栏1 主要指标
            类别	指标	单位	2020年	2025年	属性
            经济发展	地区生产总值	亿元	500	700	预期性
            	常住人口城镇化率	%	90	92	预期性
            	服务业增加值比重（%）	　	60	65	预期性
            """);

        Assert.Equal([("地区生产总值", "亿元", 700.0), ("常住人口城镇化率", "%", 92.0), ("服务业增加值比重（%）", "%", 65.0)],
            goals.Select(g => (g.Text, g.Unit!, g.TargetValue!.Value)));
        Assert.Equal(("500", "经济发展"), (goals[0].Baseline, goals[1].Category));
    }

    [Fact]
    public void A_spaced_row_whose_name_prints_no_unit_ends_its_name_where_its_cells_begin()
    {
        var goals = Goals("""
            专栏1 主要指标
            序号 指标名称 单位 2020年 2025年 年均增长 属性
            1 地区生产总值 亿元 500 700 7 预期性
            2 常住人口城镇化率 % 90 92 — 预期性
            """);

        Assert.Equal([("地区生产总值", "亿元", "500", "700", "7"), ("常住人口城镇化率", "%", "90", "92", "—")],
            goals.Select(g => (g.Text, g.Unit!, g.Baseline!, g.Target!, g.Growth!)));
    }

    [Fact]
    public void A_header_word_for_the_target_year_may_say_it_is_the_target()
    {
        var goal = Assert.Single(Goals("""
            表2 民生指标
            类别
            指标
            2020年
            2025年目标
            属性
            民生福祉
            城镇新增就业人数（万人）
            1.5
            [7.5]
            预期性
            """));

        Assert.Equal(("[7.5]", 7.5, 2025, "1.5", 2020), (goal.Target, goal.TargetValue, goal.TargetYear, goal.Baseline, goal.BaselineYear));
    }

    [Fact]
    public void The_bundled_plans_tables_keep_their_own_layouts()
    {
        var layouts = new[] { "000", "001", "002", "003", "004" }
            .SelectMany(prefix => Corpus.Structure(prefix).Plans)
            .SelectMany(IndicatorTableFamily.Columns)
            .Select(c => IndicatorTableReader.Detect(TableLines.Body(c.Lines, c.TitleLine?.LineEnd)));

        Assert.DoesNotContain(TableLayout.BareCellLines, layouts);
    }

    /// <summary>
    /// Headers other plans print, one table each: what the row's goal reads as, as
    /// “text | category | baseline@year | target@year | attribute”.
    /// </summary>
    [Theory]
    [InlineData("序号\t指标名称\t单位\t2020年基期值\t2025年目标值\t年均增长\t指标属性", "1\t城镇化率\t%\t45\t50\t[5]\t预期性",
        "城镇化率 |  | 45@2020 | 50@2025 | EXPECTED")]
    [InlineData("类别\t指标\t现状值\t规划目标\t属性", "经济发展\t一般公共预算收入（亿元）\t10\t15\t预期性",
        "一般公共预算收入（亿元） | 经济发展 | 10@ | 15@ | EXPECTED")]
    // The year a 2020年 column gives is the baseline's when another column is headed as the target.
    [InlineData("序号\t指标\t2020年\t“十五五”目标\t属性", "1\t粮食总产量（亿斤）\t70\t75\t约束性",
        "粮食总产量（亿斤） |  | 70@2020 | 75@2030 | BINDING")]
    // The ends of two periods are two year columns.
    [InlineData("序号\t指标\t“十四五”末\t“十五五”末\t属性", "1\t森林覆盖率（%）\t30\t32\t约束性",
        "森林覆盖率（%） |  | 30@2025 | 32@2030 | BINDING")]
    // 指标类别 is the category's column, not a second indicator column.
    [InlineData("指标类别\t指标名称\t2025年\t2030年\t属性", "绿色生态\t森林覆盖率（%）\t30\t32\t约束性",
        "森林覆盖率（%） | 绿色生态 | 30@2025 | 32@2030 | BINDING")]
    public void Columns_headed_as_other_plans_head_them_are_read_as_such(string header, string row, string expected)
    {
        var goal = Assert.Single(Goals(string.Join('\n', "表1 主要指标", header, row, "")));

        Assert.Equal(expected, $"{goal.Text} | {goal.Category} | {goal.Baseline}@{goal.BaselineYear} | {goal.Target}@{goal.TargetYear} | {goal.Attribute}");
    }

    [Fact]
    public void A_spaced_table_without_row_numbers_reads_each_row_up_to_its_attribute()
    {
        var goals = Goals("""
            专栏2 主要指标
            类别 指标 单位 现状值 “十五五”目标 属性
            经济发展 一般公共预算收入 亿元 10 15 预期性
            地区生产总值 增长 % 5 5.5左右 预期性
            绿色生态 森林覆盖率 % 30 32 约束性
            """);

        Assert.Equal(["一般公共预算收入", "地区生产总值 增长", "森林覆盖率"], goals.Select(g => g.Text));
        // A category printed once heads the rows under it; a name cut by a space is no category.
        Assert.Equal(["经济发展", "经济发展", "绿色生态"], goals.Select(g => g.Category));
        Assert.Equal(("10", "15", 2030, "亿元", GoalAttributes.Expected), (goals[0].Baseline, goals[0].Target, goals[0].TargetYear, goals[0].Unit, goals[0].Attribute));
        Assert.Equal(("30", "32", GoalAttributes.Binding), (goals[2].Baseline, goals[2].Target, goals[2].Attribute));
    }

    [Fact]
    public void A_tab_row_a_line_break_cut_in_two_is_one_row()
    {
        var goals = Goals(string.Join('\n',
            "表1 主要指标",
            "序号\t指标\t单位\t2020年\t2025年\t属性",
            "1\t地区生产总值\t亿元\t500\t700\t预期性",
            "2\t规模以上工业",
            "增加值增长\t%\t5\t7\t预期性",
            "3\t森林覆盖率\t%\t10\t12\t约束性", ""));

        Assert.Equal(["地区生产总值", "规模以上工业增加值增长", "森林覆盖率"], goals.Select(g => g.Text));
        var industry = goals[1];
        Assert.Equal(("5", "7", "%", GoalAttributes.Expected), (industry.Baseline, industry.Target, industry.Unit, industry.Attribute));
        Assert.Equal((8, 9), (industry.Provenance.LineStart, industry.Provenance.LineEnd));
    }

    [Fact]
    public void A_header_printed_on_two_rows_is_read_as_one()
    {
        // As a converter prints a header with merged cells: 指标 and 属性 over both rows, 规划目标 over the years.
        var goals = Goals(string.Join('\n',
            "表1 主要指标",
            "指标\t规划目标\t\t属性",
            "\t2020年\t2025年\t",
            "地区生产总值（亿元）\t300\t450\t预期性",
            "森林覆盖率（%）\t30\t32\t约束性", ""));

        Assert.Equal(["地区生产总值（亿元）", "森林覆盖率（%）"], goals.Select(g => g.Text));
        Assert.Equal(("300", 2020, "450", 2025, GoalAttributes.Expected), (goals[0].Baseline, goals[0].BaselineYear, goals[0].Target, goals[0].TargetYear, goals[0].Attribute));

        // The same header one cell per line (a DOCX extraction): an empty cell is a line holding only a tab.
        var cellLines = Goals(string.Join('\n',
            "表2 主要指标", "",
            "\t指标", "\t规划目标", "\t", "\t属性", "",
            "\t", "\t2020年", "\t2025年", "\t", "",
            "\t森林覆盖率（%）", "\t30", "\t32", "\t约束性", ""));
        var forest = Assert.Single(cellLines);
        Assert.Equal(("30", 2020, "32", 2025, GoalAttributes.Binding), (forest.Baseline, forest.BaselineYear, forest.Target, forest.TargetYear, forest.Attribute));

        // …and space-separated (a PDF extraction): the group word takes no column of its own.
        var spaced = Goals(string.Join('\n',
            "表3 主要指标",
            "序号 指标 规划目标 属性",
            "2020年 2025年",
            "1 地区生产总值（亿元） 300 450 预期性", ""));
        var gdp = Assert.Single(spaced);
        Assert.Equal(("300", 2020, "450", 2025), (gdp.Baseline, gdp.BaselineYear, gdp.Target, gdp.TargetYear));
    }

    [Theory]
    [InlineData("\t", "经济发展", "民生福祉")]
    [InlineData("\t", "一、经济发展", "（二）民生福祉")]
    [InlineData(" ", "经济发展", "民生福祉")]
    [InlineData(" ", "一、经济发展", "二、民生福祉")]
    public void Categories_printed_on_rows_of_their_own_head_the_rows_under_them(string separator, string first, string second)
    {
        // Numbered or not, a label across the table over its rows. Before, in tab rows, the first such line ended
        // the table (一、经济发展 even became a section) and a plain one was glued to the row under it; in spaced
        // rows, the second label opened the third row (“3 城镇调查失业率” its name).
        string[] rows = ["序号\t指标\t单位\t2025年\t2030年\t属性", first, "1\t地区生产总值增长\t%\t3.5\t6左右\t预期性",
            "2\t全员劳动生产率增长\t%\t4\t>6\t预期性", second, "3\t城镇调查失业率\t%\t—\t<5.5\t预期性"];
        var goals = Goals(string.Join('\n', ["表1 “十五五”时期经济社会发展主要指标", .. rows.Select(r => r.Replace("\t", separator, StringComparison.Ordinal)),
            "", "第三章 发展任务", "", "全市经济平稳发展。"]));

        Assert.Equal([("地区生产总值增长", "经济发展", "6左右"), ("全员劳动生产率增长", "经济发展", ">6"), ("城镇调查失业率", "民生福祉", "<5.5")],
            goals.Select(g => (g.Text, g.Category, g.Target)));
    }

    [Fact]
    public void In_a_table_of_one_cell_per_line_a_label_between_rows_heads_the_rows_under_it()
    {
        var goals = Goals(string.Join('\n',
            "表1 “十五五”时期经济社会发展主要指标",
            "\t序号", "\t指标", "\t单位", "\t2025年", "\t2030年", "\t属性", "",
            "一、经济发展", "",
            "\t1", "\t地区生产总值增长", "\t%", "\t3.5", "\t6左右", "\t预期性", "",
            "二、民生福祉", "",
            "\t2", "\t城镇调查失业率", "\t%", "\t—", "\t<5.5", "\t预期性", "",
            "第三章 发展任务", "", "全市经济平稳发展。"));

        Assert.Equal([("地区生产总值增长", "经济发展"), ("城镇调查失业率", "民生福祉")], goals.Select(g => (g.Text, g.Category)));
    }

    [Fact]
    public void A_layout_extraction_prints_each_category_in_the_middle_of_its_rows()
    {
        // pdftotext -layout: a merged 类别 cell on a line between its rows, or on the line of its row before the number.
        var goals = Goals(string.Join('\n',
            "             表1 “十五五”时期经济社会发展主要指标",
            "   类别        序号              指标                 2025年     2030年      属性",
            "               1     地区生产总值增长（%）             3.5        6左右      预期性",
            " 经济发展",
            "               2     全员劳动生产率增长（%）            4          >6        预期性",
            " 民生福祉      3     城镇调查失业率（%）               —          <5.5       预期性",
            "", "第三章 发展任务", "", "全市经济平稳发展。"));

        // Before, the first row had no category and the third was named “民生福祉 3 城镇调查失业率（%）” under 经济发展.
        Assert.Equal([("地区生产总值增长（%）", "经济发展", "6左右"), ("全员劳动生产率增长（%）", "经济发展", ">6"), ("城镇调查失业率（%）", "民生福祉", "<5.5")],
            goals.Select(g => (g.Text, g.Category, g.Target)));
    }

    [Fact]
    public void A_nature_column_of_short_attributes_and_a_baseline_headed_with_its_year_in_brackets()
    {
        string[] rows = ["序号\t指标名称\t单位\t基期值（2020年）\t2025年目标\t年均增速\t指标性质", "1\t地区生产总值\t亿元\t400\t560\t7%\t预期", "2\t森林覆盖率\t%\t28\t30\t—\t约束"];
        foreach (var separator in new[] { "\t", "  " })
        {
            var goals = Goals(string.Join('\n', ["表1 主要指标", .. rows.Select(r => r.Replace("\t", separator, StringComparison.Ordinal)), "", "第三章 发展任务", "", "全市经济平稳发展。"]));

            // Before, 指标性质 was read as a second name column and 预期/约束 as no attribute; spaced, the bracketed year made a column of its own.
            Assert.Equal([("地区生产总值", "400", 2020, "560", 2025, GoalAttributes.Expected), ("森林覆盖率", "28", 2020, "30", 2025, GoalAttributes.Binding)],
                goals.Select(g => (g.Text, g.Baseline, g.BaselineYear ?? 0, g.Target, g.TargetYear ?? 0, g.Attribute)));
        }
    }

    [Fact]
    public void Of_two_year_columns_the_earlier_is_the_baseline_whichever_is_printed_first()
    {
        // 004's 专栏 1 旅游产业指标体系（全省） (lines 1853–1860) with its year columns printed the other way round.
        // Before, 2025 was read as the baseline year and 73 as the target.
        var rows = File.ReadAllLines(Corpus.PathOf("004"))[1854..1859].Select(l =>
        {
            var cells = l.Split('\t');
            (cells[3], cells[4]) = (cells[4], cells[3]);
            return string.Join('\t', cells);
        });
        var goals = Goals("专栏 1 旅游产业指标体系（全省）\n\n" + string.Join('\n', rows) + "\n\n注：标 * 为 5—10 年目标。\n");

        var scenic = Assert.Single(goals, g => g.Text == "4A 级及以上旅游景区（个）");
        Assert.Equal(("73", 2020, "90", 2025), (scenic.Baseline, scenic.BaselineYear, scenic.Target, scenic.TargetYear));
        // The rows the note marks (5*, 10000*) have 5–10 years for a target, as in the table printed in order.
        Assert.Equal([("5*", null), ("10000*", null), ("90", 2025), ("5", 2025)], goals.Select(g => (g.Target, g.TargetYear)));
        Assert.All(goals, g => Assert.Equal(2020, g.BaselineYear));
    }

    [Theory]
    [InlineData("2020 年", "2025 年")]
    [InlineData("2020", "2025")]
    [InlineData("2020", "2025目标值（预期性）")]
    public void Year_columns_headed_by_the_year_alone_are_year_columns(string baseline, string target)
    {
        // 000's 专栏 1 (lines 194–200) with its year columns headed 2020 | 2025. Before, such a table was no indicator table.
        var lines = File.ReadAllLines(Corpus.PathOf("000"))[193..200];
        lines[2] = lines[2].Replace("2020 年", baseline).Replace("2025 年", target);
        var goals = Goals(string.Join('\n', lines) + "\n\n第三章 发展任务\n\n全区经济平稳发展。");

        Assert.Equal([("地区生产总值年均增速 (%) *", "6.0", 2020, "10.0 以上", 2025), ("常住人口 (万人)", "3.8", 2020, "6.0", 2025)],
            goals.Take(2).Select(g => (g.Text, g.Baseline, g.BaselineYear ?? 0, g.Target, g.TargetYear ?? 0)));
        // A target column that names its goals' attribute (004's 表 1 prints 2025 年目标值 (预期性)) gives it to every row.
        Assert.All(goals, g => Assert.Equal(target.Contains("预期性") ? GoalAttributes.Expected : null, g.Attribute));
    }
}
