using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Model;
using static KnowledgeGraph.Import.Tests.Linking.LinkingPlans;

namespace KnowledgeGraph.Import.Tests.Linking;

public sealed class SameAsLinkerTests
{
    private static LinkRecord? Between(IReadOnlyList<LinkRecord> links, string from, string to) =>
        // Records are values: null, not an empty record, when there is none.
        links.Where(l => l.FromId == from && l.ToId == to).Select(l => (LinkRecord?)l).SingleOrDefault();

    private static IReadOnlyList<LinkRecord> LinkAll(params ExtractedPlan[] plans) => SameAsLinker.Link(plans);

    [Theory]
    // The same name printed alike.
    [InlineData("华为长春研究所", "华为长春研究所", SameAsLinker.BasisName)]
    // With and without the city, a generic ending or a bracketed alias.
    [InlineData("长春市传染病医院改扩建工程项目", "长春市传染病医院扩建工程", SameAsLinker.BasisNormalised)]
    [InlineData("长春吉润净月医院", "长春吉润净月医院（吉大一院净月分院）", SameAsLinker.BasisNormalised)]
    [InlineData("十万头肉牛养殖基地项目", "农安十万头肉牛养殖基地", SameAsLinker.BasisNormalised)]
    // 综合治理 and 生态治理 of one river basin.
    [InlineData("新凯河流域生态治理工程", "新凯河流域综合治理工程", SameAsLinker.BasisNormalised)]
    // 高铁 and 高速铁路, dashes and 经/至.
    [InlineData("长春—辽源—通化高铁项目", "长春经辽源至通化高速铁路", SameAsLinker.BasisNormalised)]
    // Abbreviations that drop a word, and words swapped.
    [InlineData("龙嘉机场三期扩建工程", "长春龙嘉国际机场三期扩建", SameAsLinker.BasisSimilar)]
    [InlineData("兴隆综保区智能制造产业园", "长春兴隆综合保税区智能制造产业园", SameAsLinker.BasisSimilar)]
    [InlineData("吉林动画学院长春国际影都校区", "吉林动画学院影都校区", SameAsLinker.BasisSimilar)]
    [InlineData("一汽奥迪新能源汽车项目", "奥迪一汽新能源汽车", SameAsLinker.BasisSimilar)]
    // An area and a kind of facility, the area printed two ways.
    [InlineData("长春市图书馆", "长春图书馆", SameAsLinker.BasisNormalised)]
    public void Namings_of_one_project_in_city_and_province_plans_are_linked(string city, string province, string basis)
    {
        var c = Plan("市规划", PlanLevels.City, "长春市", city);
        var p = Plan("省规划", PlanLevels.Province, "吉林省", province);
        var found = Between(LinkAll(p, c), ProjectId(c, city), ProjectId(p, province));
        Assert.NotNull(found);
        var link = found.Value;
        Assert.Equal(RelationshipTypes.SameAs, link.Type);
        Assert.Equal(basis, link.Props!.GetString("basis"));
        Assert.InRange(link.Props.GetNumber("confidence")!.Value, 0.6, 1.0);
    }

    [Theory]
    // Two of the 一主六双 special plans (004 lines 1085 and 2948): the park, and one stage of it.
    [InlineData("吴太医药产业园", "吴太医药产业园二期项目", 0.75)]
    [InlineData("长春龙嘉国际机场三期扩建工程", "长春龙嘉国际机场三期扩建", 0.9)]
    public void A_phase_only_one_name_prints_lowers_the_confidence(string city, string province, double confidence)
    {
        var c = Plan("市规划", PlanLevels.City, "长春市", city);
        var p = Plan("省规划", PlanLevels.Province, "吉林省", province);
        var link = Between(LinkAll(p, c), ProjectId(c, city), ProjectId(p, province));
        Assert.NotNull(link);
        Assert.Equal(SameAsLinker.BasisNormalised, link.Value.Props!.GetString("basis"));
        Assert.Equal(confidence, link.Value.Props.GetNumber("confidence"));
    }

