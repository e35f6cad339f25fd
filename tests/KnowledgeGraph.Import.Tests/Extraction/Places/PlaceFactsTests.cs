using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Tests.Linking;

using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Places;

/// <summary>Place facts of the whole import, checked against what the documents print.</summary>
public sealed class PlaceFactsTests
{
    private static string Place(string name) => ImportedCorpus.PlaceId(name);

    [Fact]
    public void ErdaoLiesInChangchunWhichLiesInJilin()
    {
        ImportedCorpus.Edge(RelationshipTypes.Within, Place("二道区"), Place("长春市"));
        ImportedCorpus.Edge(RelationshipTypes.Within, Place("长春市"), Place("吉林省"));
        Assert.Equal(PlaceKinds.District, ImportedCorpus.Node(Place("二道区")).Props.GetString("kind"));
    }

    [Theory]
    [InlineData("长春莲花山生态旅游度假区", "长春市")]
    [InlineData("绿园区", "长春市")]
    [InlineData("公主岭市", "长春市")]
    [InlineData("延边朝鲜族自治州", "吉林省")]
    [InlineData("英俊镇", "二道区")]
    [InlineData("长春国际物流经济开发区", "二道区")]
    [InlineData("绿园经济开发区", "绿园区")]
    [InlineData("长春高新技术产业开发区", "长春新区")]
    [InlineData("乌拉街镇", "龙潭区")] // 长吉 专栏 3 重点乡镇（街道）主要职能
    [InlineData("敬信镇", "珲春市")] // 冰雪 plan: 以敬信镇…
    [InlineData("刘房子街道", "公主岭市")] // 长春四平: 沿京哈交通线串联陶家屯镇、刘房子街道…
    [InlineData("双河镇", "永吉县")] // 长吉: 永吉县节点。…打造口前—西阳—双河镇工业发展带
    [InlineData("长山镇", "前郭尔罗斯蒙古族自治县")] // 专栏 4 长春至松原市通道: 特色小镇（2个）合隆镇、长山镇
    [InlineData("金珠镇", "龙潭区")] // 专栏 4 长春至吉林市和蛟河市通道
    [InlineData("兰家镇", "宽城区")] // 长吉 重点乡镇: 兰家镇：以轨道交通装备制造…
    [InlineData("大绥河镇", "船营区")]
    [InlineData("新湖镇", "长春净月高新技术产业开发区")] // 001 line 4105
    public void GazetteerParents(string child, string parent) =>
        ImportedCorpus.Edge(RelationshipTypes.Within, Place(child), Place(parent));

