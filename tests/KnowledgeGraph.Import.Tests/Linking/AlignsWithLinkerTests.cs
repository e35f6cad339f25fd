using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Model;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>ALIGNS_WITH by indicator over the corpus: direction, nearest level, confidence, and unrelated areas.</summary>
public sealed class AlignsWithLinkerTests
{
    private static readonly Lazy<LinkFacts> Links = new(() => AlignsWithLinker.Link(ExtractedCorpus.Plans));

    private static LinkRecord? Between(GoalRecord lower, GoalRecord higher) =>
        // Records are values: null, not an empty record, when there is none.
        Links.Value.Links.Where(l => l.FromId == lower.Id && l.ToId == higher.Id).Select(l => (LinkRecord?)l).SingleOrDefault();

    private static GoalRecord ChangchunGdp => ExtractedCorpus.Goal("001", g => g.Measure == "地区生产总值（GDP）增长");

    [Fact]
    public void District_prose_gdp_aim_aligns_with_the_city_table_row()
    {
        var erdao = ExtractedCorpus.Goal("003", g => g.Measure == "地区生产总值年均增长");
        var found = Between(erdao, ChangchunGdp);
        Assert.NotNull(found);
        var link = found.Value;
        Assert.Equal(RelationshipTypes.AlignsWith, link.Type);
        Assert.Equal("indicator:地区生产总值增长", link.Props!.GetString("basis"));
        Assert.Equal(0.85, link.Props.GetNumber("confidence")); // same period; a prose aim
        Assert.Equal(erdao.Provenance, link.Provenance);
    }

    [Fact]
    public void Zone_table_row_aligns_with_full_confidence()
    {
        var zone = ExtractedCorpus.Goal("000", g => g.Measure == "地区生产总值年均增速");
        Assert.Equal(0.9, Between(zone, ChangchunGdp)?.Props!.GetNumber("confidence"));
    }

    [Fact]
    public void A_plan_of_another_period_aligns_with_less_confidence()
    {
        var lvyuan = ExtractedCorpus.Goal("002", g => g.Measure == "地区生产总值（GDP）增长");
        Assert.Equal(0.7, Between(lvyuan, ChangchunGdp)?.Props!.GetNumber("confidence")); // 2030 against 2025
    }

    [Fact]
    public void City_aligns_with_the_province_and_never_downwards()
    {
        var province = ExtractedCorpus.Goal("004", g => g.Text == "GDP年均增速6.5%左右", "长春现代化都市圈");
        Assert.NotNull(Between(ChangchunGdp, province));
        var levels = ExtractedCorpus.Plans.SelectMany(p => p.Facts.Goals.Select(g => (g.Id, Rank: PlanLevels.Rank(p.Plan.Metadata.Level))))
            .ToDictionary(x => x.Id, x => x.Rank);
        Assert.All(Links.Value.Links, l => Assert.True(levels[l.FromId] > levels[l.ToId], $"{l.FromId} → {l.ToId} does not go up"));
    }

    [Fact]
    public void A_goal_links_to_the_nearest_level_only()
    {
        var zone = ExtractedCorpus.Goal("000", g => g.Measure == "地区生产总值年均增速");
        var targets = Links.Value.Links.Where(l => l.FromId == zone.Id).Select(l => l.ToId).ToList();
        Assert.Equal([ChangchunGdp.Id], targets);
    }

    [Fact]
    public void Registered_unemployment_has_no_city_counterpart()
    {
        var registered = ExtractedCorpus.Goal("003", g => g.Measure == "城镇登记失业率");
        Assert.DoesNotContain(Links.Value.Links, l => l.FromId == registered.Id);
    }

    [Fact]
    public void Plans_of_unrelated_areas_are_not_aligned()
    {
        // The same city plan, as if it were 沈阳's: 二道区's text places it in 长春市, not 沈阳市.
        var plans = ExtractedCorpus.Plans.Select(p => p.Plan.Metadata.Region == "长春市"
            ? p with { Plan = p.Plan with { Metadata = p.Plan.Metadata with { Region = "沈阳市" } } }
            : p).ToList();
        var links = AlignsWithLinker.Link(plans).Links;
        var erdao = ExtractedCorpus.Goal("003", g => g.Measure == "地区生产总值年均增长");
        Assert.DoesNotContain(links, l => l.FromId == erdao.Id && l.ToId == ChangchunGdp.Id);
        Assert.Contains(links, l => l.FromId == erdao.Id); // it now aligns with the province, its nearest known level
    }

    [Fact]
    public void Regions_come_from_the_texts_and_from_within_links()
    {
        var regions = AlignsWithRegions.From(ExtractedCorpus.Plans);
        Assert.True(regions.Within("绿园区", "长春市")); // “长春市绿园区”
        Assert.True(regions.Within("二道区", "长春市")); // “长春市二道区”
        Assert.True(regions.Within("长春莲花山生态旅游度假区", "长春市")); // named after the city
        Assert.True(regions.Within("长春市", "吉林省")); // the province the city's plan names
        Assert.True(regions.Within("绿园区", "吉林省"));
        Assert.False(regions.Within("长春市", "二道区"));

        var renamed = ExtractedCorpus.Plans.Select(p => p.Plan.Metadata.Region == "绿园区"
            ? p with { Plan = p.Plan with { Metadata = p.Plan.Metadata with { Region = "某区" } } }
            : p).ToList();
        Assert.False(AlignsWithRegions.From(renamed).Within("某区", "长春市"));
        var within = new LinkRecord(RelationshipTypes.Within, NodeIds.For(Labels.Place, "某区"), NodeIds.For(Labels.Place, "长春市"), renamed[0].Plan.TitleLines[0].Provenance());
        renamed[0] = renamed[0] with { Facts = renamed[0].Facts with { Links = [.. renamed[0].Facts.Links, within] } };
        Assert.True(AlignsWithRegions.From(renamed).Within("某区", "长春市"));
    }
}
