using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>
/// Indicator tables as text tools print them: columns a layout aligns with runs of spaces (pdftotext -layout),
/// a cell to a line with nothing between rows (pdftotext without -layout), a cell to a tabbed line with no blank
/// line between rows.
/// </summary>
public sealed class TextLayoutTablesTests
{
    private static IReadOnlyList<GoalRecord> Goals(string table) => OtherPlansIndicatorTablesTests.Goals(table);

    [Fact]
    public void Columns_a_text_layout_aligns_with_spaces_are_read_by_where_their_cells_stand()
    {
        // 000's 专栏 1 (lines 196–204) as pdftotext -layout prints it: a category column with no header, cells
        // with spaces inside (指 标, 2020 年, 城镇 (乡)…), a category printed once at its group's first row.
        var goals = Goals(string.Join('\n',
            "专栏 1 度假区“十四五”规划经济社会发展主要指标 (*为 5 年平均增速)", "",
            "         指 标                    2020 年  2025 年",
            "区域 发展    地区生产总值年均增速 (%) *       6.0     10.0 以上",
            "         常住人口 (万人)              3.8     6.0",
            "         固定资产投资年均增速 (%) *       --      30.0 以上",
            "绿色 发展    森林覆盖率 (%)              33.4    35",
            "         城镇 (乡) 居民垃圾无害化处理率 (%)  --      100",
            "", "第三章 发展任务", "", "全区经济平稳发展。"));

        // Before, none of these rows was read: the header's words split at every space.
        Assert.Equal([("地区生产总值年均增速 (%) *", "区域发展", "6.0", "10.0 以上"), ("常住人口 (万人)", "区域发展", "3.8", "6.0"),
            ("固定资产投资年均增速 (%) *", "区域发展", "--", "30.0 以上"), ("森林覆盖率 (%)", "绿色发展", "33.4", "35"),
            ("城镇 (乡) 居民垃圾无害化处理率 (%)", "绿色发展", "--", "100")],
            goals.Select(g => (g.Text, g.Category, g.Baseline, g.Target)));

        // A name the layout wrapped goes on under its column on the next line.
        var wrapped = Goals(string.Join('\n', "表1 主要指标",
            "序号  指标                          2020年   2025年   属性",
            "1     数字经济核心产业增加值占地区  8        10       预期性",
            "      生产总值比重（%）",
            "2     森林覆盖率（%）               28       30       约束性", "", "第三章 发展任务", "", "全区经济平稳发展。"));
        Assert.Equal([("数字经济核心产业增加值占地区生产总值比重（%）", "10", GoalAttributes.Expected), ("森林覆盖率（%）", "30", GoalAttributes.Binding)],
            wrapped.Select(g => (g.Text, g.Target, g.Attribute)));
    }

    [Fact]
    public void An_aligned_table_s_header_printed_again_over_the_next_page_s_rows_is_no_row()
    {
        // 004's 表 1 (lines 2887–2905) as a layout extraction prints it, its header again after row 12.
        var goals = Goals(string.Join('\n',
            "表 1 长春市创新创业发展主要指标", "",
            "序号  指 标                     2025 年目标值 (预期性)",
            "11  各类孵化器、众创空间等“双创”载体数量（个）  300",
            "12  培育“双创”人才数量（人）           1000", "",
            "序号  指 标                       2025 年目标值 (预期性)",
            "13  孵化企业数量 (家)                6500",
            "15  全市 R&D 投入年增长率 (%)         10",
            "", "第三章 发展任务", "", "全市经济平稳发展。"));

        Assert.Equal([("各类孵化器、众创空间等“双创”载体数量（个）", "300"), ("培育“双创”人才数量（人）", "1000"), ("孵化企业数量 (家)", "6500"), ("全市 R&D 投入年增长率 (%)", "10")],
            goals.Select(g => (g.Text, g.Target)));
        Assert.All(goals, g => Assert.Equal((2025, GoalAttributes.Expected), (g.TargetYear ?? 0, g.Attribute)));
    }

