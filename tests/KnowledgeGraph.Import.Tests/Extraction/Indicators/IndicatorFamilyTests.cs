using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Indicators;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Tests.Linking;

namespace KnowledgeGraph.Import.Tests.Extraction.Indicators;

/// <summary>Canonical indicators over the corpus: one node per measure, a MEASURES link from every goal that names it.</summary>
public sealed class IndicatorFamilyTests
{
    private static string? MeasuredBy(string prefix, GoalRecord goal) =>
        ExtractedCorpus.Plan(prefix).Facts.Links.Where(l => l.Type == RelationshipTypes.Measures && l.FromId == goal.Id).Select(l => l.ToId).SingleOrDefault();

    [Fact]
    public void Gdp_growth_goals_of_every_level_measure_one_indicator()
    {
        var indicator = NodeIds.For(Labels.Indicator, "地区生产总值增长");
        Assert.Equal(indicator, MeasuredBy("001", ExtractedCorpus.Goal("001", g => g.Measure == "地区生产总值（GDP）增长")));
        Assert.Equal(indicator, MeasuredBy("000", ExtractedCorpus.Goal("000", g => g.Measure == "地区生产总值年均增速")));
        Assert.Equal(indicator, MeasuredBy("002", ExtractedCorpus.Goal("002", g => g.Measure == "地区生产总值（GDP）增长")));
        Assert.Equal(indicator, MeasuredBy("003", ExtractedCorpus.Goal("003", g => g.Measure == "地区生产总值年均增长")));
        var entity = ExtractedCorpus.Plan("001").Facts.Entities.Single(e => e.Id == indicator);
        Assert.Equal("地区生产总值增长", entity.Props.GetString("name"));
        Assert.Equal("%", entity.Props.GetString("unit"));
    }

    [Fact]
    public void One_measures_targets_for_two_years_share_its_indicator()
    {
        // 004 line 3574: “到“十四五”末，基地新能源装机总量达到 3000 万千瓦以上 … 到“十五五”末，基地内新能源装机总量达到 6000 万千瓦”.
        const string plan = "吉林省西部国家级清洁能源基地发展规划";
        var indicator = NodeIds.For(Labels.Indicator, "基地新能源装机总量");
        var by2025 = ExtractedCorpus.Goal("004", g => g.Measure == "基地新能源装机总量", plan);
        var by2030 = ExtractedCorpus.Goal("004", g => g.Measure == "基地内新能源装机总量", plan);
        Assert.Equal((2025, 2030), (by2025.TargetYear, by2030.TargetYear));
        Assert.Equal(indicator, ExtractedCorpus.Plan("004", plan).Facts.Links.Single(l => l.Type == RelationshipTypes.Measures && l.FromId == by2025.Id).ToId);
        Assert.Equal(indicator, ExtractedCorpus.Plan("004", plan).Facts.Links.Single(l => l.Type == RelationshipTypes.Measures && l.FromId == by2030.Id).ToId);
    }

    [Fact]
    public void Forest_cover_is_one_indicator_across_plans()
    {
        var indicator = NodeIds.For(Labels.Indicator, "森林覆盖率");
        foreach (var prefix in new[] { "000", "001", "002" })
        {
            Assert.Equal(indicator, MeasuredBy(prefix, ExtractedCorpus.Goal(prefix, g => g.Kind == GoalKinds.Indicator && g.Measure == "森林覆盖率")));
        }
    }

    [Fact]
    public void Standard_coal_units_are_one_unit()
    {
        var indicator = NodeIds.For(Labels.Indicator, "能源综合生产能力");
        Assert.Equal("万吨标准煤", ExtractedCorpus.Plan("001").Facts.Entities.Single(e => e.Id == indicator).Props.GetString("unit"));
        Assert.Equal(indicator, MeasuredBy("002", ExtractedCorpus.Goal("002", g => g.Measure == "能源综合生产能力")));
    }

    [Fact]
    public void Main_road_sweeping_is_one_measure_from_city_to_district()
    {
        // 001 line 6557: 主次街路机械化清扫率保持 100%; 003 line 605: 全区干道机械化清扫率达到100% (its 主次干道).
        var indicator = NodeIds.For(Labels.Indicator, "主次街路机械化清扫率");
        Assert.Equal(indicator, MeasuredBy("001", ExtractedCorpus.Goal("001", g => g.Text == "主次街路机械化清扫率保持100%")));
        Assert.Equal(indicator, MeasuredBy("003", ExtractedCorpus.Goal("003", g => g.Text == "全区干道机械化清扫率达到100%")));
        Assert.NotEqual(indicator, MeasuredBy("001", ExtractedCorpus.Goal("001", g => g.Text == "全市道路机械清扫率达到95%")));
    }

    [Fact]
    public void Registered_and_surveyed_unemployment_are_different_measures()
    {
        var registered = MeasuredBy("003", ExtractedCorpus.Goal("003", g => g.Measure == "城镇登记失业率"));
        var surveyed = MeasuredBy("001", ExtractedCorpus.Goal("001", g => g.Measure == "城镇调查失业率"));
        Assert.Equal(NodeIds.For(Labels.Indicator, "城镇登记失业率"), registered);
        Assert.Equal(NodeIds.For(Labels.Indicator, "城镇调查失业率"), surveyed);
    }

    [Fact]
    public void Urban_and_rural_income_growth_stay_apart()
    {
        var urban = MeasuredBy("001", ExtractedCorpus.Goal("001", g => g.Measure == "城镇居民人均可支配收入增长率"));
        var rural = MeasuredBy("001", ExtractedCorpus.Goal("001", g => g.Measure == "农村居民人均可支配收入增长率"));
        Assert.NotNull(urban);
        Assert.NotEqual(urban, rural);
    }

    [Fact]
    public void A_measure_known_by_alias_says_so()
    {
        var goal = ExtractedCorpus.Goal("000", g => g.Measure == "年接待国内外游客总数");
        var link = ExtractedCorpus.Plan("000").Facts.Links.Single(l => l.Type == RelationshipTypes.Measures && l.FromId == goal.Id);
        Assert.Equal(NodeIds.For(Labels.Indicator, "旅游接待人数"), link.ToId);
        Assert.Equal(IndicatorFamily.ByAlias, link.Props?.GetString("basis"));
    }

    [Fact]
    public void Indicator_provenance_is_its_first_goal()
    {
        var plan = ExtractedCorpus.Plan("001");
        var indicator = plan.Facts.Entities.Single(e => e.Id == NodeIds.For(Labels.Indicator, "研发经费投入增长"));
        var goals = plan.Facts.Goals.Where(g => plan.Facts.Links.Any(l => l.Type == RelationshipTypes.Measures && l.FromId == g.Id && l.ToId == indicator.Id)).ToList();
        Assert.True(goals.Count >= 2); // the 专栏 1 row and the aims in the text
        Assert.Equal(goals.MinBy(g => g.Provenance.LineStart)!.Provenance, indicator.Provenance);
        Assert.Equal(461, indicator.Provenance.LineStart); // “R&D投入年均增长超过 10%” precedes 专栏 1
    }
}