    [Fact]
    public void ATownPrintedByItsFormerNameIsThePlaceItBecame()
    {
        // 004 line 1133, 特色小镇（3个）卡伦镇、…: 卡伦镇 is now 卡伦湖街道 of 九台区, which 001 prints by that name.
        Assert.False(ImportedCorpus.HasNode(Place("卡伦镇")));
        ImportedCorpus.Edge(RelationshipTypes.Within, Place("卡伦湖街道"), Place("九台区"));
        Assert.Contains(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: Place("卡伦湖街道")), e => e.Provenance.File.StartsWith("004", StringComparison.Ordinal) && e.Provenance.LineStart <= 1133 && e.Provenance.LineEnd >= 1133);
    }

    [Fact]
    public void TheRegionsOfThePlansAreTheAssemblersCoveredPlaces()
    {
        foreach (var (prefix, region) in new[] { ("000", "长春莲花山生态旅游度假区"), ("001", "长春市"), ("002", "绿园区"), ("003", "二道区"), ("004", "吉林省") })
        {
            ImportedCorpus.Edge(RelationshipTypes.Covers, ImportedCorpus.PlanId(prefix), Place(region));
        }
    }

    [Fact]
    public void LianhuashansTownsLieInTheZoneAsItsPreambleStates()
    {
        // 000 line 70: “…辖泉眼镇、劝农山镇、四家乡“两镇一乡”…”
        foreach (var town in new[] { "泉眼镇", "劝农山镇", "四家乡" })
        {
            var edge = ImportedCorpus.Edge(RelationshipTypes.Within, Place(town), Place("长春莲花山生态旅游度假区"));
            Assert.Equal("text", edge.Props.GetString("basis"));
            Assert.Equal(70, edge.Provenance.LineStart);
            Assert.Equal(PlaceKinds.Town, ImportedCorpus.Node(Place(town)).Props.GetString("kind"));
        }
    }

    [Fact]
    public void AnAbbreviationIsTheSameNodeAsTheFullName()
    {
        // 001 prints 长春高新区 as well as 长春高新技术产业开发区; 004 prints 长春市高新区.
        Assert.False(ImportedCorpus.HasNode(Place("长春高新区")));
        Assert.False(ImportedCorpus.HasNode(Place("长春市高新区")));
        var zone = ImportedCorpus.Node(Place("长春高新技术产业开发区"));
        Assert.Contains("长春高新区", zone.Props.GetString("aliases"));
        Assert.Contains(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: zone.Id), e => e.Provenance.File.StartsWith("004"));
    }

    [Fact]
    public void A_variant_character_names_the_same_place()
    {
        // 001 prints 珲春海洋经济发展示范区; 004 line 287 prints 琿春海洋经济发展示范区.
        Assert.False(ImportedCorpus.HasNode(Place("琿春海洋经济发展示范区")));
        var zone = ImportedCorpus.Node(Place("珲春海洋经济发展示范区"));
        var mentions = ImportedCorpus.Edges(RelationshipTypes.Mentions, to: zone.Id).ToList();
        Assert.Contains(mentions, e => e.Provenance.File.StartsWith("004") && e.Provenance.LineStart == 287);
        Assert.Contains(mentions, e => e.Provenance.File.StartsWith("001"));
        ImportedCorpus.Edge(RelationshipTypes.Within, zone.Id, Place("珲春市"));
    }

    [Fact]
    public void A_zone_printed_with_and_without_its_areas_suffix_is_one_place()
    {
        // 001 line 6882 prints 长春循环经济产业开发区 and line 6921 长春市循环经济产业开发区; 001 line 2176
        // prints 绿园区西新工业集中区 and 004 line 1149 绿园西新工业集中区.
        Assert.False(ImportedCorpus.HasNode(Place("长春市循环经济产业开发区")));
        Assert.False(ImportedCorpus.HasNode(Place("绿园区西新工业集中区")));
        var zone = ImportedCorpus.Node(Place("绿园西新工业集中区"));
        var mentions = ImportedCorpus.Edges(RelationshipTypes.Mentions, to: zone.Id).ToList();
        Assert.Contains(mentions, e => e.Provenance.File.StartsWith("001") && e.Provenance.LineStart == 2176);
        Assert.Contains(mentions, e => e.Provenance.File.StartsWith("004") && e.Provenance.LineStart == 1149);
        ImportedCorpus.Edge(RelationshipTypes.Within, zone.Id, Place("绿园区"));
        ImportedCorpus.Edge(RelationshipTypes.Within, Place("长春循环经济产业开发区"), Place("长春市"));
    }

    [Theory]
    [InlineData("长春市职教园区", "长春市职业教育园区", "001", 7577)]
    [InlineData("通化国家医药高新区", "通化医药高新技术产业开发区", "004", 1715)]
    [InlineData("公主岭现代农业（种业）产业园", "公主岭现代种业产业园", "004", 5390)]
    [InlineData("双辽化工园区", "双辽市化工产业园", "004", 5414)]
    public void A_zone_printed_under_a_second_name_is_one_place(string printed, string name, string file, int line)
    {
        Assert.False(ImportedCorpus.HasNode(Place(printed)));
        Assert.Contains(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: Place(name)),
            e => e.Provenance.File.StartsWith(file, StringComparison.Ordinal) && e.Provenance.LineStart == line);
    }

    [Fact]
    public void AZoneAfterACityNameIsReadByTheRuleWithTheCityAsParent()
    {
        // 004 line 1142: “…吉林四平经济开发区、吉林铁东经济开发区、四平红嘴经济技术开发区”
        var zone = ImportedCorpus.Node(Place("四平红嘴经济技术开发区"));
        Assert.Equal(PlaceKinds.Zone, zone.Props.GetString("kind"));
        Assert.Equal("rule", zone.Props.GetString("source"));
        Assert.Equal("text", ImportedCorpus.Edge(RelationshipTypes.Within, zone.Id, Place("四平市")).Props.GetString("basis"));
    }

    [Theory]
    [InlineData("福顺镇", "洮南市", 3968)]   // “7	福顺光伏	福顺镇	6.9	50” in 表 18 洮南市规划光伏项目汇总表
    [InlineData("海坨乡", "大安市", 3985)]   // “…于家洼子光伏项目	两家子镇、新平安镇、海坨乡…” in 表 19 大安市…
    [InlineData("工农街道", "宁江区", 4011)] // in 表 20 宁江区规划光伏项目汇总表
    public void TownsInATableAboutOneAreaLieInThatArea(string town, string area, int line)
    {
        var edge = ImportedCorpus.Edge(RelationshipTypes.Within, Place(town), Place(area));
        Assert.Equal("table", edge.Props.GetString("basis"));
        // The quote is the table's row.
        Assert.Equal(line, edge.Provenance.LineStart);
        Assert.Contains(town, edge.Provenance.Quote, StringComparison.Ordinal);
        Assert.Contains('\t', edge.Provenance.Quote);
    }

    [Fact]
    public void A_table_numbered_in_Chinese_numerals_is_about_the_area_its_title_opens_with()
    {
        // 004's 表 18 (lines 3959–3968) numbered 表十八, as other plans number their tables. Before, the
        // number's numerals stood between 表 and the area, and none of the towns was placed.
        var lines = File.ReadAllLines(Corpus.PathOf("004"))[3959..3968];
        var plan = Corpus.DroppedIn("第一章 能源基地\n\n表十八 洮南市规划光伏项目汇总表\n" + string.Join('\n', lines) + "\n\n第二章 保障措施\n\n加强组织领导。",
            "吉林省西部国家级清洁能源基地发展规划");
        var facts = PlaceFamily.Extract(plan, PlanFacts.Empty, new ExtractionContext(Corpus.ImportDirectory));

        var within = facts.Links.Where(l => l.Type == RelationshipTypes.Within && l.Props!.GetString("basis") == "table").Select(l => (l.FromId, l.ToId)).ToList();
        string[] towns = ["永茂乡", "安定乡", "黑水镇", "大通乡", "福顺镇"];
        Assert.All(towns, t => Assert.Contains((Place(t), Place("洮南市")), within));
    }

    // 龙潭区 is first an ancestor (of 金珠镇, 004 line 1135, in a sub-plan that never prints it) and
    // printed in another sub-plan (line 4873: 吉林市龙潭区工业物流基地); 黑龙江省 is an ancestor of
    // 哈尔滨 in 001 and printed in 004; 吉林省 is the compilation's region, whose title does not print it.
    [Theory]
    [InlineData("龙潭区", "龙潭区", "004")]
    [InlineData("黑龙江省", "黑龙江", "004")]
    [InlineData("吉林省", "吉林省", "004")]
    public void APlaceTakesALineThatPrintsIt(string place, string printed, string file)
    {
        var node = ImportedCorpus.Node(Place(place));
        Assert.StartsWith(file, node.Provenance.File, StringComparison.Ordinal);
        Assert.Contains(printed, node.Provenance.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void TownsInAPilotListAreReadByTheRule()
    {
        // 001 line 4099: “卡伦湖街道王家村新农村建设、兴隆街道农村老旧水泥路改造、…” (not in the gazetteer)
        var street = ImportedCorpus.Node(Place("兴隆街道"));
        Assert.Equal(PlaceKinds.Street, street.Props.GetString("kind"));
        Assert.Equal("rule", street.Props.GetString("source"));
        Assert.Contains(ImportedCorpus.Edges(RelationshipTypes.Mentions, to: street.Id), e => e.Provenance.LineStart == 4099);
    }

    [Theory]
    [InlineData("五下乡")]      // 000: “五下乡”活动 — a quoted slogan
    [InlineData("两镇一乡")]    // 000 line 70: quoted count of the towns
    [InlineData("城乡")]
    [InlineData("特色小镇")]
    [InlineData("工业重镇")]
    [InlineData("以城带乡")]
    [InlineData("吉林市场")]
    [InlineData("白山")]        // inside 长白山
    [InlineData("吉林省三次产业融合发展示范区")]
    [InlineData("吉林市俄罗斯伊尔库茨克境外园区")]
    public void NotPlaces(string name)
    {
        Assert.False(ImportedCorpus.HasNode(Place(name)), $"{name} is not a place");
    }

    [Fact]
    public void ChangbaishanDoesNotMentionBaishanCity()
    {
        // 004 prints 长白山 many times; none of those sentences names 白山市 unless 白山 stands alone.
        foreach (var edge in ImportedCorpus.Edges(RelationshipTypes.Mentions, to: Place("白山市")))
        {
            var quote = edge.Provenance.Quote.Replace("长白山", "");
            Assert.Contains("白山", quote);
        }
    }
}
