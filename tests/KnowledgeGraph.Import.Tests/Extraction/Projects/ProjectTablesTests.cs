using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

/// <summary>
/// Tables of major projects (重大项目表: 序号, 项目名称, 建设内容, 总投资…) in the layouts plan
/// extractions flatten tables into, as other plans print them.
/// </summary>
public sealed class ProjectTablesTests
{
    private static List<ProjectRecord> ListedBy(StructuredPlan plan, string number)
    {
        var box = plan.AllSections().SelectMany(s => s.Content).OfType<ColumnBlock>().Single(b => b.Number == number);
        return ProjectExtraction.Extract(plan).Projects.Where(p => p.OwnerId == box.Id).ToList();
    }

    private static StructuredPlan Plan(params string[] box) =>
        Corpus.DroppedIn(string.Join('\n', ["第二章 重大项目", "", .. box, "", "第三章 保障措施", "", "加强组织领导。", ""]));

    [Fact]
    public void Rows_of_tab_separated_cells_are_projects_described_by_their_other_cells()
    {
        var plan = Plan(
            "专栏1 “十四五”时期重大项目表",
            "序号\t项目名称\t建设内容及规模\t总投资（亿元）\t建设年限",
            "1\t北湖科技园二期项目\t建设标准化厂房20万平方米\t12.5\t2021-2023",
            "2\t双阳区污水处理厂扩建工程（在建）\t新增处理能力5万吨/日\t3.2\t2021-2022");

        var listed = ListedBy(plan, "专栏 1");

        Assert.Equal(["北湖科技园二期项目", "双阳区污水处理厂扩建工程"], listed.Select(p => p.Name));
        Assert.Equal("建设内容及规模：建设标准化厂房20万平方米；总投资（亿元）：12.5；建设年限：2021-2023", listed[0].Description);
        Assert.StartsWith("在建；", listed[1].Description);
    }

    [Fact]
    public void A_table_printed_one_cell_per_line_gives_one_project_per_row()
    {
        var plan = Plan(
            "专栏1 “十四五”时期重大项目", "",
            "\t序号", "\t项目名称", "\t建设内容", "\t总投资（亿元）", "",
            "\t1", "\t兰家物流园", "\t建设仓储设施10万平方米", "\t5.5", "",
            "\t2", "\t双阳区污水处理厂扩建工程", "\t新增处理能力5万吨/日", "\t3.2");

        var listed = ListedBy(plan, "专栏 1");

        Assert.Equal(["兰家物流园", "双阳区污水处理厂扩建工程"], listed.Select(p => p.Name));
        Assert.Equal("建设内容：建设仓储设施10万平方米；总投资（亿元）：5.5", listed[0].Description);
        // The plan's title is line 1 and the box's line 5: 兰家物流园 is printed on line 13.
        Assert.Equal((13, "兰家物流园"), (listed[0].Provenance.LineStart, listed[0].Provenance.Quote));

        // A tab alone is an empty cell (a sum's name, 004's 表 14 as one cell per line), not the end of its row.
        var summed = Plan(
            "表 14 长岭县规划风电场及其上网电量估算表", "",
            "\t序号", "\t规划风电场", "\t规划面积 (km ²)", "\t装机容量 (万千瓦)", "",
            "\t2", "\t三青山风电场", "\t68", "\t35", "",
            "\t合计", "\t", "\t97", "\t50");
        // Before, the cells after the empty one made a row of their own: a project named 50.
        Assert.Equal(["三青山风电场"], ListedBy(summed, "表14").Select(p => p.Name));
    }

    [Fact]
    public void A_table_of_space_separated_cells_keeps_wrapped_contents_with_their_row()
    {
        var plan = Plan(
            "专栏2 重大项目表",
            "序号 项目名称 建设内容及规模 总投资（亿元） 建设年限",
            "1 北湖科技园二期项目 建设标准化厂房20万平方米，配套建设研发",
            "中心及公共服务设施 12.5 2021-2023",
            "2 长春北站综合交通枢纽 建设换乘中心及配套设施 30 2022-2025",
            "3 奢岭街道特色小镇 建设冰雪旅游设施",
            "30 2023-2025");

        var listed = ListedBy(plan, "专栏 2");

        Assert.Equal(["北湖科技园二期项目", "长春北站综合交通枢纽", "奢岭街道特色小镇"], listed.Select(p => p.Name));
        Assert.Equal("建设内容及规模：建设标准化厂房20万平方米，配套建设研发中心及公共服务设施；总投资（亿元）：12.5；建设年限：2021-2023", listed[0].Description);
        // A wrapped line starting with a number is not a row unless it is the next row's number.
        Assert.Equal("建设内容及规模：建设冰雪旅游设施；总投资（亿元）：30；建设年限：2023-2025", listed[2].Description);
        Assert.Equal([7, 9, 10], listed.Select(p => p.Provenance.LineStart));
    }

