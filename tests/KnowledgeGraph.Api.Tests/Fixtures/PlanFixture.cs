using KnowledgeGraph.Graph;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Tests.Fixtures;

/// <summary>
/// A slice of the bundled plans, typed in by hand with the values and lines printed in the files:
/// the province's 一主六双 compilation and its 冰雪 tourism-loop plan, the 长春 city plan, the
/// 二道区 and 绿园区 district plans and the 莲花山 zone plan, with their structure, indicator
/// goals (森林覆盖率 at four levels), projects, places and the derived cross-level links.
/// </summary>
internal static class PlanFixture
{
    private const string Zone = "000_194a863290239242.txt";
    private const string City = "001_73a71c25e4a637a2.txt";
    private const string Luyuan = "002_79d33e3fae48e90d.txt";
    private const string Erdao = "003_c5dfd00fd8d6cade.txt";
    private const string Province = "004_bba0a9fb5e7355d6.txt";

    public static readonly string CityPlanId = NodeIds.For(Labels.Plan, City);
    public static readonly string CollectionPlanId = NodeIds.For(Labels.Plan, Province);
    public static readonly string ZonePlanId = NodeIds.For(Labels.Plan, Zone);
    public static readonly string ErdaoPlanId = NodeIds.For(Labels.Plan, Erdao);
    public static readonly string CityPart1Id = NodeIds.For(Labels.Section, City + "/篇1");
    public static readonly string ZoneForestGoalId = NodeIds.For(Labels.Goal, Zone, "204");
    public static readonly string CitySnowGoalId = NodeIds.For(Labels.Goal, City, "4400");
    public static readonly string CityTiandingProjectId = NodeIds.For(Labels.Project, City + "/天定山");
    public static readonly string ZoneTiandingProjectId = NodeIds.For(Labels.Project, Zone + "/天定山");
    public static readonly string AfforestProjectId = NodeIds.For(Labels.Project, Zone + "/造林");
    public static readonly string ChangchunPlaceId = NodeIds.For(Labels.Place, "长春市");
    public static readonly string StrategyId = NodeIds.For(Labels.Strategy, "一主六双");
    public static readonly string DocumentId = NodeIds.For(Labels.Document, "中共长春市委关于制定…的建议");
    public static readonly string GovernmentAgencyId = NodeIds.For(Labels.Agency, "吉林省人民政府");
    public static readonly string ProvinceLoopPlanId = NodeIds.For(Labels.Plan, Province, "6");
    public static readonly string ForestIndicatorId = NodeIds.For(Labels.Indicator, "森林覆盖率");
    public static readonly string CityForestGoalId = NodeIds.For(Labels.Goal, City, "590");
    public static readonly string ProvinceSnowGoalId = NodeIds.For(Labels.Goal, Province, "1800");