    [Fact]
    public void A_numbered_table_printed_a_cell_to_a_line_without_an_attribute_column_is_read_row_by_number()
    {
        // 004's 表 1 (lines 2887–2905, its first rows) as pdftotext prints it without -layout, its header again over the next page's rows.
        // Before, such a table was read as spaced cells, its names run together.
        var goals = Goals(string.Join('\n', "表 1 长春市创新创业发展主要指标", "",
            "序号", "指 标", "2025 年目标值 (预期性)",
            "1", "“双创”主体数量（万户）", "125",
            "2", "高新技术企业数量（家）", "3000",
            "序号", "指 标", "2025 年目标值 (预期性)",
            "3", "“专精特新”企业数量（家）", "350", "", "第三章 发展任务", "", "全市经济平稳发展。"));
        Assert.Equal([("“双创”主体数量（万户）", "125"), ("高新技术企业数量（家）", "3000"), ("“专精特新”企业数量（家）", "350")], goals.Select(g => (g.Text, g.Target)));
        Assert.All(goals, g => Assert.Equal((2025, GoalAttributes.Expected), (g.TargetYear ?? 0, g.Attribute)));
    }

    [Fact]
    public void A_table_a_cell_to_a_tabbed_line_with_no_blank_line_between_rows_ends_each_row_at_its_attribute()
    {
        // 002's 表1 (lines 56–80) as an extraction that dropped the blank lines between rows prints it.
        var goals = Goals(string.Join('\n', "表1  绿园区“十五五”时期经济社会发展主要指标",
            "\t类别", "\t序号", "\t指标", "\t2025年", "\t2030年", "\t年均/累计", "\t属性",
            "\t经济", "发展", "\t1", "\t地区生产总值（GDP）增长（%）", "\t5.5", "\t—", "\t5以上", "\t预期性",
            "\t", "\t2", "\t▲工业增加值增长（%）", "\t10.5", "\t—", "\t高于GDP增长", "\t预期性",
            "", "第三章 发展任务", "", "全区经济平稳发展。"));

        // Before, the whole table was one row: no goal.
        Assert.Equal([("地区生产总值（GDP）增长（%）", "经济发展", "5以上"), ("▲工业增加值增长（%）", "经济发展", "高于GDP增长")],
            goals.Select(g => (g.Text, g.Category, g.Growth)));
    }

    [Fact]
    public void A_sub_row_of_a_table_without_blank_lines_ends_where_its_parent_row_did()
    {
        // 002's 表1 (lines 56–63 and 164–190) as an extraction that dropped the blank lines between rows prints it:
        // row 13's name is printed over two cells (每千人口拥有医护人员数 / 执业医师数（人）) and its sub-row ends in an
        // empty attribute cell. Before, the sub-row ran on into row 14, and 注册护士数 and 养老机构护理型床位占比 were lost.
        var lines = File.ReadAllLines(Corpus.PathOf("002"));
        var rows = lines[55..63].Concat(lines[163..190]).Where(l => l.Length > 0);
        var goals = Goals(string.Join('\n', rows) + "\n\n第三章 发展任务\n\n全区经济平稳发展。");

        Assert.Equal([("每千人口拥有医护人员数：执业医师数（人）", "3.7"), ("每千人口拥有医护人员数：注册护士数（人）", "5.7"), ("养老机构护理型床位占比（%）", "58")],
            goals.Where(g => g.Text.Contains("人口拥有医护") || g.Text.Contains("养老")).Select(g => (g.Text, g.Target)));

        // The whole table so printed, in the plan: its 20 goals are those of the table as shipped.
        var reprinted = Corpus.Reprinted("002", text => string.Join('\n', text.Split('\n').Where((l, i) => !(i is >= 56 and <= 231 && l.Length == 0)))).Plans[0];
        static IEnumerable<string> Printed(IEnumerable<GoalRecord> all) =>
            all.Select(g => $"{g.Category} {g.Text} {g.Baseline} {g.Target} {g.Growth} {g.Attribute}");
        Assert.Equal(Printed(IndicatorTableFamily.Extract(Corpus.Plan("002")).Goals), Printed(IndicatorTableFamily.Extract(reprinted).Goals));
    }

    [Fact]
    public void A_table_a_cell_to_a_line_printed_double_spaced_gives_the_same_goals()
    {
        // 002 as an extraction that sets a blank line after every line prints it (as 001's PDF extraction does), so
        // that a blank line stands between the cells of a row and two or more between rows. Before, every cell was a
        // row of its own and none of 表1's 20 goals was read.
        var reprinted = Corpus.Reprinted("002", text => string.Join('\n', text.Split('\n').Select(l => l + "\n")));
        static IEnumerable<string> Printed(IEnumerable<GoalRecord> all) =>
            all.Select(g => $"{g.Category} {g.Text} {g.Baseline} {g.Target} {g.Growth} {g.Attribute}");

        var goals = IndicatorTableFamily.Extract(reprinted.Plans[0]).Goals;
        Assert.Equal(Printed(IndicatorTableFamily.Extract(Corpus.Plan("002")).Goals), Printed(goals));
        Assert.Contains("民生福祉 每千人口拥有医护人员数：注册护士数（人） 5.6 5.7 — EXPECTED", Printed(goals));
    }