    [Fact]
    public void A_box_of_prose_that_mentions_project_names_holds_no_table()
    {
        var plan = Plan(
            "专栏3 重点工作",
            "序号工作按年度推进，项目名称以批复为准。",
            "1 推进北湖科技园建设");

        Assert.Empty(ListedBy(plan, "专栏 3"));
    }

    [Fact]
    public void A_row_a_line_break_cut_in_two_keeps_its_project_and_its_whole_description()
    {
        var plan = Plan(
            "专栏1 重大项目表",
            "序号\t项目名称\t建设内容\t总投资（亿元）",
            "1\t北湖科技园二期项目\t建设标准化厂房",
            "20万平方米\t12.5",
            "2\t兰家物流园\t建设仓储设施\t5.5");

        var listed = ListedBy(plan, "专栏 1");

        Assert.Equal(["北湖科技园二期项目", "兰家物流园"], listed.Select(p => p.Name));
        Assert.Equal("建设内容：建设标准化厂房20万平方米；总投资（亿元）：12.5", listed[0].Description);
    }

    [Fact]
    public void A_table_without_row_numbers_has_a_project_in_every_full_row()
    {
        var plan = Plan(
            "专栏2 重大项目表",
            "类别\t项目名称\t建设内容\t总投资（亿元）",
            "产业\t北湖科技园二期项目\t建设标准化厂房\t12.5",
            "\t兰家物流园\t建设仓储设施\t5.5",
            "合计\t\t\t18");

        var listed = ListedBy(plan, "专栏 2");

        Assert.Equal(["北湖科技园二期项目", "兰家物流园"], listed.Select(p => p.Name));
        Assert.Equal("类别：产业；建设内容：建设标准化厂房；总投资（亿元）：12.5", listed[0].Description);
        // The category printed once is the row's below it too.
        Assert.Equal("类别：产业；建设内容：建设仓储设施；总投资（亿元）：5.5", listed[1].Description);
    }

    [Theory]
    [InlineData("工程名称", true)]
    [InlineData("重点项目名称", true)]
    [InlineData("项目", false)] // a statistics table's row labels (项目 | 2020年 | 2025年)
    public void The_name_column_is_headed_as_a_projects_name(string header, bool read)
    {
        var plan = Plan(
            "专栏3 重大工程",
            $"序号\t{header}\t建设内容",
            "1\t双阳区污水处理厂扩建工程\t新增处理能力5万吨/日");

        Assert.Equal(read, ListedBy(plan, "专栏 3").Any(p => p.Name == "双阳区污水处理厂扩建工程" && p.Description == "建设内容：新增处理能力5万吨/日"));
    }

    [Fact]
    public void A_categorys_label_across_the_table_is_neither_a_row_nor_a_piece_of_one()
    {
        // Before, 一、产业项目 was taken for the first piece of a row cut in two, and the row under it was lost;
        // in spaced rows, 二、民生项目 became part of the investment of the row above.
        string[] rows = ["序号\t项目名称\t建设内容\t总投资（亿元）", "一、产业项目", "1\t北湖科技园二期项目\t建设标准化厂房\t12.5",
            "二、民生项目", "2\t双阳区人民医院新院区项目\t建设床位800张\t6"];
        foreach (var separator in new[] { "\t", " " })
        {
            var plan = Plan(["表1 “十四五”时期重大项目表", .. rows.Select(r => r.Replace("\t", separator, StringComparison.Ordinal))]);

            Assert.Equal([("北湖科技园二期项目", "建设内容：建设标准化厂房；总投资（亿元）：12.5"), ("双阳区人民医院新院区项目", "建设内容：建设床位800张；总投资（亿元）：6")],
                ListedBy(plan, "表1").Select(p => (p.Name, p.Description)));
        }
    }