    [Theory]
    // Two parks of one kind in different cities.
    [InlineData("健康食品产业园", "梅河口健康食品产业园")]
    [InlineData("四平换热设备产业园", "辽源换热设备产业园")]
    // Two rivers, two phases, a phase against a line, two figures.
    [InlineData("伊通河重点段治理工程", "饮马河重点段治理工程")]
    [InlineData("城市轨道交通三期项目", "城市轨道交通四期工程")]
    [InlineData("城市轨道交通三期项目", "长春市城市轨道交通5号线")]
    [InlineData("吉化120万吨乙烯", "吉化80万吨乙烯")]
    // The province's centre is not the city's; a hospital is not a school.
    [InlineData("长春综合文化活动中心还建", "吉林省文化活动中心")]
    [InlineData("长春市第二医院应急救治能力提升项目", "长春市第二中学应急救治能力提升项目")]
    // A county's airport is not its city's (集安市 lies in 通化市).
    [InlineData("集安机场", "通化机场")]
    // A kind of project inside a named one.
    [InlineData("污水处理厂提标改造工程", "长春英俊污水处理厂扩容提标改造工程")]
    [InlineData("东辽河流域综合治理工程", "新凯河流域综合治理工程")]
    public void Different_projects_are_not_linked(string city, string province)
    {
        var c = Plan("市规划", PlanLevels.City, "长春市", city);
        var p = Plan("省规划", PlanLevels.Province, "吉林省", province);
        Assert.Empty(LinkAll(p, c));
    }

    [Fact]
    public void A_name_with_nothing_particular_in_it_links_only_when_printed_alike_and_then_with_less_confidence()
    {
        var c = Plan("市规划", PlanLevels.City, "长春市", "生物医药产业园", "冷链物流产业园", "文化活动中心", "影视产业园区");
        var p = Plan("省规划", PlanLevels.Province, "吉林省", "生物医药产业园", "吉林省文化活动中心", "影视产业园", "生物医药产业园区");
        var links = LinkAll(p, c);
        var link = Assert.Single(links);
        Assert.Equal((ProjectId(c, "生物医药产业园"), ProjectId(p, "生物医药产业园")), (link.FromId, link.ToId));
        Assert.Equal(0.7, link.Props!.GetNumber("confidence"));
    }

    [Fact]
    public void Links_run_upwards_once_per_pair_and_a_repeated_name_forms_a_tree()
    {
        var district = Plan("区规划", PlanLevels.District, "绿园区", "新凯河流域生态治理工程");
        var city = Plan("市规划", PlanLevels.City, "长春市", "新凯河流域综合治理工程");
        var provinceA = Plan("省规划甲", PlanLevels.Province, "吉林省", "新凯河流域综合治理工程");
        var provinceB = Plan("省规划乙", PlanLevels.Province, "吉林省", "新凯河流域综合治理工程");
        var links = LinkAll(provinceA, provinceB, city, district);

        var d = ProjectId(district, "新凯河流域生态治理工程");
        var c = ProjectId(city, "新凯河流域综合治理工程");
        var a = ProjectId(provinceA, "新凯河流域综合治理工程");
        var b = ProjectId(provinceB, "新凯河流域综合治理工程");
        Assert.Equal(
            new[] { (b, a), (c, a), (d, a), (d, c) }.Order(),
            links.Select(l => (l.FromId, l.ToId)).Order());
        Assert.DoesNotContain(links, l => links.Any(o => o.FromId == l.ToId && o.ToId == l.FromId));
    }

    [Fact]
    public void Projects_of_one_plan_are_never_linked_to_each_other()
    {
        var city = Plan("市规划", PlanLevels.City, "长春市", "光电信息产业园", "经开光电信息产业园", "长春—辽源—通化高铁项目", "长春-辽源-通化高铁");
        Assert.Empty(LinkAll(city));
    }

