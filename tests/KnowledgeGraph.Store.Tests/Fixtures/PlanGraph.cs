using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Tests.Fixtures;

/// <summary>
/// A small but realistic plan graph: a province, a city and a district five-year plan, a
/// provincial special plan inside a collection, their sections, indicator goals with baselines
/// and targets, shared indicators, projects, places nested by WITHIN and the derived links
/// (IMPLEMENTS, ALIGNS_WITH, SAME_AS, SUPPORTS) with basis and confidence.
/// </summary>
internal static class PlanGraph
{
    public static readonly string ProvincePlan = NodeIds.For(Labels.Plan, "province");
    public static readonly string CityPlan = NodeIds.For(Labels.Plan, "city");
    public static readonly string DistrictPlan = NodeIds.For(Labels.Plan, "district");
    public static readonly string SkiPlan = NodeIds.For(Labels.Plan, "ski");
    public static readonly string Collection = NodeIds.For(Labels.Plan, "collection");

    public static GraphSnapshot Build() => Build(variant: 0);

    /// <summary>The same graph with one goal's target changed (a re-import of an edited plan).</summary>
    public static GraphSnapshot BuildEdited() => Build(variant: 1);

    private static GraphSnapshot Build(int variant)
    {
        var g = new GraphBuilder();
        var province = g.Node(Labels.Plan, "province",
            ("title", "吉林省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"), ("level", "PROVINCE"),
            ("kind", "FIVE_YEAR"), ("region", "吉林省"), ("periodStart", 2021), ("periodEnd", 2025), ("visionYear", 2035),
            ("issuer", "吉林省人民政府"), ("issuedOn", "2021-03-30"));
        var city = g.Node(Labels.Plan, "city",
            ("title", "长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"), ("level", "CITY"),
            ("kind", "FIVE_YEAR"), ("region", "长春市"), ("periodStart", 2021), ("periodEnd", 2025), ("visionYear", 2035));
        var district = g.Node(Labels.Plan, "district",
            ("title", "长春市二道区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"), ("level", "DISTRICT"),
            ("kind", "FIVE_YEAR"), ("region", "二道区"), ("periodStart", 2021), ("periodEnd", 2025));
        var collection = g.Node(Labels.Plan, "collection",
            ("title", "吉林省“一主六双”高质量发展战略专项规划"), ("level", "PROVINCE"), ("kind", "COLLECTION"), ("region", "吉林省"));
        var ski = g.Node(Labels.Plan, "ski",
            ("title", "吉林省冰雪产业高质量发展规划"), ("level", "PROVINCE"), ("kind", "SPECIAL"), ("region", "吉林省"),
            ("periodStart", 2021), ("periodEnd", 2035));

        var provChapter = g.Node(Labels.Section, "province/3", ("number", "第三章"), ("title", "建设现代产业体系"),
            ("depth", 1), ("ordinal", 3), ("planId", province.Id));
        var cityAuto = g.Node(Labels.Section, "city/5", ("number", "第五章"), ("title", "打造世界级汽车产业集群"),
            ("depth", 1), ("ordinal", 5), ("planId", city.Id));
        var citySnow = g.Node(Labels.Section, "city/7", ("number", "第七章"), ("title", "加快发展冰雪经济"),
            ("depth", 1), ("ordinal", 7), ("planId", city.Id));
        var cityGoals = g.Node(Labels.Section, "city/2", ("number", "第二章"), ("title", "发展目标"),
            ("depth", 1), ("ordinal", 2), ("planId", city.Id));
        var districtGoals = g.Node(Labels.Section, "district/1", ("number", "第一章"), ("title", "主要目标"),
            ("depth", 1), ("ordinal", 1), ("planId", district.Id));
        var skiChapter = g.Node(Labels.Section, "ski/2", ("number", "第二章"), ("title", "冰雪旅游"),
            ("depth", 1), ("ordinal", 2), ("planId", ski.Id));
        var column = g.Node(Labels.Column, "city/col2", ("number", "专栏 2"), ("title", "汽车产业重大项目"), ("planId", city.Id));

        var gdpProvince = g.Node(Labels.Goal, "province/gdp",
            ("text", "地区生产总值（GDP）年均增长6%左右"), ("kind", "INDICATOR"), ("category", "经济发展"),
            ("baseline", "6.5"), ("baselineYear", 2020), ("baselineValue", 6.5), ("target", "6左右"),
            ("targetYear", 2025), ("targetValue", 6.0), ("attribute", "EXPECTED"), ("unit", "%"), ("planId", province.Id));
        var gdpCity = g.Node(Labels.Goal, "city/gdp",
            ("text", "地区生产总值年均增长6.5%"), ("kind", "INDICATOR"), ("category", "经济发展"),
            ("target", variant == 0 ? "6.5" : "7"), ("targetValue", variant == 0 ? 6.5 : 7.0), ("targetYear", 2025),
            ("attribute", "EXPECTED"), ("unit", "%"), ("planId", city.Id));
        var forestCity = g.Node(Labels.Goal, "city/forest",
            ("text", "森林覆盖率达到45.2%"), ("kind", "INDICATOR"), ("category", "生态文明"),
            ("baseline", "45.04"), ("baselineValue", 45.04), ("target", "45.2"), ("targetValue", 45.2),
            ("attribute", "BINDING"), ("unit", "%"), ("planId", city.Id));
        var cars = g.Node(Labels.Goal, "city/cars",
            ("text", "到2025年，汽车产量达到350万辆"), ("kind", "QUALITATIVE"), ("category", "产业发展"),
            ("target", "350"), ("targetValue", 350L), ("targetYear", 2025), ("unit", "万辆"), ("planId", city.Id));
        var snowDistrict = g.Node(Labels.Goal, "district/snow",
            ("text", "冰雪产业总规模突破1000亿元"), ("kind", "QUALITATIVE"), ("category", "产业发展"),
            ("target", "＞1000"), ("targetValue", 1000L), ("unit", "亿元"), ("planId", district.Id));
        var gdpDistrict = g.Node(Labels.Goal, "district/gdp",
            ("text", "地区生产总值年均增长7%"), ("kind", "INDICATOR"), ("category", "经济发展"),
            ("target", "7"), ("targetValue", 7L), ("attribute", "EXPECTED"), ("unit", "%"), ("planId", district.Id));

        var gdp = g.Node(Labels.Indicator, "gdp", ("name", "地区生产总值增长"), ("unit", "%"));
        var forest = g.Node(Labels.Indicator, "forest", ("name", "森林覆盖率"), ("unit", "%"));

        var autoCity = g.Node(Labels.Project, "city/auto-city", ("name", "长春国际汽车城"),
            ("description", "建设新能源汽车整车及零部件产业基地，打造世界级汽车产业集群"), ("planId", city.Id));
        var autoDistrict = g.Node(Labels.Project, "district/auto-city", ("name", "国际汽车城"),
            ("description", "配套汽车零部件企业落户"), ("planId", district.Id));
        var resort = g.Node(Labels.Project, "ski/resort", ("name", "莲花山冰雪旅游度假区"),
            ("description", "建设滑雪场和冰雪主题乐园"), ("planId", ski.Id));
        var stadium = g.Node(Labels.Project, "district/stadium", ("name", "东部体育中心"), ("planId", district.Id));

        var jilin = g.Node(Labels.Place, "jilin", ("name", "吉林省"), ("kind", "PROVINCE"));
        var changchun = g.Node(Labels.Place, "changchun", ("name", "长春市"), ("kind", "CITY"));
        var erdao = g.Node(Labels.Place, "erdao", ("name", "二道区"), ("kind", "DISTRICT"));
        var lotus = g.Node(Labels.Place, "lotus", ("name", "莲花山生态旅游度假区"), ("kind", "ZONE"));

        var provinceGov = g.Node(Labels.Agency, "jilin-gov", ("name", "吉林省人民政府"));
        var cityGov = g.Node(Labels.Agency, "changchun-gov", ("name", "长春市人民政府"));
        var strategy = g.Node(Labels.Strategy, "yizhuliushuang", ("name", "一主六双"));
        var strategyPlan = g.Node(Labels.Strategy, "yizhuliushuang-plan", ("name", "一主六双高质量发展战略"));
        var document = g.Node(Labels.Document, "made-in-china", ("title", "中国制造2025"));

        g.Edge(RelationshipTypes.PartOf, ski, collection);
        g.Edge(RelationshipTypes.Implements, city, province, ("basis", "level"), ("confidence", 1.0));
        g.Edge(RelationshipTypes.Implements, district, city, ("basis", "level"), ("confidence", 1.0));
        g.Edge(RelationshipTypes.Cites, cityAuto, document);
        g.Edge(RelationshipTypes.HasSection, province, provChapter);
        g.Edge(RelationshipTypes.HasSection, city, cityGoals);
        g.Edge(RelationshipTypes.HasSection, city, cityAuto);
        g.Edge(RelationshipTypes.HasSection, city, citySnow);
        g.Edge(RelationshipTypes.HasSection, district, districtGoals);
        g.Edge(RelationshipTypes.HasSection, ski, skiChapter);
        g.Edge(RelationshipTypes.HasColumn, cityAuto, column);
        g.Edge(RelationshipTypes.States, provChapter, gdpProvince);
        g.Edge(RelationshipTypes.States, cityGoals, gdpCity);
        g.Edge(RelationshipTypes.States, citySnow, forestCity);
        g.Edge(RelationshipTypes.States, column, cars);
        g.Edge(RelationshipTypes.States, districtGoals, snowDistrict);
        g.Edge(RelationshipTypes.States, districtGoals, gdpDistrict);
        g.Edge(RelationshipTypes.Measures, gdpProvince, gdp);
        g.Edge(RelationshipTypes.Measures, gdpCity, gdp);
        g.Edge(RelationshipTypes.Measures, gdpDistrict, gdp);
        g.Edge(RelationshipTypes.Measures, forestCity, forest);
        g.Edge(RelationshipTypes.Lists, column, autoCity);
        g.Edge(RelationshipTypes.Lists, districtGoals, autoDistrict);
        g.Edge(RelationshipTypes.Lists, skiChapter, resort);
        g.Edge(RelationshipTypes.Lists, districtGoals, stadium);
        g.Edge(RelationshipTypes.Mentions, cityAuto, changchun);
        g.Edge(RelationshipTypes.Mentions, snowDistrict, lotus);
        g.Edge(RelationshipTypes.LocatedIn, autoCity, changchun);
        g.Edge(RelationshipTypes.LocatedIn, autoDistrict, erdao);
        g.Edge(RelationshipTypes.LocatedIn, resort, lotus);
        g.Edge(RelationshipTypes.LedBy, autoCity, cityGov);
        g.Edge(RelationshipTypes.IssuedBy, province, provinceGov);
        g.Edge(RelationshipTypes.IssuedBy, city, cityGov);
        g.Edge(RelationshipTypes.Covers, province, jilin);
        g.Edge(RelationshipTypes.Covers, city, changchun);
        g.Edge(RelationshipTypes.Covers, district, erdao);
        g.Edge(RelationshipTypes.Within, changchun, jilin);
        g.Edge(RelationshipTypes.Within, erdao, changchun);
        g.Edge(RelationshipTypes.Within, lotus, changchun);
        g.Edge(RelationshipTypes.RefersTo, provChapter, strategy);
        g.Edge(RelationshipTypes.RefersTo, snowDistrict, strategy);
        g.Edge(RelationshipTypes.AlignsWith, gdpCity, gdpProvince, ("basis", "indicator"), ("confidence", 0.9));
        g.Edge(RelationshipTypes.AlignsWith, gdpDistrict, gdpCity, ("basis", "indicator"), ("confidence", 0.9));
        g.Edge(RelationshipTypes.AlignsWith, snowDistrict, gdpProvince, ("basis", "strategy:一主六双"), ("confidence", 0.55));
        g.Edge(RelationshipTypes.SameAs, autoDistrict, autoCity, ("basis", "name"), ("confidence", 0.8));
        g.Edge(RelationshipTypes.Supports, resort, snowDistrict, ("basis", "strategy:一主六双"), ("confidence", 0.6));
        g.Edge(RelationshipTypes.Supports, autoCity, cars, ("basis", "name"), ("confidence", 0.75));
        return g.Build();
    }

    public static GraphNode Node(this GraphSnapshot graph, string label, string key) =>
        graph.Nodes.Single(n => n.Id == NodeIds.For(label, key));
}
