using KnowledgeGraph.Import.Extraction.Projects;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

/// <summary>How a clause of a list splits into names (the printed substrings), on sentences from the corpus.</summary>
public sealed class NameListsTests
{
    private static List<string> Names(string text)
    {
        var clause = NameLists.Parse(text, 0, text.Length);
        return clause.Names.Select(n => text.Substring(n.Start, n.Length)).ToList();
    }

    [Fact]
    public void A_lead_verb_and_the_closing_category_are_not_part_of_the_names()
    {
        var text = "重点推进长春海吉星交易中心项目、长太高速公路连接线（一期）、长白公路扩建工程等项目";
        Assert.Equal(["长春海吉星交易中心项目", "长太高速公路连接线（一期）", "长白公路扩建工程"], Names(text));
        Assert.Equal("重点推进", NameLists.Parse(text, 0, text.Length).Verb);
        Assert.Equal("项目", NameLists.Parse(text, 0, text.Length).Tail);
    }

    [Fact]
    public void Enumeration_commas_inside_brackets_and_between_digits_do_not_split()
    {
        Assert.Equal(["吉林省“三馆”（省文化活动中心、省美术馆、省近现代史展览馆）", "长春广播电视演播中心"],
            Names("推动吉林省“三馆”（省文化活动中心、省美术馆、省近现代史展览馆）、长春广播电视演播中心等重点项目"));
        Assert.Equal(["长春市轨道交通三期工程", "吉林市轨道交通 1、2 号线一期工程"],
            Names("推动长春市轨道交通三期工程、吉林市轨道交通 1、2 号线一期工程等重点项目"));
    }

    [Fact]
    public void Places_listed_before_a_project_with_etc_stay_in_its_name()
    {
        Assert.Equal(["绿园区兴隆村、杨家村、四季青、双丰村等棚户区改造配套基础设施建设项目"],
            Names("启动绿园区兴隆村、杨家村、四季青、双丰村等棚户区改造配套基础设施建设项目"));
    }

    [Fact]
    public void A_list_of_parks_is_not_one_project_and_an_unmarked_name_stays_a_name()
    {
        Assert.Equal(["玲珑轮胎", "富赛汽车电子产业园", "和润工业园"], Names("一汽解放新建 J7智能装配线、玲珑轮胎、富赛汽车电子产业园、和润工业园").Skip(1));
    }

    [Fact]
    public void And_splits_only_two_whole_names()
    {
        Assert.Equal(["可持续健康产业园", "东北亚生态康养中心", "东北亚森林度假中心", "健康服务培训教育中心"],
            Names("重点建设可持续健康产业园、东北亚生态康养中心、东北亚森林度假中心和健康服务培训教育中心等项目"));
        Assert.Equal(["长春市疾病预防控制中心扩建及能力提升项目"], Names("推进长春市疾病预防控制中心扩建及能力提升项目"));
        Assert.Equal(["长春电网建设和供电能力提升工程"], Names("推动长春电网建设和供电能力提升工程"));
        // 长吉 tourism (004 line 4881): a tourism service complex is a facility, as its siblings in the list show.
        Assert.Equal(["双阳湖旅游开发", "长春北湖湿地旅游综合服务体", "吉林万科松花湖度假区", "北大湖中瑞冰雪小镇"],
            Names("双阳湖旅游开发、长春北湖湿地旅游综合服务体和吉林万科松花湖度假区、北大湖中瑞冰雪小镇等项目"));
    }

    [Fact]
    public void A_plain_item_before_a_noun_and_its_coordinate_is_the_first_of_three()
    {
        // 002 line 390 (专栏 3): switches, sensors and machining, made digital, are one project.
        Assert.Equal(["意大利玛斯特旭阳皓月皮革座椅项目", "汽车用电器开关、传感器及机械加工智能数字化项目", "中科柏林年产30万套新能源汽车零部件建设项目"],
            Names("重点推进意大利玛斯特旭阳皓月皮革座椅项目、汽车用电器开关、传感器及机械加工智能数字化项目、中科柏林年产30万套新能源汽车零部件建设项目等"));
        // A longer first part is a work of its own (004's energy list, line 783, and its water list, line 5043).
        Assert.Equal(["德惠风力发电", "德惠天然气利用及天然气管道"], Names("德惠风力发电、德惠天然气利用及天然气管道"));
        Assert.Equal(["水源地环境整治", "重点流域和区域水污染防治"], Names("推进水源地环境整治、重点流域和区域水污染防治"));
    }

    [Fact]
    public void Building_after_a_name_is_what_is_done_to_it()
    {
        Assert.Equal(["琿春机场"], Names("推进琿春机场建设"));
    }

    [Fact]
    public void A_place_before_another_places_facility_stays_with_it()
    {
        // 冰雪 专栏 2: “…以及改扩建吉林、通化机场等项目建设和前期工作” — two airports, which NameSeries tells apart.
        Assert.Equal(["吉林、通化机场"], Names("改扩建吉林、通化机场等项目建设和前期工作"));
        Assert.Equal(["吉林机场", "通化机场"], NameSeries.Names("吉林、通化机场"));
        // A place before a project that is no facility of its own is a place of its own.
        Assert.Equal(["长春", "华为长春研究所"], Names("推进长春、华为长春研究所"));
    }

    [Fact]
    public void An_adverbial_opening_holds_no_names()
    {
        Assert.Empty(Names("在锦江公园、长春公园、雁鸣湖公园等"));
    }

    [Theory]
    [InlineData("华为长春研究所", "Project")]
    [InlineData("长春至太平川", "Route")]
    [InlineData("都市圈 1小时环线高速公路", "Route")]
    [InlineData("玲珑轮胎", "Plain")]
    [InlineData("双阳区奢岭街道", "Place")]
    [InlineData("长春新区", "Place")]
    [InlineData("伊通河", "Place")]
    [InlineData("中国第一汽车集团有限公司", "Organisation")]
    [InlineData("半导体照明和光显示产业链", "Chain")]
    [InlineData("重点项目", "Junk")]
    [InlineData("一批乡村文化博物馆", "Junk")]
    [InlineData("20—30 家区域性中型滑雪场", "Junk")]
    [InlineData("片区内的道路", "Junk")]
    [InlineData("“永不落幕的航空展”体验升级项目", "Project")]
    [InlineData("航空航天产业园二期", "Project")]
    [InlineData("国兴碳纤维 1.5 万吨碳化项目", "Project")]
    [InlineData("艾仕得年产 1.58 万吨高性能涂料项目", "Project")]
    [InlineData("建设高铁.推进项目", "Junk")]
    public void Names_are_told_apart_by_their_words(string name, string kind) =>
        Assert.Equal(kind, ProjectNames.Classify(name).ToString());
}
