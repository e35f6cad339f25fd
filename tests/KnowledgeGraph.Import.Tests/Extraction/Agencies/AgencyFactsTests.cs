using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Agencies;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Tests.Linking;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Agencies;

/// <summary>Agency facts of the whole import and the government-name rule on printed sentences.</summary>
public sealed class AgencyFactsTests
{
    private static readonly PlaceGazetteer Places = PlaceGazetteer.Load(Path.Combine(Corpus.ImportDirectory, "gazetteers", PlaceGazetteer.FileName));

    private static string[] Bodies(string prefix, string text)
    {
        var plan = Corpus.Plan(prefix);
        var folded = FoldedText.Of(text);
        var places = new PlaceMatcher(Places, PlaceMatcher.AreaOf(Places, plan.Metadata.Region)).Find(folded);
        return GovernmentNames.Find(folded, places, new AgencyArea(plan, Places)).Select(h => h.Name).ToArray();
    }

    [Fact]
    public void ADistrictsOwnGovernmentIsThePlansIssuer()
    {
        // 003 prints 区政府 (line 862: “区政府要认真制定国民经济和社会发展年度计划与预算”); the plan is issued by 二道区人民政府.
        var issuer = ImportedCorpus.AgencyId("二道区人民政府");
        ImportedCorpus.Edge(RelationshipTypes.IssuedBy, ImportedCorpus.PlanId("003"), issuer);
        Assert.Contains(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: issuer), e => e.Provenance.File.StartsWith("003"));
    }

    [Fact]
    public void BareProvinceAndCityPrefixesMeanThePlansProvinceAndCity()
    {
        Assert.Equal(["吉林省委", "吉林省人民政府"], Bodies("004", "根据省委、省政府部署，"));
        Assert.Equal(["长春市委", "长春市人民政府"], Bodies("001", "市委、市政府团结带领全市人民"));
        Assert.Equal(["吉林省工业和信息化厅"], Bodies("004", "由省工业和信息化厅牵头，加强跟踪分析"));
        Assert.Equal(["二道区人大常委会"], Bodies("003", "报请区人大常委会批准实施"));
    }

    [Fact]
    public void TheZonesCommitteeIsItsIssuer()
    {
        Assert.Equal(["莲花山生态旅游度假区管理委员会"], Bodies("000", "由区管委会牵头加强与国内外行业龙头对接"));
    }

    [Fact]
    public void ABarePrefixThePlanCannotResolveNamesNoBody()
    {
        // The province's plans: 市 is any city.
        Assert.Empty(Bodies("004", "市政府要加强组织领导"));
    }

    [Theory]
    [InlineData("001", "优化城市空间布局，形成区域发展新格局")]
    [InlineData("001", "建设城市会客厅和市民大厅")]
    [InlineData("001", "完善市场监管体系，推进社区委员会建设")]
    [InlineData("004", "省直有关部门要按照职能分工")]
    [InlineData("004", "一汽解放四平专用车委托改装")]
    public void WordsEndingLikeABodyAreNotBodies(string prefix, string text) => Assert.Empty(Bodies(prefix, text));

    [Fact]
    public void ACompanyMerelyMentionedIsNotAnAgency()
    {
        // 001 line 695: “全力支持一汽集团抢抓“新四化”发展机遇” gives 一汽 no role; 001 line 2270 “推进一汽集团与…重点企业合作” does.
        var faw = ImportedCorpus.AgencyId("中国第一汽车集团有限公司");
        var lines = ImportedCorpus.Edges(RelationshipTypes.Mentions, to: faw).Where(e => e.Provenance.File.StartsWith("001")).Select(e => e.Provenance.LineStart).ToList();
        Assert.DoesNotContain(695, lines);
        Assert.Contains(2270, lines);
    }

    [Fact]
    public void PartyCommitteesAreKindParty()
    {
        Assert.Equal("PARTY", ImportedCorpus.Node(ImportedCorpus.AgencyId("吉林省委")).Props.GetString("kind"));
        Assert.Equal("GOVERNMENT", ImportedCorpus.Node(ImportedCorpus.AgencyId("吉林省文化和旅游厅")).Props.GetString("kind"));
    }
}