    [Fact]
    public void An_appended_table_titled_without_a_number_lists_its_projects()
    {
        var plan = Corpus.DroppedIn(string.Join('\n', ["第二章 保障措施", "", "加强组织领导。", "", "附表", "",
            "南关区“十四五”重大项目表", "",
            "序号\t项目名称\t建设内容及规模\t总投资（亿元）\t责任单位",
            "1\t南关区数字经济产业园项目\t建设数字经济楼宇10万平方米\t12\t区发改局",
            "2\t南关区老旧小区改造项目\t改造老旧小区120个\t8\t区住建局", ""]), "长春市南关区国民经济和社会发展第十四个五年规划纲要");

        // Before, the table was no box and neither row was a project.
        var listed = ListedBy(plan, "");
        Assert.Equal(["南关区数字经济产业园项目", "南关区老旧小区改造项目"], listed.Select(p => p.Name));
        Assert.Equal("建设内容及规模：改造老旧小区120个；总投资（亿元）：8；责任单位：区住建局", listed[1].Description);
    }

    [Fact]
    public void A_label_over_a_table_inside_a_numbered_box_is_the_box_s_and_a_plan_s_title_is_no_table_s()
    {
        var plan = Plan(
            "专栏1 “十四五”时期重大项目",
            "产业重点项目",
            "序号\t项目名称\t建设内容及规模",
            "1\t北湖科技园二期项目\t建设标准化厂房20万平方米");

        Assert.Equal(["北湖科技园二期项目"], ListedBy(plan, "专栏 1").Select(p => p.Name));
        var titled = Corpus.DroppedIn("长春市南关区国民经济和社会发展第十四个五年规划纲要\n序号\t项目\t内容\n\n第一章 总则\n\n加强组织领导。\n");
        Assert.Empty(KnowledgeGraph.Import.Extraction.IndicatorTables.IndicatorTableFamily.Columns(titled));
    }

    [Fact]
    public void Columns_a_text_layout_aligns_with_spaces_give_one_project_per_row()
    {
        // 004's 表 11 (lines 3799–3816) as pdftotext -layout prints it: names with spaces in them, a status in
        // brackets, a sum after the last row.
        var plan = Plan(
            "表 11 乾安县规划风电场及其上网电量估算表",
            "序号  规划风电场                     规划面积 (km ²)  装机容量 (万千瓦)  年平均风速 (m/s)  等效小时数 (h)",
            "1   山东发展投资 500MW 风电项目 (在建)    280          50          7.15         3340",
            "6   西字风电场                     82           20          7.10         3300",
            "7   辞字井风电场 (吉林油田)             116          25          7.10         3300",
            "合计                      1188         270         7.14           3329");

        var listed = ListedBy(plan, "表11");

        // Before, each name was cut at its first space (山东发展投资) and its figures were lost.
        Assert.Equal(["山东发展投资500MW风电项目", "西字风电场", "辞字井风电场(吉林油田)"], listed.Select(p => p.Name));
        Assert.Equal("在建；规划面积 (km ²)：280；装机容量 (万千瓦)：50；年平均风速 (m/s)：7.15；等效小时数 (h)：3340", listed[0].Description);
        Assert.Equal("规划面积 (km ²)：116；装机容量 (万千瓦)：25；年平均风速 (m/s)：7.10；等效小时数 (h)：3300", listed[2].Description);
        // A sum is no line of the row above.
        Assert.Equal(listed[2].Provenance.LineStart, listed[2].Provenance.LineEnd);
    }

    [Fact]
    public void A_table_printed_a_cell_to_a_line_with_nothing_between_rows_gives_one_project_per_row()
    {
        // 004's 表 24 (lines 4099–4106, row 6 as row 3) as pdftotext prints it without -layout: row 1's empty cells are no lines at all.
        var plan = Plan(
            "表 24 乾安县规划光伏项目汇总表",
            "序号", "项目名称", "涉及乡镇", "可开发面积 (km ²)", "规划容量 (万千瓦)",
            "1", "已建光伏项目", "6",
            "2", "中电建光储氢鱼光互补项目（在建）", "道字乡", "2.0", "5",
            "3", "附阳光伏", "水字镇", "7.5", "27",
            "容量小计", "170");

        var listed = ListedBy(plan, "表24");

        // Before, none was read.
        Assert.Equal(["中电建光储氢鱼光互补项目", "附阳光伏"], listed.Select(p => p.Name));
        Assert.Equal("在建；涉及乡镇：道字乡；可开发面积 (km ²)：2.0；规划容量 (万千瓦)：5", listed[0].Description);
    }
}
