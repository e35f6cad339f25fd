using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>The whole import: goals, their indicators and alignments as the graph holds them.</summary>
public sealed class GoalsPipelineTests
{

    private static GraphNode Goal(string filePrefix, string text) =>
        ImportedCorpus.Graph.Nodes.Single(n => n.Label == Labels.Goal && n.Provenance.File.StartsWith(filePrefix, StringComparison.Ordinal) && n.Props.GetString("text") == text);

    private static string IndicatorOf(GraphNode goal) =>
        ImportedCorpus.Graph.Edges.Single(e => e.Type == RelationshipTypes.Measures && e.From == goal.Id).To;

    [Fact]
    public void Changchun_gdp_goal_is_in_the_graph_with_its_indicator()
    {
        var goal = Goal("001", "地区生产总值（GDP）增长（%）");
        Assert.Equal("6.5左右", goal.Props.GetString("target"));
        Assert.Equal(6.5, goal.Props.GetNumber("targetValue"));
        Assert.Equal(GoalAttributes.Expected, goal.Props.GetString("attribute"));
        Assert.Equal("3.6", goal.Props.GetString("baseline"));
        Assert.Equal(2020, goal.Props.GetInteger("baselineYear"));
        Assert.Equal(GoalKinds.Indicator, goal.Props.GetString("kind"));
        var column = ImportedCorpus.Graph.Edges.Single(e => e.Type == RelationshipTypes.States && e.To == goal.Id).From;
        Assert.Equal("专栏 1", ImportedCorpus.Graph.Nodes.Single(n => n.Id == column).Props.GetString("number"));

        var indicator = ImportedCorpus.Graph.Nodes.Single(n => n.Id == IndicatorOf(goal));
        Assert.Equal(Labels.Indicator, indicator.Label);
        Assert.Equal("地区生产总值增长", indicator.Props.GetString("name"));
        // The first GDP goal of the corpus in file order: 莲花山's 专栏 1.
        Assert.StartsWith("000_", indicator.Provenance.File);
    }

    [Fact]
    public void A_target_printed_as_a_range_keeps_its_text_and_gives_its_bounds()
    {
        // 莲花山 line 436: “…转化“碳”科技最新成果5-10个…”; 冰雪 line 1843: “增加 5A 级旅游景区 1—2 家”.
        var results = Goal("000", "转化“碳”科技最新成果5-10个");
        Assert.Equal("5-10个", results.Props.GetString("target"));
        Assert.Null(results.Props.GetNumber("targetValue"));
        Assert.Equal((5.0, 10.0), (results.Props.GetNumber("targetMin"), results.Props.GetNumber("targetMax")));
        var resorts = ImportedCorpus.Graph.Nodes.First(n => n.Label == Labels.Goal && n.Provenance.LineStart == 1843 && n.Props.GetString("text") == "增加5A级旅游景区1—2家");
        Assert.Equal((1.0, 2.0), (resorts.Props.GetNumber("targetMin"), resorts.Props.GetNumber("targetMax")));
        // A single quantity has a value and no bounds.
        var gdp = Goal("001", "地区生产总值（GDP）增长（%）");
        Assert.Null(gdp.Props.GetNumber("targetMin"));
        Assert.Null(gdp.Props.GetNumber("targetMax"));
    }

    [Fact]
    public void District_and_zone_gdp_goals_measure_the_same_indicator_and_align_with_the_city()
    {
        var city = Goal("001", "地区生产总值（GDP）增长（%）");
        var district = Goal("003", "地区生产总值年均增长/累计6.5%左右");
        var zone = Goal("000", "地区生产总值年均增速 (%) *");
        Assert.Equal(IndicatorOf(city), IndicatorOf(district));
        Assert.Equal(IndicatorOf(city), IndicatorOf(zone));
        foreach (var lower in new[] { district, zone })
        {
            var link = ImportedCorpus.Graph.Edges.Single(e => e.Type == RelationshipTypes.AlignsWith && e.From == lower.Id && e.To == city.Id);
            Assert.Equal("indicator:地区生产总值增长", link.Props.GetString("basis"));
            Assert.InRange(link.Props.GetNumber("confidence")!.Value, 0.5, 1);
        }
    }

    [Fact]
    public void A_measure_opening_with_its_own_plans_area_is_the_measure_other_plans_name()
    {
        // 004 line 485 (the 都市圈's plan): “长春现代化都市圈旅游业总收入力争达到6000亿元”; 001 line 4369 (长春's): “旅游总收入力争突破 3000亿元”.
        var metro = Goal("004", "长春现代化都市圈旅游业总收入力争达到6000亿元");
        var city = Goal("001", "旅游总收入力争突破3000亿元");
        var indicator = ImportedCorpus.Node(IndicatorOf(metro));
        Assert.Equal("旅游业总收入", indicator.Props.GetString("name"));
        Assert.Equal(indicator.Id, IndicatorOf(city));
        var link = ImportedCorpus.Edge(RelationshipTypes.AlignsWith, city.Id, metro.Id);
        Assert.Equal("indicator:旅游业总收入", link.Props.GetString("basis"));
        // 都市圈总人口 in the 都市圈's own plan is its population; 莲花山度假区… in the zone's plan, the zone's.
        Assert.Equal("总人口", ImportedCorpus.Node(IndicatorOf(Goal("004", "都市圈总人口突破2000万"))).Props.GetString("name"));
        Assert.Equal("创意设计和工业组装产业规模", ImportedCorpus.Node(IndicatorOf(Goal("000", "莲花山度假区创意设计和工业组装产业规模达到1亿元左右"))).Props.GetString("name"));
    }

    [Fact]
    public void Prose_aims_are_goals_of_their_section()
    {
        var aim = Goal("003", "城镇登记失业率控制在4%以内");
        Assert.Equal(GoalKinds.Qualitative, aim.Props.GetString("kind"));
        Assert.Equal("4%以内", aim.Props.GetString("target"));
        var owner = ImportedCorpus.Graph.Edges.Single(e => e.Type == RelationshipTypes.States && e.To == aim.Id).From;
        Assert.Equal(Labels.Section, ImportedCorpus.Graph.Nodes.Single(n => n.Id == owner).Label);
        Assert.Equal("城镇登记失业率", ImportedCorpus.Graph.Nodes.Single(n => n.Id == IndicatorOf(aim)).Props.GetString("name"));
    }

    [Fact]
    public void Statistics_tables_state_no_goals()
    {
        var table = ImportedCorpus.Graph.Nodes.Single(n => n.Label == Labels.Column && n.Props.GetString("title") == "2020年底吉林电网电源装机统计表");
        Assert.DoesNotContain(ImportedCorpus.Graph.Edges, e => e.Type == RelationshipTypes.States && e.From == table.Id);
    }

    [Fact]
    public void Every_plan_with_targets_has_goals()
    {
        var byFile = ImportedCorpus.Graph.Nodes.Where(n => n.Label == Labels.Goal).GroupBy(n => n.Provenance.File[..3]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["000", "001", "002", "003", "004"], byFile.Keys.Order());
        Assert.All(ImportedCorpus.Graph.Nodes.Where(n => n.Label == Labels.Goal), n => Assert.False(string.IsNullOrEmpty(n.Props.GetString("planId"))));
    }
}
