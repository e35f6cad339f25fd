using KnowledgeGraph.Import.Extraction.Indicators;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Indicators;

public sealed class OwnAreasTests
{
    private static PlaceGazetteer Places => Corpus.Places;

    [Fact]
    public void A_plan_named_for_an_area_owns_that_area_its_aliases_and_its_head_noun()
    {
        var metro = OwnAreas.Of(Corpus.Plan("004", "长春现代化都市圈").Metadata, Places);

        Assert.Equal(["长春现代化都市圈", "长春都市圈", "吉林省", "都市圈"], metro.Names.Where(n => n.Contains("都市圈") || n == "吉林省"));
    }

    [Fact]
    public void A_citys_plan_owns_the_city_not_the_metropolitan_area_around_it()
    {
        var city = OwnAreas.Of(Corpus.Plan("001").Metadata, Places);

        Assert.Contains("长春市", city.Names);
        Assert.DoesNotContain("都市圈", city.Names);
        Assert.DoesNotContain("长春现代化都市圈", city.Names);
        // The zone's plan owns the zone under every name the gazetteer gives it.
        Assert.Contains("莲花山度假区", OwnAreas.Of(Corpus.Plan("000").Metadata, Places).Names);
        // 长春新区 opens like 长春 but is another place: its measures stay its own.
        Assert.Equal("长春新区地区生产总值增长", city.Strip("长春新区地区生产总值增长"));
        Assert.Equal("旅游业总收入", city.Strip("长春旅游业总收入"));
    }
}
