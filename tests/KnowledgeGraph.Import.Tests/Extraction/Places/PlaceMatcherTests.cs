using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Places;

/// <summary>The place matcher on sentences the plans print.</summary>
public sealed class PlaceMatcherTests
{
    private static PlaceGazetteer Gazetteer => Corpus.Places;

    private static List<PlaceHit> Find(string text, string region = "吉林省") =>
        new PlaceMatcher(Gazetteer, PlaceMatcher.AreaOf(Gazetteer, region)).Find(FoldedText.Of(text));

    private static string[] Names(string text, string region = "吉林省") => Find(text, region).Select(h => h.Name).ToArray();

    [Fact]
    public void LongestNameWins()
    {
        Assert.Equal(["长春新区", "长春市"], Names("推动长春新区与长春市主城区联动。"));
    }

    [Fact]
    public void LocalAliasesApplyInPlansOfTheirArea()
    {
        // “高新区” in a 长春 plan is 长春高新区; in the province's plans it is any city's, unless 长春 is printed before it.
        Assert.Equal(["长春高新技术产业开发区"], Names("依托高新区，建设创新中心。", "长春市"));
        Assert.Empty(Names("依托高新区，建设创新中心。", "吉林省"));
        // 004 line 363: the area printed before the alias only qualifies it.
        Assert.Equal(["长春高新技术产业开发区"], Names("以长春市高新区、北湖开发区为主要承载", "吉林省"));
    }

    [Fact]
    public void Regions_of_the_plans_being_imported_are_places_of_their_level()
    {
        var regions = new[] { ("和平区", PlanLevels.District), ("榕岚市", PlanLevels.City), ("长春市", PlanLevels.District), ("本区", PlanLevels.District), ("农安县", PlanLevels.District) };
        var extended = Gazetteer.WithPlanRegions(regions);
        Assert.Equal((PlaceKinds.District, true), (extended.Find("和平区")!.Kind, extended.Find("和平区")!.PlanRegion));
        Assert.Equal(PlaceKinds.City, extended.Find("榕岚市")!.Kind);
        // A listed place keeps its entry; a word that is no area's name is not made one.
        Assert.Equal((PlaceKinds.City, false), (extended.Find("长春市")!.Kind, extended.Find("长春市")!.PlanRegion));
        Assert.Null(extended.Find("本区"));
        Assert.Null(Gazetteer.Find("和平区"));
        Assert.Same(Gazetteer, Gazetteer.WithPlanRegions([("长春市", PlanLevels.City), ("二道区", PlanLevels.District)]));

        var hits = new PlaceMatcher(extended, PlaceMatcher.AreaOf(extended, "和平区")).Find(FoldedText.Of("沈阳市和平区、榕岚市和长春市"));
        Assert.Equal(["沈阳市", "和平区", "榕岚市", "长春市"], hits.Select(h => h.Name));
    }

    [Fact]
    public void A_plan_region_is_known_by_its_short_form_in_its_own_plans_only()
    {
        var extended = Gazetteer.WithPlanRegions([("榕岚山市", PlanLevels.City), ("长春一市", PlanLevels.City), ("和平区", PlanLevels.District)]);
        List<PlaceHit> In(string region, string text) =>
            new PlaceMatcher(extended, PlaceMatcher.AreaOf(extended, region)).Find(FoldedText.Of(text));

        // Its own plan prints the region before its zones and projects.
        var zone = Assert.Single(In("榕岚山市", "加快榕岚山经济开发区建设"));
        Assert.Equal(("榕岚山经济开发区", PlaceKinds.Zone, "榕岚山市"), (zone.Name, zone.Kind, zone.TextParent));
        Assert.Equal(["长春一市"], In("长春一市", "长春一汽车城").Select(h => h.Name));
        // Elsewhere the short form is not a name, and does not hide the shorter one it starts with.
        Assert.Empty(In("长春市", "榕岚山经济开发区"));
        Assert.Equal(["长春市"], In("长春市", "长春一汽集团").Select(h => h.Name));
        // Two characters are too few to read as a name.
        Assert.Empty(In("和平区", "和平发展"));
    }

    [Fact]
    public void BlockersHideShortFormsInsideOtherWords()
    {
        Assert.Empty(Names("发挥长白山生态优势，保护伊通河、东辽河水质，维护“五大安全”。"));
    }

    [Fact]
    public void JilinMarketIsNotJilinCity()
    {
        Assert.Equal(["吉林市"], Names("吉林市场主体活跃，吉林市加快发展。"));
    }

    [Fact]
    public void NamesInsideACitedTitleBelongToTheTitle()
    {
        var hits = Find("依据《长春市国民经济和社会发展第十四个五年规划》，支持长春市发展。");
        var hit = Assert.Single(hits);
        Assert.Equal("长春市", hit.Name);
        Assert.True(hit.Start > 20);
    }

    [Fact]
    public void TownRuleNeedsALeftEdgeAndANameNotAWord()
    {
        var hits = Find("重点推进龙沼镇、那木乡等乡镇建设，打造特色小镇，推动城乡融合，繁荣乡村，鼓励返乡创业。");
        Assert.Equal(["龙沼镇", "那木乡"], hits.Select(h => h.Name));
        Assert.All(hits, h => Assert.Equal(PlaceKinds.Town, h.Kind));
        Assert.All(hits, h => Assert.Equal(PlaceSource.TownRule, h.Source));
    }

    [Fact]
    public void TownAfterADistrictTakesItAsParent()
    {
        var hit = Find("以双阳区石溪镇为重点").Single(h => h.Name == "石溪镇");
        Assert.Equal("双阳区", hit.TextParent);
    }

    [Fact]
    public void TablesSeparateCellsWithTabs()
    {
        // 004 line 4083: “2	中电建光储氢鱼光互补项目（在建）	道字乡	2.0	5”
        Assert.Contains("道字乡", Names("2\t中电建光储氢鱼光互补项目（在建）\t道字乡\t2.0\t5"));
    }

    [Fact]
    public void ZoneRuleStopsAtAVerb()
    {
        Assert.DoesNotContain(Find("支持四平市联合共建汽车产业园区"), h => h.Source == PlaceSource.ZoneRule);
        var zone = Find("依托四平红嘴经济技术开发区").Single(h => h.Source == PlaceSource.ZoneRule);
        Assert.Equal(("四平红嘴经济技术开发区", PlaceKinds.Zone, "四平市"), (zone.Name, zone.Kind, zone.TextParent));
    }

    [Fact]
    public void FormsOpeningWithAFirstCharacterComeInTheGazetteersOrderNamesBeforeAliases()
    {
        var forms = Gazetteer.FormsOpeningWith('长').ToArray();

        Assert.All(forms, f => Assert.StartsWith("长", f.Form));
        var names = forms.Select(f => f.Form).ToList();
        Assert.True(names.IndexOf("长春市") < names.IndexOf("长春"));
        Assert.True(names.IndexOf("长春") < names.IndexOf("长春新区"));
        Assert.Equal("长春市", forms[names.IndexOf("长春")].Entry.Name);
        // An alias is found by its own first character, not its place's.
        Assert.Contains(Gazetteer.FormsOpeningWith('兴').ToArray(), f => f is { Form: "兴隆综合保税区", Entry.Name: "长春兴隆综合保税区" });
        Assert.True(Gazetteer.FormsOpeningWith('\u00e9').IsEmpty);
    }
}