    [Fact]
    public void A_plan_region_outside_the_province_is_an_area_of_its_own()
    {
        // 沈阳市 and 和平区 are not among the province's area words: their plans' projects lie there, not anywhere.
        var jilin = Plan("吉林省规划", PlanLevels.Province, "吉林省", "国际汽车城");
        var changchun = Plan("长春市规划", PlanLevels.City, "长春市", "国际汽车城");
        var shenyang = Plan("沈阳市规划", PlanLevels.City, "沈阳市", "国际汽车城");
        var heping = Plan("和平区规划", PlanLevels.District, "和平区", "国际汽车城");
        var jilinSpecial = Plan("吉林省专项规划", PlanLevels.Province, "吉林省", "国际汽车城（松花湖）");
        var links = LinkAll(jilin, jilinSpecial, changchun, shenyang, heping);
        Assert.NotNull(Between(links, ProjectId(changchun, "国际汽车城"), ProjectId(jilin, "国际汽车城")));
        // Two namings without an area, both anywhere in the province, are still one project.
        Assert.NotNull(Between(links, ProjectId(jilinSpecial, "国际汽车城（松花湖）"), ProjectId(jilin, "国际汽车城")));
        Assert.DoesNotContain(links, l => l.FromId == ProjectId(shenyang, "国际汽车城"));
        // Nothing says where 和平区 lies.
        Assert.DoesNotContain(links, l => l.FromId == ProjectId(heping, "国际汽车城"));

        // Once the place hierarchy puts 和平区 in 沈阳市, their namings are one project.
        var within = new LinkRecord(RelationshipTypes.Within, NodeIds.ForName(Labels.Place, "和平区"), NodeIds.ForName(Labels.Place, "沈阳市"),
            heping.Facts.Projects[0].Provenance);
        heping = heping with { Facts = heping.Facts with { Links = [within] } };
        links = LinkAll(jilin, jilinSpecial, changchun, shenyang, heping);
        Assert.NotNull(Between(links, ProjectId(heping, "国际汽车城"), ProjectId(shenyang, "国际汽车城")));
        Assert.DoesNotContain(links, l => l.FromId == ProjectId(shenyang, "国际汽车城"));
        Assert.Single(links, l => l.FromId == ProjectId(heping, "国际汽车城"));
    }

    [Fact]
    public void A_region_the_province_s_words_only_open_is_an_area_of_its_own_unless_the_gazetteer_lists_it()
    {
        // 长春七市 and 长春八市 open with 长春 but are not 长春市: a name printing either lies there, not in 长春.
        var changchun = Plan("长春市规划", PlanLevels.City, "长春市", "长春市速度滑冰馆");
        var seven = Plan("长春七市规划", PlanLevels.City, "长春七市", "长春七市速度滑冰馆", "冰雪产业园");
        var eight = Plan("长春八市规划", PlanLevels.City, "长春八市", "长春八速度滑冰馆");
        // A zone whose name opens with 长春七 lies in 长春七市.
        var zone = Plan("长春七莲花山度假区规划", PlanLevels.Zone, "长春七莲花山生态旅游度假区", "冰雪产业园");
        var links = LinkAll(changchun, seven, eight, zone);
        Assert.DoesNotContain(links, l => l.FromId == ProjectId(seven, "长春七市速度滑冰馆"));
        Assert.DoesNotContain(links, l => l.FromId == ProjectId(eight, "长春八速度滑冰馆"));
        Assert.NotNull(Between(links, ProjectId(zone, "冰雪产业园"), ProjectId(seven, "冰雪产业园")));

        // A region the gazetteer lists is read by the words that open it (延边朝鲜族自治州 is 延边).
        links = SameAsLinker.Link([changchun, seven], listed: region => region == "长春七市");
        Assert.NotNull(Between(links, ProjectId(seven, "长春七市速度滑冰馆"), ProjectId(changchun, "长春市速度滑冰馆")));
    }

    [Fact]
    public void The_same_input_gives_the_same_links()
    {
        ExtractedPlan[] Plans() =>
        [
            Plan("省规划", PlanLevels.Province, "吉林省", "长春龙嘉国际机场三期扩建", "华为长春研究所", "奥迪一汽新能源汽车"),
            Plan("市规划", PlanLevels.City, "长春市", "龙嘉机场三期扩建工程", "华为长春研究所", "奥迪一汽新能源汽车项目"),
        ];
        var first = LinkAll(Plans());
        var second = LinkAll(Plans());
        Assert.Equal(first.Select(l => (l.FromId, l.ToId, l.Props!.GetString("basis"))), second.Select(l => (l.FromId, l.ToId, l.Props!.GetString("basis"))));
        Assert.Equal(3, first.Count);
    }
}