    public static GraphSnapshot Build()
    {
        var g = new GraphBuilder();

        // Plans
        var collection = g.Node(Labels.Plan, Province, Province, 3, "“一主六双”高质量发展战略 专项规划",
            ("title", "“一主六双”高质量发展战略专项规划"), ("level", "PROVINCE"), ("kind", "COLLECTION"), ("region", "吉林省"),
            ("issuer", "吉林省人民政府"), ("periodStart", 2021), ("periodEnd", 2025));
        var loop = g.Node(Labels.Plan, Province + "\u001f6", Province, 1775, "长通白延吉长避暑休闲冰雪旅游 大环线发展规划",
            ("title", "长通白延吉长避暑休闲冰雪旅游大环线发展规划"), ("level", "PROVINCE"), ("kind", "SPECIAL"), ("region", "吉林省"),
            ("periodStart", 2021), ("periodEnd", 2025));
        var city = g.Node(Labels.Plan, City, City, 1, "长春市国民经济和社会发展第十四个五年规划和 2035年远景目标纲要",
            ("title", "长春市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"), ("level", "CITY"), ("kind", "FIVE_YEAR"),
            ("region", "长春市"), ("periodStart", 2021), ("periodEnd", 2025), ("visionYear", 2035));
        var erdao = g.Node(Labels.Plan, Erdao, Erdao, 1, "长春市二道区国民经济和社会发展 第十四个五年规划和2035年 远景目标纲要",
            ("title", "长春市二道区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"), ("level", "DISTRICT"), ("kind", "FIVE_YEAR"),
            ("region", "二道区"), ("periodStart", 2021), ("periodEnd", 2025), ("visionYear", 2035));
        var luyuan = g.Node(Labels.Plan, Luyuan, Luyuan, 1, "绿园区立足扎实发展基础，紧抓“十五五”关键机遇",
            ("title", "绿园区国民经济和社会发展第十五个五年规划纲要"), ("level", "DISTRICT"), ("kind", "FIVE_YEAR"),
            ("region", "绿园区"), ("periodStart", 2026), ("periodEnd", 2030));
        var zone = g.Node(Labels.Plan, Zone, Zone, 3, "长春莲花山生态旅游度假区国民经济和 社会发展第十四个五年规划纲要",
            ("title", "长春莲花山生态旅游度假区国民经济和社会发展第十四个五年规划纲要"), ("level", "ZONE"), ("kind", "FIVE_YEAR"),
            ("region", "莲花山生态旅游度假区"), ("periodStart", 2021), ("periodEnd", 2025), ("issuer", "莲花山生态旅游度假区管理委员会"));

        // Sections: the city plan's first part with three chapters, in printed order.
        var cityPart1 = g.Node(Labels.Section, City + "/篇1", City, 13, "第一篇 开启全面建设社会主义现代化长春新征程",
            ("number", "第一篇"), ("title", "开启全面建设社会主义现代化长春新征程"), ("depth", 1), ("ordinal", 1), ("planId", city.Id));
        var cityCh3 = g.Node(Labels.Section, City + "/篇1/章3", City, 363, "第三章 主要目标",
            ("number", "第三章"), ("title", "主要目标"), ("depth", 2), ("ordinal", 3), ("planId", city.Id));
        var cityCh1 = g.Node(Labels.Section, City + "/篇1/章1", City, 23, "第一章 发展环境",
            ("number", "第一章"), ("title", "发展环境"), ("depth", 2), ("ordinal", 1), ("planId", city.Id));
        var cityCh2 = g.Node(Labels.Section, City + "/篇1/章2", City, 283, "第二章 总体要求",
            ("number", "第二章"), ("title", "总体要求"), ("depth", 2), ("ordinal", 2), ("planId", city.Id));
        var cityTourism = g.Node(Labels.Section, City + "/旅游", City, 4400, "发展冰雪旅游。打造国家级大众型滑雪基地",
            ("number", "第二节"), ("title", "发展冰雪旅游"), ("depth", 3), ("ordinal", 2), ("planId", city.Id));
        var loopCh1 = g.Node(Labels.Section, Province + "/6/章1", Province, 1790, "第一章 发展基础",
            ("number", "第一章"), ("title", "发展基础"), ("depth", 1), ("ordinal", 1), ("planId", loop.Id));
        var zoneSnow = g.Node(Labels.Section, Zone + "/节1", Zone, 18, "第一节 打造特色雪都，建设冰雪新城",
            ("number", "第一节"), ("title", "打造特色雪都，建设冰雪新城"), ("depth", 2), ("ordinal", 1), ("planId", zone.Id));
        var erdaoGoals = g.Node(Labels.Section, Erdao + "/目标", Erdao, 150, "第二节 “十四五”时期经济社会发展主要目标",
            ("number", "第二节"), ("title", "“十四五”时期经济社会发展主要目标"), ("depth", 2), ("ordinal", 2), ("planId", erdao.Id));
        var luyuanGoals = g.Node(Labels.Section, Luyuan + "/目标", Luyuan, 100, "主要目标",
            ("title", "主要目标"), ("depth", 2), ("ordinal", 2), ("planId", luyuan.Id));

        // Columns (indicator tables)
        var cityTable = g.Node(Labels.Column, City + "/表1", City, 515, "表 1 长春市“十四五”时期经济社会发展主要指标",
            ("number", "表1"), ("title", "长春市“十四五”时期经济社会发展主要指标"), ("planId", city.Id));
        var zoneTable = g.Node(Labels.Column, Zone + "/专栏1", Zone, 191, "专栏 1 度假区“十四五”规划经济社会发展主要指标",
            ("number", "专栏 1"), ("title", "度假区“十四五”规划经济社会发展主要指标"), ("planId", zone.Id));
        var luyuanTable = g.Node(Labels.Column, Luyuan + "/表1", Luyuan, 110, "绿园区“十五五”时期经济社会发展主要指标",
            ("number", "表1"), ("title", "绿园区“十五五”时期经济社会发展主要指标"), ("planId", luyuan.Id));

        // Goals: 森林覆盖率 at four levels, GDP at two, one stated aim about 冰雪.
        var cityForest = g.Node(Labels.Goal, City + "\u001f590", City, 590, "18 森林覆盖率（%） 8.1* 8.2 - 约束性",
            ("text", "森林覆盖率"), ("kind", "INDICATOR"), ("category", "绿色转型"), ("baseline", "8.1*"), ("baselineValue", 8.1),
            ("baselineYear", 2020), ("target", "8.2"), ("targetValue", 8.2), ("targetYear", 2025), ("attribute", "BINDING"),
            ("unit", "%"), ("planId", city.Id));
        var cityGdp = g.Node(Labels.Goal, City + "\u001f523", City, 523, "地区生产总值（GDP）增长（%） 3.6 - 6.5左右 预期性",
            ("text", "地区生产总值（GDP）增长"), ("kind", "INDICATOR"), ("category", "经济发展"), ("baseline", "3.6"), ("baselineValue", 3.6),
            ("baselineYear", 2020), ("growth", "6.5左右"), ("targetYear", 2025), ("attribute", "EXPECTED"), ("unit", "%"), ("planId", city.Id));
        var cityAir = g.Node(Labels.Goal, City + "\u001f580", City, 580, "16 空气质量优良天数比率（%） 83.3 ＞84 - 约束性",
            ("text", "空气质量优良天数比率"), ("kind", "INDICATOR"), ("category", "绿色转型"), ("baseline", "83.3"), ("baselineValue", 83.3),
            ("baselineYear", 2020), ("target", "＞84"), ("targetValue", 84L), ("targetYear", 2025), ("attribute", "BINDING"),
            ("unit", "%"), ("planId", city.Id));
        var luyuanForest = g.Node(Labels.Goal, Luyuan + "\u001f142", Luyuan, 142, "森林覆盖率（%） 3.54 4.65 — 约束性",
            ("text", "森林覆盖率"), ("kind", "INDICATOR"), ("category", "绿色低碳"), ("baseline", "3.54"), ("baselineValue", 3.54),
            ("baselineYear", 2025), ("target", "4.65"), ("targetValue", 4.65), ("targetYear", 2030), ("attribute", "BINDING"),
            ("unit", "%"), ("planId", luyuan.Id));
        var zoneForest = g.Node(Labels.Goal, Zone + "\u001f204", Zone, 204, "绿色 发展	森林覆盖率 (%)	33.4	35",
            ("text", "森林覆盖率"), ("kind", "INDICATOR"), ("category", "绿色发展"), ("baseline", "33.4"), ("baselineValue", 33.4),
            ("baselineYear", 2020), ("target", "35"), ("targetValue", 35L), ("targetYear", 2025), ("unit", "%"), ("planId", zone.Id));
        var zoneGdp = g.Node(Labels.Goal, Zone + "\u001f194", Zone, 194, "区域 发展	地区生产总值年均增速 (%) *	6.0	10.0 以上",
            ("text", "地区生产总值年均增速"), ("kind", "INDICATOR"), ("category", "区域发展"), ("baseline", "6.0"), ("baselineValue", 6.0),
            ("baselineYear", 2020), ("growth", "10.0 以上"), ("targetYear", 2025), ("unit", "%"), ("planId", zone.Id));
        var provinceSnow = g.Node(Labels.Goal, Province + "\u001f1800", Province, 1800, "建成国内一流的避暑休闲冰雪旅游目的地",
            ("text", "建成国内一流的避暑休闲冰雪旅游目的地"), ("kind", "QUALITATIVE"), ("category", "旅游发展"), ("targetYear", 2025),
            ("planId", loop.Id));
        var citySnow = g.Node(Labels.Goal, City + "\u001f4400", City, 4400, "打造国家级大众型滑雪基地",
            ("text", "打造国家级大众型滑雪基地"), ("kind", "QUALITATIVE"), ("category", "文化旅游"), ("planId", city.Id));
        var erdaoForest = g.Node(Labels.Goal, Erdao + "\u001f160", Erdao, 160, "森林覆盖率稳步提升",
            ("text", "森林覆盖率稳步提升"), ("kind", "QUALITATIVE"), ("category", "生态文明"), ("targetYear", 2025), ("planId", erdao.Id));

        // Indicators
        var forest = g.Node(Labels.Indicator, "森林覆盖率", City, 590, "森林覆盖率（%）", ("name", "森林覆盖率"), ("unit", "%"));
        var gdp = g.Node(Labels.Indicator, "地区生产总值增长", City, 523, "地区生产总值（GDP）增长（%）", ("name", "地区生产总值增长"), ("unit", "%"));
        var air = g.Node(Labels.Indicator, "空气质量优良天数比率", City, 580, "空气质量优良天数比率（%）", ("name", "空气质量优良天数比率"), ("unit", "%"));

        // Projects
        var snowWorld = g.Node(Labels.Project, City + "/冰雪新天地", City, 4404, "打响“长春冰雪新天地”“净月雪世界”",
            ("name", "长春冰雪新天地"), ("description", "冰雪景区品牌"), ("planId", city.Id));
        var tiandingCity = g.Node(Labels.Project, City + "/天定山", City, 2640, "加快建设天定山冰雪运动基地、世茂冰雪训练基地。",
            ("name", "天定山冰雪运动基地"), ("planId", city.Id));
        var tiandingZone = g.Node(Labels.Project, Zone + "/天定山", Zone, 94, "天定山滑雪场、长春冰雪大世界等项目当年开工",
            ("name", "天定山滑雪场"), ("planId", zone.Id));
        var afforest = g.Node(Labels.Project, Zone + "/造林", Zone, 482, "谋划推进一批植树造林项目",
            ("name", "植树造林项目"), ("description", "构建新型生态城市空间布局"), ("planId", zone.Id));
        var wetland = g.Node(Labels.Project, Luyuan + "/雁鸣湖", Luyuan, 288, "生态修复与景观提升，治理雁鸣湖水体，建设环湖绿道和湿地公园。",
            ("name", "雁鸣湖环湖绿道和湿地公园"), ("description", "生态修复与景观提升"), ("planId", luyuan.Id));

        // Places, agencies, strategies, documents
        var jilin = g.Node(Labels.Place, "吉林省", Province, 3, "吉林省人民政府", ("name", "吉林省"), ("kind", "PROVINCE"));
        var changchun = g.Node(Labels.Place, "长春市", City, 1, "长春市", ("name", "长春市"), ("kind", "CITY"));
        var erdaoPlace = g.Node(Labels.Place, "二道区", Erdao, 1, "长春市二道区", ("name", "二道区"), ("kind", "DISTRICT"));
        var luyuanPlace = g.Node(Labels.Place, "绿园区", Luyuan, 1, "绿园区", ("name", "绿园区"), ("kind", "DISTRICT"));
        var lianhuashan = g.Node(Labels.Place, "莲花山生态旅游度假区", Zone, 3, "长春莲花山生态旅游度假区", ("name", "莲花山生态旅游度假区"), ("kind", "ZONE"));
        var government = g.Node(Labels.Agency, "吉林省人民政府", Province, 5, "吉林省人民政府", ("name", "吉林省人民政府"));
        var committee = g.Node(Labels.Agency, "莲花山生态旅游度假区管理委员会", Zone, 5, "莲花山生态旅游度假区管理委员会", ("name", "莲花山生态旅游度假区管理委员会"));
        var strategy = g.Node(Labels.Strategy, "一主六双", Erdao, 936, "5.“一主、六双”产业空间布局", ("name", "一主六双"));
        var proposal = g.Node(Labels.Document, "中共长春市委关于制定…的建议", City, 3, "根据《中共长春市委关于制定长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制",
            ("title", "中共长春市委关于制定长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"));

        // Structure
        g.Edge(Rel.PartOf, loop, collection);
        g.Edge(Rel.HasSection, city, cityPart1);
        g.Edge(Rel.HasSection, cityPart1, cityCh3);
        g.Edge(Rel.HasSection, cityPart1, cityCh1);
        g.Edge(Rel.HasSection, cityPart1, cityCh2);
        g.Edge(Rel.HasSection, cityCh3, cityTourism);
        g.Edge(Rel.HasSection, loop, loopCh1);
        g.Edge(Rel.HasSection, zone, zoneSnow);
        g.Edge(Rel.HasSection, erdao, erdaoGoals);
        g.Edge(Rel.HasSection, luyuan, luyuanGoals);
        g.Edge(Rel.HasColumn, cityCh3, cityTable);
        g.Edge(Rel.HasColumn, zoneSnow, zoneTable);
        g.Edge(Rel.HasColumn, luyuanGoals, luyuanTable);
        g.Edge(Rel.States, cityTable, cityGdp);
        g.Edge(Rel.States, cityTable, cityAir);
        g.Edge(Rel.States, cityTable, cityForest);
        g.Edge(Rel.States, cityTourism, citySnow);
        g.Edge(Rel.States, zoneTable, zoneGdp);
        g.Edge(Rel.States, zoneTable, zoneForest);
        g.Edge(Rel.States, luyuanTable, luyuanForest);
        g.Edge(Rel.States, loopCh1, provinceSnow);
        g.Edge(Rel.States, erdaoGoals, erdaoForest);
        g.Edge(Rel.Lists, cityTourism, snowWorld);
        g.Edge(Rel.Lists, cityTourism, tiandingCity);
        g.Edge(Rel.Lists, zoneSnow, tiandingZone);
        g.Edge(Rel.Lists, zoneSnow, afforest);
        g.Edge(Rel.Lists, luyuanGoals, wetland);
        g.Edge(Rel.Measures, cityForest, forest);
        g.Edge(Rel.Measures, luyuanForest, forest);
        g.Edge(Rel.Measures, zoneForest, forest);
        g.Edge(Rel.Measures, erdaoForest, forest);
        g.Edge(Rel.Measures, cityGdp, gdp);
        g.Edge(Rel.Measures, zoneGdp, gdp);
        g.Edge(Rel.Measures, cityAir, air);
        g.Edge(Rel.Cites, city, proposal);
        g.Edge(Rel.Covers, collection, jilin);
        g.Edge(Rel.Covers, city, changchun);
        g.Edge(Rel.Covers, erdao, erdaoPlace);
        g.Edge(Rel.Covers, luyuan, luyuanPlace);
        g.Edge(Rel.Covers, zone, lianhuashan);
        g.Edge(Rel.Within, changchun, jilin);
        g.Edge(Rel.Within, erdaoPlace, changchun);
        g.Edge(Rel.Within, luyuanPlace, changchun);
        g.Edge(Rel.Within, lianhuashan, changchun);
        g.Edge(Rel.LocatedIn, tiandingZone, lianhuashan);
        g.Edge(Rel.LocatedIn, afforest, lianhuashan);
        g.Edge(Rel.LocatedIn, snowWorld, changchun);
        g.Edge(Rel.LocatedIn, wetland, luyuanPlace);
        g.Edge(Rel.IssuedBy, collection, government);
        g.Edge(Rel.IssuedBy, zone, committee);
        g.Edge(Rel.LedBy, afforest, committee);
        g.Edge(Rel.Mentions, zoneSnow, lianhuashan);
        g.Edge(Rel.RefersTo, erdaoGoals, strategy);

        // Derived links
        g.Derived(Rel.Implements, zone, city, "region", 0.9);
        g.Derived(Rel.Implements, erdao, city, "region", 0.9);
        g.Derived(Rel.AlignsWith, luyuanForest, cityForest, "indicator", 0.95);
        g.Derived(Rel.AlignsWith, zoneForest, cityForest, "indicator", 0.95);
        g.Derived(Rel.AlignsWith, erdaoForest, cityForest, "indicator", 0.7);
        g.Derived(Rel.AlignsWith, zoneGdp, cityGdp, "indicator", 0.9);
        g.Derived(Rel.AlignsWith, citySnow, provinceSnow, "strategy:一主六双", 0.6);
        g.Derived(Rel.Supports, snowWorld, citySnow, "text", 0.8);
        g.Derived(Rel.Supports, tiandingCity, citySnow, "text", 0.85);
        g.Derived(Rel.Supports, afforest, zoneForest, "text", 0.75);
        g.Derived(Rel.Supports, wetland, luyuanForest, "text", 0.7);
        g.Derived(Rel.SameAs, tiandingZone, tiandingCity, "name", 0.8);
        return g.Build();
    }
}
