using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>Values printed in the corpus's indicator tables, read from the structured plans.</summary>
public sealed class IndicatorTableFactsTests
{
    private static IReadOnlyList<GoalRecord> Goals(string prefix, string? title = null) =>
        IndicatorTableFamily.Extract(Corpus.Plan(prefix, title)).Goals;

    private static GoalRecord Row(string prefix, string measure, string? title = null) =>
        Goals(prefix, title).Single(g => g.Measure == measure);

    [Fact]
    public void Changchun_gdp_growth_target_is_the_growth_column_value()
    {
        var gdp = Row("001", "地区生产总值（GDP）增长");
        Assert.Equal("地区生产总值（GDP）增长（%）", gdp.Text);
        Assert.Equal("6.5左右", gdp.Target);
        Assert.Equal(6.5, gdp.TargetValue);
        Assert.Equal("6.5左右", gdp.Growth);
        Assert.Equal(2025, gdp.TargetYear);
        Assert.Equal("3.6", gdp.Baseline);
        Assert.Equal(2020, gdp.BaselineYear);
        Assert.Equal(GoalAttributes.Expected, gdp.Attribute);
        Assert.Equal("经济发展", gdp.Category);
        Assert.Equal("%", gdp.Unit);
        Assert.Equal(GoalKinds.Indicator, gdp.Kind);
    }

    [Fact]
    public void Changchun_starred_baseline_is_the_2019_figure()
    {
        var forest = Row("001", "森林覆盖率");
        Assert.Equal("8.1*", forest.Baseline);
        Assert.Equal(2019, forest.BaselineYear);
        Assert.Equal(8.1, forest.BaselineValue);
        Assert.Equal("8.2", forest.Target);
        Assert.Equal(GoalAttributes.Binding, forest.Attribute);
        Assert.Equal("绿色转型", forest.Category);
        // An unstarred baseline keeps the header's year.
        Assert.Equal(2020, Row("001", "粮食综合生产能力").BaselineYear);
    }

    [Fact]
    public void Changchun_table_has_all_twenty_numbered_rows_and_the_unnumbered_one()
    {
        var goals = Goals("001");
        Assert.Equal(21, goals.Count);
        var rural = goals.Single(g => g.Measure == "农村居民人均可支配收入增长率");
        Assert.Equal("7.6", rural.Baseline);
        Assert.Equal("与 GDP 增长基本保持同步", rural.Growth); // the merged cell of row 7
        Assert.Equal("民生福祉", rural.Category);
        Assert.Equal("与 GDP 增长基本保持同步", Row("001", "城镇居民人均可支配收入增长率").Target);
        Assert.Equal("按省下达", Row("001", "单位 GDP能源消耗降低").Target);
        Assert.Null(Row("001", "单位 GDP能源消耗降低").TargetValue);
        Assert.Equal("万吨标煤", Row("001", "能源综合生产能力").Unit);
        Assert.Equal("＞70", Row("001", "常住人口城镇化率").Target);
        Assert.Equal(70, Row("001", "常住人口城镇化率").TargetValue);
    }

    [Fact]
    public void Lianhuashan_table_has_no_attribute_column()
    {
        var goals = Goals("000");
        Assert.Equal(20, goals.Count);
        Assert.All(goals, g => Assert.Null(g.Attribute));
        var gdp = Row("000", "地区生产总值年均增速");
        Assert.Equal("地区生产总值年均增速 (%) *", gdp.Text);
        Assert.Equal("10.0 以上", gdp.Target);
        Assert.Equal(10, gdp.TargetValue);
        Assert.Equal(2025, gdp.TargetYear);
        Assert.Equal("6.0", gdp.Baseline);
        Assert.Equal("区域发展", gdp.Category);
        Assert.Equal("社会民生", Row("000", "城镇调查失业率").Category);
        Assert.Equal("--", Row("000", "固定资产投资年均增速").Baseline);
        Assert.Null(Row("000", "固定资产投资年均增速").BaselineValue);
    }

    [Fact]
    public void Lvyuan_rows_and_sub_rows()
    {
        var forest = Row("002", "森林覆盖率");
        Assert.Equal("3.54", forest.Baseline);
        Assert.Equal(2025, forest.BaselineYear);
        Assert.Equal("4.65", forest.Target);
        Assert.Equal(2030, forest.TargetYear);
        Assert.Equal(GoalAttributes.Binding, forest.Attribute);

        var nurses = Row("002", "每千人口拥有医护人员数：注册护士数");
        Assert.Equal("5.6", nurses.Baseline);
        Assert.Equal("5.7", nurses.Target);
        Assert.Equal("人", nurses.Unit);
        Assert.Equal(GoalAttributes.Expected, nurses.Attribute); // merged with the row above
        Assert.Equal("民生福祉", nurses.Category);
        Assert.Equal("3.55", Row("002", "每千人口拥有医护人员数：执业医师数").Baseline);

        var gdp = Row("002", "地区生产总值（GDP）增长");
        Assert.Equal("5以上", gdp.Target);
        Assert.Equal("5以上", gdp.Growth);
        Assert.Equal("▲工业增加值增长（%）", Row("002", "工业增加值增长").Text);
        Assert.Equal("[超50]", Row("002", "科技成果转化数量").Target);
        Assert.Equal(50, Row("002", "科技成果转化数量").TargetValue);
        Assert.Equal("万吨标准煤", Row("002", "能源综合生产能力").Unit);
        Assert.Equal(20, Goals("002").Count);
    }

    [Fact]
    public void Compilation_tourism_targets_keep_their_star_and_lose_the_year()
    {
        var visitors = Row("004", "旅游接待人数", "冰雪旅游大环线");
        Assert.Equal("5*", visitors.Target);
        Assert.Equal(5, visitors.TargetValue);
        Assert.Null(visitors.TargetYear); // 注：标 * 为 5—10 年目标
        Assert.Equal("亿人次", visitors.Unit);
        Assert.Equal(GoalAttributes.Expected, visitors.Attribute);
        Assert.Equal("旅游产业", visitors.Category);
        Assert.Equal(2025, Row("004", "4A 级及以上旅游景区", "冰雪旅游大环线").TargetYear);
        Assert.Equal("5 *", Row("004", "旅游接待人数", "湿地旅游大环线").Target);
    }

    [Fact]
    public void Compilation_innovation_table_skips_its_repeated_header()
    {
        var goals = Goals("004", "创新创业基地");
        Assert.Equal(17, goals.Count);
        Assert.All(goals, g => Assert.Equal(GoalAttributes.Expected, g.Attribute));
        Assert.All(goals, g => Assert.Equal(2025, g.TargetYear));
        var graduation = goals.Single(g => g.Measure == "在孵企业毕业率提高");
        Assert.Equal("5", graduation.Target);
        Assert.Equal("百分点", graduation.Unit);
    }

    [Fact]
    public void Statistics_tables_yield_no_goals()
    {
        Assert.Empty(Goals("004", "清洁能源基地"));
        var columns = IndicatorTableFamily.Columns(Corpus.Plan("004", "清洁能源基地")).ToList();
        Assert.Contains(columns, c => c.Title == "2020年底吉林电网电源装机统计表");
        Assert.Contains(columns, c => c.Title == "规划风电项目开发时序表");
    }

    [Fact]
    public void Erdao_has_no_indicator_table() => Assert.Empty(Goals("003"));
}