    [Fact]
    public void A_table_a_cell_to_a_line_marked_by_neither_number_nor_attribute_is_read_by_its_values()
    {
        // 000's 专栏 1 (lines 196–218) as pdftotext prints it without -layout: a cell to a line, nothing between rows,
        // no 序号 or 属性 column to end a row, a category printed once before the first name of its rows. A row is its
        // name and a cell for each year. Before, the table was read as spaced cells, and none of its 20 goals was.
        var reprinted = Corpus.Reprinted("000", text => string.Join('\n', text.Split('\n').SelectMany((l, i) =>
            i is >= 195 and <= 218 && l.Contains('\t') ? l.Split('\t').Where(c => c.Length > 0) : [l])));
        static IEnumerable<string> Printed(IEnumerable<GoalRecord> all) => all.Select(g => $"{g.Category} {g.Text} {g.Baseline} {g.Target}");

        var goals = IndicatorTableFamily.Extract(reprinted.Plans[0]).Goals;
        Assert.Equal(Printed(IndicatorTableFamily.Extract(Corpus.Plan("000")).Goals), Printed(goals));
        Assert.Contains("区域发展 地区生产总值年均增速 (%) * 6.0 10.0 以上", Printed(goals));
    }

    [Fact]
    public void An_aligned_header_printed_on_two_rows_is_read_word_by_word_as_spaced_headers_are()
    {
        var goals = Goals(string.Join('\n', "表1 主要指标",
            "序号  指标              规划目标          属性",
            "                        2020年   2025年",
            "1     地区生产总值（亿元）  600      800      预期性",
            "2     森林覆盖率（%）       28       30       约束性", "", "第三章 发展任务", "", "全区经济平稳发展。"));

        // Read by position, the upper row alone made 规划目标 one column and 800 预期性 its value.
        Assert.Equal([("地区生产总值（亿元）", "600", 2020, "800", 2025, GoalAttributes.Expected), ("森林覆盖率（%）", "28", 2020, "30", 2025, GoalAttributes.Binding)],
            goals.Select(g => (g.Text, g.Baseline, g.BaselineYear ?? 0, g.Target, g.TargetYear ?? 0, g.Attribute)));
    }

    [Fact]
    public void A_page_break_that_falls_inside_a_row_of_cell_lines_does_not_end_the_row()
    {
        const string Head = "吉林市国民经济和社会发展第十五个五年规划纲要";
        // 002's 表1 (lines 55–98, 165–190) as a PDF extraction prints it across pages, in a plan whose title
        // runs over its pages: a page number between blank lines inside a wrapped category cell (创新 / 驱动)
        // and after a row's number, the running head inside a row with a sub-row and before a sub-row's
        // empty attribute cell. Before, each break ended its row: 每百万人口发明专利
        // 授权量 and 注册护士数 were lost and a goal was named 6235. Rows 5–12 are left out, so rows 13 and 14
        // keep row 4's category.
        var lines = File.ReadAllLines(Corpus.PathOf("002"));
        string Lines(int from, int to) => string.Join('\n', lines[(from - 1)..to]);
        var goals = Goals(string.Join('\n',
            Lines(55, 90), "", "- 2 -", "", Lines(91, 92), "", "3", "", Lines(93, 98),
            Lines(165, 170), "", Head, "", Lines(171, 180), "", Head, "", Lines(181, 190),
            "", "第三章 发展任务", "", "全区经济平稳发展。"));

        Assert.Equal([
                ("地区生产总值（GDP）增长（%）", "5以上"), ("▲工业增加值增长（%）", "高于GDP增长"), ("▲区本级留用收入增长（%）", "与GDP增长同步"),
                ("每百万人口发明专利授权量（件）", "8000左右"), ("每千人口拥有医护人员数：执业医师数（人）", "3.7"),
                ("每千人口拥有医护人员数：注册护士数（人）", "5.7"), ("养老机构护理型床位占比（%）", "58"),
            ],
            goals.Select(g => (g.Text, g.Target)));
        Assert.Equal("创新驱动", goals[3].Category);
        Assert.All(goals, g => Assert.Equal(GoalAttributes.Expected, g.Attribute));
    }
}
