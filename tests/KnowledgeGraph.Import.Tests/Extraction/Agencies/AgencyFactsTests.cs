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
    private static PlaceGazetteer Places => Corpus.Places;

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
        // 004 line 1747, 000 lines 782 and 598: a body after 通过, 对接 and 依托.
        Assert.Equal(["国家药监局"], Bodies("004", "凡通过国家药监局核准的质量和疗效一致性评价的仿制药"));
        Assert.Equal(["长春市文广旅局"], Bodies("000", "对接市文广旅局全方位推介度假区冰雪企业"));
        // 000 line 598: “依托市科技局、科协，建立…”.
        Assert.Equal(["长春市科技局"], Bodies("000", "依托市科技局、科协，建立"));
    }

    [Fact]
    public void MinistriesInGeneralAreNoBody()
    {
        // 004 line 1228: “积极对接国家部委，深化省部合作”.
        Assert.Empty(Bodies("004", "积极对接国家部委，深化省部合作"));
    }

    [Fact]
    public void BodiesTheRuleLeavesToTheGazetteer()
    {
        // 004 line 2091: “密切对接国家体育总局、国际滑联和国际雪联”; 003 lines 78 and 82: 民政部, 国家民政部.
        Assert.Contains(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: ImportedCorpus.AgencyId("国家体育总局")), e => e.Provenance.LineStart == 2091);
        var civil = ImportedCorpus.Edges(RelationshipTypes.Mentions, to: ImportedCorpus.AgencyId("民政部")).ToList();
        Assert.Contains(civil, e => e.Provenance.File.StartsWith("003", StringComparison.Ordinal));
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
    public void APlanIsLedByTheBodyItsParagraphOnCarryingItOutNames()
    {
        // 004 line 2183 (and 2423 for the other loop): “本规划发布后，由省文化和旅游厅负责组织实施。”
        var tourism = ImportedCorpus.AgencyId("吉林省文化和旅游厅");
        foreach (var loop in new[] { "长通白延吉长避暑休闲冰雪旅游大环线", "长松大白通长河湖草原湿地旅游大环线" })
        {
            var led = ImportedCorpus.Edge(RelationshipTypes.LedBy, ImportedCorpus.PlanId("004", loop), tourism);
            Assert.Equal("负责组织实施", led.Props.GetString("role"));
            Assert.Equal("本规划发布后，由省文化和旅游厅负责组织实施。", led.Provenance.Quote);
        }
        // 004 line 1359: “由省工业和信息化厅牵头，加强对规划实施情况的跟踪分析和督促检查”.
        var corridor = ImportedCorpus.Edge(RelationshipTypes.LedBy, ImportedCorpus.PlanId("004", "工业走廊"), ImportedCorpus.AgencyId("吉林省工业和信息化厅"));
        Assert.Equal("牵头", corridor.Props.GetString("role"));
        Assert.Equal(1359, corridor.Provenance.LineStart);
        // 000 line 1106, under 健全监督考核机制: “区发改局负责统筹协调，各职能部门负责具体实施。”
        var zone = ImportedCorpus.Edge(RelationshipTypes.LedBy, ImportedCorpus.PlanId("000"), ImportedCorpus.AgencyId("长春莲花山生态旅游度假区发改局"));
        Assert.Equal("负责统筹协调", zone.Props.GetString("role"));
    }

    [Fact]
    public void ABodyActingOnceOrLeadingOneTaskDoesNotLeadThePlan()
    {
        // 000 line 1116: “由区管委会牵头加强与国内外行业龙头…对接” leads the investment drive;
        // 001 line 8218: “需对本规划进行调整时，由市政府提出调整方案” has the city propose a change.
        Assert.DoesNotContain(ImportedCorpus.Edges(RelationshipTypes.LedBy, from: ImportedCorpus.PlanId("000")),
            e => e.To == ImportedCorpus.AgencyId("莲花山生态旅游度假区管理委员会"));
        Assert.Empty(ImportedCorpus.Edges(RelationshipTypes.LedBy, from: ImportedCorpus.PlanId("001")));
        Assert.Equal(4, ImportedCorpus.Edges(RelationshipTypes.LedBy).Count());
    }

    [Theory]
    // 002 line 299: “支持区内企业与航空工业集团、中国民用航空局等航空企业深化合作”.
    [InlineData("002", 299, "中国航空工业集团有限公司")]
    [InlineData("002", 299, "中国民用航空局")]
    // 001 line 5944: “深化与中铁集团、中国医药集团、中粮集团、大唐集团等驻京央企合作” (大唐 / 集团 wrapped across lines).
    [InlineData("001", 5944, "中铁集团")]
    [InlineData("001", 5944, "中国医药集团有限公司")]
    [InlineData("001", 5944, "中粮集团有限公司")]
    [InlineData("001", 5944, "中国大唐集团有限公司")]
    // 000 line 412: “加强与长春财经学院、长春人文学院、长春光华学院等民办高校合作”.
    [InlineData("000", 412, "长春光华学院")]
    // 000 line 602: “联合吉林省农科院、吉林农业大学等科研机构”.
    [InlineData("000", 602, "吉林省农业科学院")]
    // 004 line 2733: “推动与辽港集团深度合作，创新与丹东临港集团合作模式”.
    [InlineData("004", 2733, "辽宁港口集团有限公司")]
    // 002 line 450, 专栏: “与皓月集团合作推出老年营养餐集中配送服务”.
    [InlineData("002", 450, "皓月集团")]
    // 000 line 440: “加强与一汽、长客、亚泰等工业产业链核心企业合作”.
    [InlineData("000", 440, "吉林亚泰（集团）股份有限公司")]
    public void APartnerInAClauseOfCooperationIsAnAgency(string file, int line, string name)
    {
        var mentions = ImportedCorpus.Edges(RelationshipTypes.Mentions, to: ImportedCorpus.AgencyId(name));
        Assert.Contains(mentions, e => e.Provenance.File.StartsWith(file, StringComparison.Ordinal) && e.Provenance.LineStart <= line && line <= e.Provenance.LineEnd);
    }

    [Fact]
    public void ACueInsideAnotherNameGivesNoRole()
    {
        // 004 lines 3062 and 3080 list 双创 bases: 长春理工大学双创示范基地 beside 中韩（长春）国际合作示范区北药园双创示范基地,
        // 长春理工大学科技创业孵化基地 beside 吉林省联合创意创业孵化基地; 合作 and 联合 belong to those names.
        static bool InBaseLists(GraphEdge e) => e.Provenance.File.StartsWith("004", StringComparison.Ordinal) && e.Provenance.LineStart is 3062 or 3080 or 3082;
        Assert.DoesNotContain(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: ImportedCorpus.AgencyId("长春理工大学")), InBaseLists);
        Assert.DoesNotContain(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: ImportedCorpus.AgencyId("中国第一汽车集团有限公司")), InBaseLists);
        Assert.False(ImportedCorpus.HasNode(ImportedCorpus.AgencyId("长光卫星技术股份有限公司")));
        // 004 line 1489 lists 亚泰国际医药健康产业园 beside 中古（长春）生物技术国际合作区: a zone, not a partnership.
        Assert.DoesNotContain(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: ImportedCorpus.AgencyId("吉林亚泰（集团）股份有限公司")),
            e => e.Provenance.File.StartsWith("004", StringComparison.Ordinal));
        // After the list's closing 等 the cue is the verb again (004 line 3108): “鼓励外资企业与长春市内吉林大学、
        // 东北师范大学、中科院长春光机所和中科院长春应化所等重点高校、科研院所等共建协同创新平台”.
        Assert.Contains(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: ImportedCorpus.AgencyId("东北师范大学")),
            e => e.Provenance.File.StartsWith("004", StringComparison.Ordinal) && e.Provenance.LineStart == 3108);
    }

    [Fact]
    public void PartyCommitteesAreKindParty()
    {
        Assert.Equal("PARTY", ImportedCorpus.Node(ImportedCorpus.AgencyId("吉林省委")).Props.GetString("kind"));
        Assert.Equal("GOVERNMENT", ImportedCorpus.Node(ImportedCorpus.AgencyId("吉林省文化和旅游厅")).Props.GetString("kind"));
    }
}
