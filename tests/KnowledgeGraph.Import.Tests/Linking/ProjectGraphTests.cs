using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>The projects and their links in the graph the whole import builds from the bundled corpus.</summary>
public sealed class ProjectGraphTests
{
    private static GraphSnapshot Graph => ImportedCorpus.Graph;
    private static readonly Lazy<Dictionary<string, GraphNode>> Nodes = new(() => Graph.Nodes.ToDictionary(n => n.Id));

    private static GraphNode PlanTitled(string part) =>
        Graph.Nodes.Single(n => n.Label == Labels.Plan && n.Props.GetString("kind") != PlanKinds.Collection
            && n.Props.GetString("title")!.Contains(part, StringComparison.Ordinal));

    private static GraphNode Project(string planPart, string name)
    {
        var plan = PlanTitled(planPart);
        return Graph.Nodes.Single(n => n.Label == Labels.Project && n.Props.GetString("planId") == plan.Id && n.Props.GetString("name") == name);
    }

    private static GraphEdge? SameAs(GraphNode from, GraphNode to) =>
        Graph.Edges.Where(e => e.Type == RelationshipTypes.SameAs && e.From == from.Id && e.To == to.Id).Select(e => (GraphEdge?)e).SingleOrDefault();

    [Fact]
    public void The_city_box_lists_its_projects_in_the_graph()
    {
        var project = Project("长春市国民经济", "华为长春研究所");
        var lists = Graph.Edges.Where(e => e.Type == RelationshipTypes.Lists && e.To == project.Id).Select(e => Nodes.Value[e.From]).ToList();
        var box = Assert.Single(lists);
        Assert.Equal(Labels.Column, box.Label);
        Assert.Equal("专栏 2", box.Props.GetString("number"));
        Assert.Equal("长春国家区域创新中心重点项目", box.Props.GetString("title"));
        Assert.Equal(project.Props.GetString("planId"), box.Props.GetString("planId"));
    }

    [Fact]
    public void The_headless_box_lists_its_projects_in_the_graph()
    {
        var project = Project("长春现代化都市圈", "中车长客智能轨道交通装备检修运维基地");
        var box = Nodes.Value[Graph.Edges.Single(e => e.Type == RelationshipTypes.Lists && e.To == project.Id).From];
        Assert.Equal("专栏 7", box.Props.GetString("number"));
        Assert.Equal(true, box.Props["titleMissing"]);
        Assert.Equal("先进装备制造重点项目", project.Props.GetString("description"));
    }

    [Fact]
    public void The_part_whose_heading_was_lost_is_a_section_without_a_title_that_holds_its_chapters()
    {
        // 002 line 397 opens the part on domestic demand (its heading line was lost); 打造烟火气消费场景 follows.
        var chapter = Graph.Nodes.Single(n => n.Label == Labels.Section && n.Props.GetString("title") == "打造烟火气消费场景");
        var part = Nodes.Value[Graph.Edges.Single(e => e.Type == RelationshipTypes.HasSection && e.To == chapter.Id).From];
        Assert.Equal(Labels.Section, part.Label);
        Assert.Null(part.Props.GetString("title"));
        Assert.Equal(true, part.Props["titleMissing"]);
        Assert.Equal((1, 7), (part.Props.GetNumber("depth"), part.Props.GetNumber("ordinal")));
        Assert.Equal(397, part.Provenance.LineStart);
        Assert.StartsWith("围绕激发区域活力", part.Provenance.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chapter_whose_heading_was_lost_is_a_section_without_a_title_where_its_first_section_begins()
    {
        // 002 line 422: 着力拓展投资空间 opens the chapter on investment, whose heading line was lost.
        var first = Graph.Nodes.Single(n => n.Label == Labels.Section && n.Props.GetString("title") == "着力拓展投资空间");
        var chapter = Nodes.Value[Graph.Edges.Single(e => e.Type == RelationshipTypes.HasSection && e.To == first.Id).From];
        Assert.Null(chapter.Props.GetString("title"));
        Assert.Equal(true, chapter.Props["titleMissing"]);
        Assert.Equal((2, 3), (chapter.Props.GetNumber("depth"), chapter.Props.GetNumber("ordinal")));
        Assert.Equal(("002_79d33e3fae48e90d.txt", 422, 422, "着力拓展投资空间"),
            (chapter.Provenance.File, chapter.Provenance.LineStart, chapter.Provenance.LineEnd, chapter.Provenance.Quote));
        // It says nothing of its own: what its first section's heading names is that section's.
        Assert.DoesNotContain(Graph.Edges, e => e.From == chapter.Id && e.Type != RelationshipTypes.HasSection);
    }

    [Fact]
    public void A_project_the_text_names_is_listed_by_its_section()
    {
        var project = Project("二道区", "滨河小区改造项目");
        var owner = Nodes.Value[Graph.Edges.Single(e => e.Type == RelationshipTypes.Lists && e.To == project.Id).From];
        Assert.Equal(Labels.Section, owner.Label);
        Assert.Equal("提升吉林大路沿线商业功能", owner.Props.GetString("title"));
    }

    [Fact]
    public void Each_programme_of_a_quoted_series_is_a_project_and_the_zones_is_the_citys()
    {
        // 莲花山 line 818: “实施“三早育苗”“明德知礼”工程”; 长春 line 7169: “实施“三早”育苗工程”.
        var seedlings = Project("莲花山", "“三早育苗”工程");
        Assert.Equal(818, Project("莲花山", "“明德知礼”工程").Provenance.LineStart);
        Assert.DoesNotContain(Graph.Nodes, n => n.Props.GetString("name") == "“三早育苗”“明德知礼”工程");
        var link = SameAs(seedlings, Project("长春市国民经济", "“三早”育苗工程"));
        Assert.NotNull(link);
    }

    [Fact]
    public void Each_place_of_a_series_before_one_facility_has_its_own_project()
    {
        // 冰雪 line 1917: “加快推进四平、琿春、榆树、敦化、白山、集安、辽源、长白机场”; 长春四平 line 5297 lists 四平机场项目.
        var siping = Project("冰雪", "四平机场");
        Assert.Equal(1917, siping.Provenance.LineStart);
        Assert.Contains(Graph.Edges, e => e.Type == RelationshipTypes.LocatedIn && e.From == siping.Id && Nodes.Value[e.To].Props.GetString("name") == "四平市");
        Assert.NotNull(SameAs(Project("长春四平", "四平机场项目"), siping));
        Assert.DoesNotContain(Graph.Nodes, n => n.Props.GetString("name") == "四平、琿春、榆树、敦化、白山、集安、辽源、长白机场");
    }

    [Fact]
    public void The_compilation_repeats_the_city_list_and_the_copies_are_the_same_projects()
    {
        var link = SameAs(Project("长春市国民经济", "华为长春研究所"), Project("长春现代化都市圈", "华为长春研究所"));
        Assert.NotNull(link);
        Assert.Equal("name", link.Value.Props.GetString("basis"));
        Assert.Equal(1.0, link.Value.Props.GetNumber("confidence"));
    }

    [Fact]
    public void One_river_basin_project_named_two_ways_links_district_to_city()
    {
        var link = SameAs(Project("绿园区", "新凯河流域生态治理工程"), Project("长春市国民经济", "新凯河流域综合治理工程"));
        Assert.NotNull(link);
        Assert.Equal("name:normalised", link.Value.Props.GetString("basis"));
    }

    [Fact]
    public void An_abbreviated_airport_name_links_city_to_province()
    {
        var link = SameAs(Project("长春市国民经济", "龙嘉机场三期扩建工程"), Project("长春现代化都市圈", "长春龙嘉国际机场三期扩建"));
        Assert.NotNull(link);
        Assert.Equal("name:similar", link.Value.Props.GetString("basis"));
    }

    [Fact]
    public void Same_as_runs_between_plans_upwards_with_a_basis_and_a_confidence()
    {
        var planLevel = Graph.Nodes.Where(n => n.Label == Labels.Plan).ToDictionary(n => n.Id, n => PlanLevels.Rank(n.Props.GetString("level")!));
        var sameAs = Graph.Edges.Where(e => e.Type == RelationshipTypes.SameAs).ToList();
        Assert.NotEmpty(sameAs);
        foreach (var edge in sameAs)
        {
            var from = Nodes.Value[edge.From];
            var to = Nodes.Value[edge.To];
            Assert.Equal(Labels.Project, from.Label);
            Assert.Equal(Labels.Project, to.Label);
            Assert.NotEqual(from.Props.GetString("planId"), to.Props.GetString("planId"));
            Assert.True(planLevel[from.Props.GetString("planId")!] >= planLevel[to.Props.GetString("planId")!], $"{from.Props.GetString("name")} → {to.Props.GetString("name")}");
            Assert.Contains(edge.Props.GetString("basis"), new[] { "name", "name:normalised", "name:similar" });
            Assert.InRange(edge.Props.GetNumber("confidence")!.Value, 0.5, 1.0);
        }
        Assert.DoesNotContain(sameAs, e => sameAs.Any(o => o.From == e.To && o.To == e.From));
    }

    [Fact]
    public void Different_parks_in_different_cities_are_not_the_same()
    {
        var city = Project("长春市国民经济", "健康食品产业园");
        var meihekou = Project("长春现代化都市圈", "梅河口健康食品产业园");
        Assert.Null(SameAs(city, meihekou));
        Assert.DoesNotContain(Graph.Edges, e => e.Type == RelationshipTypes.SameAs
            && Nodes.Value[e.From].Props.GetString("name") == "伊通河重点段治理工程"
            && Nodes.Value[e.To].Props.GetString("name") == "饮马河重点段治理工程");
    }

    [Fact]
    public void A_sewage_plant_supports_the_city_water_quality_indicator()
    {
        var project = Project("长春市国民经济", "南部污水处理厂扩建工程");
        var supported = Supports(project)
            .Select(e => (Goal: Nodes.Value[e.To], Basis: e.Props.GetString("basis"))).ToList();
        Assert.Contains(supported, s => s.Basis == "measure:water" && s.Goal.Props.GetString("kind") == GoalKinds.Indicator
            && s.Goal.Props.GetString("text")!.StartsWith("地表水达到或好于", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tourism_project_supports_its_sections_tourism_aim_and_not_the_finance_one_beside_it()
    {
        // 长春现代化都市圈 line 485: “…旅游业总收入力争达到 6000 亿元”; line 487: “…上市企业力争达到 55 户”;
        // line 501 lists the section's projects, among them 查干湖景区.
        var supported = SupportedGoalTexts(Project("长春现代化都市圈", "查干湖景区"));
        Assert.Contains(supported, t => t.Contains("旅游业总收入力争达到", StringComparison.Ordinal));
        Assert.DoesNotContain(supported, t => t.Contains("上市企业", StringComparison.Ordinal));
    }

    [Fact]
    public void A_school_in_the_services_section_does_not_support_its_tourism_aim()
    {
        // 长春现代化都市圈: the section that aims at 旅游业总收入 (line 485) also lists 吉林艺术学院长春电影学院.
        var supported = SupportedGoalTexts(Project("长春现代化都市圈", "吉林艺术学院长春电影学院"));
        Assert.DoesNotContain(supported, t => t.Contains("旅游业总收入", StringComparison.Ordinal));
    }

    [Fact]
    public void A_motorway_does_not_support_the_parking_aims_of_its_section_and_a_transfer_hub_does()
    {
        // 长春 lines 5373–5374: “社会停车场达到 40处，提供停车泊位 13000个；建成 5处“P+R”停车场，提供停车泊位 1000个”,
        // in the section that lists 长春至烟筒山高速 and 长春西站综合交通换乘中心北广场.
        Assert.DoesNotContain(SupportedGoalTexts(Project("长春市国民经济", "长春至烟筒山高速")), t => t.Contains("停车", StringComparison.Ordinal));
        Assert.Contains(SupportedGoalTexts(Project("长春市国民经济", "长春西站综合交通换乘中心北广场")), t => t.Contains("停车泊位", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sewage_plant_does_not_support_the_green_building_share_its_section_states()
    {
        // 长春 line 6895: “…民用建筑中绿色建筑占比达到 80%以上”, in the section that lists 大岭工业园区污水处理厂.
        Assert.DoesNotContain(SupportedGoalTexts(Project("长春市国民经济", "大岭工业园区污水处理厂")), t => t.Contains("绿色建筑", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vaccine_plant_supports_the_pharmaceutical_output_aim_and_a_telecom_institute_does_not()
    {
        // 长春 line 1359: “…医药产业产值占全市 80%以上”; the section lists 华为长春研究所 and 百克疫苗生产基地.
        var pharma = Supports(Project("长春市国民经济", "百克疫苗生产基地")).Single(e => Nodes.Value[e.To].Props.GetString("text")!.StartsWith("医药产业产值", StringComparison.Ordinal));
        Assert.Equal(0.7, pharma.Props.GetNumber("confidence"));
        Assert.DoesNotContain(SupportedGoalTexts(Project("长春市国民经济", "华为长春研究所")), t => t.Contains("医药", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bank_supports_the_listed_companies_aim_and_a_gallery_the_tourism_aim_beside_it()
    {
        // 长春现代化都市圈 lines 485 and 487 (旅游业总收入, 上市企业); the section lists 吉林省美术馆 (line 497)
        // and 亿联银行总部大厦 (line 505).
        var bank = SupportedGoalTexts(Project("长春现代化都市圈", "亿联银行总部大厦"));
        Assert.Contains(bank, t => t.Contains("上市企业", StringComparison.Ordinal));
        Assert.DoesNotContain(bank, t => t.Contains("旅游业总收入", StringComparison.Ordinal));
        var gallery = SupportedGoalTexts(Project("长春现代化都市圈", "吉林省美术馆"));
        Assert.Contains(gallery, t => t.Contains("旅游业总收入", StringComparison.Ordinal));
        Assert.DoesNotContain(gallery, t => t.Contains("上市企业", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cattle_park_does_not_support_the_grain_output_aim()
    {
        // 长春 line 3339: “全市粮食总产量达到 260亿斤”, above the section that lists 皓月肉牛产业园区.
        Assert.DoesNotContain(SupportedGoalTexts(Project("长春市国民经济", "皓月肉牛产业园区")), t => t.Contains("粮食", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_energy_vehicle_plant_supports_the_car_output_aim_not_the_energy_intensity_indicator()
    {
        // 长春's indicator table: 单位 GDP能源消耗降低（%）(line 574); the plan aims at 新能源汽车整车产量占比重超过20%
        // where it lists 红旗新能源汽车生产基地.
        var supported = SupportedGoalTexts(Project("长春市国民经济", "红旗新能源汽车生产基地"));
        Assert.Contains(supported, t => t.StartsWith("新能源汽车整车产量", StringComparison.Ordinal));
        Assert.DoesNotContain(supported, t => t.Contains("能源消耗", StringComparison.Ordinal) || t.Contains("二氧化碳", StringComparison.Ordinal));
    }

    [Fact]
    public void An_optoelectronics_park_does_not_support_the_pharmaceutical_aim_of_its_section()
    {
        // 长春 line 1359: “…医药产业产值占全市 80%以上”, in the section that lists 光电信息产业园 (line 1386).
        var supported = SupportedGoalTexts(Project("长春市国民经济", "光电信息产业园"));
        Assert.DoesNotContain(supported, t => t.Contains("医药", StringComparison.Ordinal));
    }

    [Fact]
    public void Parks_outside_the_pharmaceutical_field_do_not_support_the_pharmaceutical_aim_of_their_section()
    {
        // 长春 line 1359: “主导产业工业产值占片区内比重超过 80%，医药产业产值占全市 80%以上”; the section lists
        // 万丰智能制造产业园 and 中铁东北亚博览城 beside the vaccine plants.
        foreach (var name in new[] { "万丰智能制造产业园", "中铁东北亚博览城" })
        {
            var supported = SupportedGoalTexts(Project("长春市国民经济", name));
            Assert.Contains(supported, t => t.StartsWith("主导产业", StringComparison.Ordinal));
            Assert.DoesNotContain(supported, t => t.Contains("医药", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_e_commerce_park_supports_neither_the_tourism_nor_the_listed_companies_aim_and_a_snow_park_the_tourism_one()
    {
        // 长春现代化都市圈's services section (lines 485 and 487) lists 四平电子商务产业园区 and 梅河口白银谷戏雪乐园.
        var commerce = SupportedGoalTexts(Project("长春现代化都市圈", "四平电子商务产业园区"));
        Assert.DoesNotContain(commerce, t => t.Contains("旅游业总收入", StringComparison.Ordinal) || t.Contains("上市企业", StringComparison.Ordinal));
        var snow = Assert.Single(Supports(Project("长春现代化都市圈", "梅河口白银谷戏雪乐园")));
        Assert.Contains("旅游业总收入", Nodes.Value[snow.To].Props.GetString("text"), StringComparison.Ordinal);
        Assert.Equal(0.7, snow.Props.GetNumber("confidence"));
    }

    [Fact]
    public void Projects_whose_names_show_no_field_take_that_of_the_list_that_names_them()
    {
        // 长春现代化都市圈's services section aims at 旅游业总收入 (line 485) and 上市企业 (line 487); its box
        // lists 长春国际影都拍摄基地 under 影视文创重点项目 (line 497), 东北亚博览城 and 辽源会展中心 under
        // 旅游会展重点项目 (line 501): each serves the tourism aim, none the listed-companies one.
        foreach (var name in new[] { "长春国际影都拍摄基地", "东北亚博览城", "辽源会展中心", "长春动植物园搬迁一期" })
        {
            var link = Assert.Single(Supports(Project("长春现代化都市圈", name)));
            Assert.Contains("旅游业总收入", Nodes.Value[link.To].Props.GetString("text"), StringComparison.Ordinal);
            Assert.Equal(0.7, link.Props.GetNumber("confidence"));
        }
        // 长春 line 5404: 长图线扩能改造 under the label 铁路 is a rail line, not a car park.
        Assert.DoesNotContain(SupportedGoalTexts(Project("长春市国民经济", "长图线扩能改造")), t => t.Contains("停车", StringComparison.Ordinal));
    }

    private static IEnumerable<GraphEdge> Supports(GraphNode project) =>
        Graph.Edges.Where(e => e.Type == RelationshipTypes.Supports && e.From == project.Id);

    private static List<string> SupportedGoalTexts(GraphNode project) =>
        Supports(project).Select(e => Nodes.Value[e.To].Props.GetString("text")!).ToList();

    [Fact]
    public void Supports_runs_from_a_project_to_goals_of_its_own_plan_a_bounded_number_of_times()
    {
        var supports = Graph.Edges.Where(e => e.Type == RelationshipTypes.Supports).ToList();
        Assert.NotEmpty(supports);
        foreach (var edge in supports)
        {
            var project = Nodes.Value[edge.From];
            var goal = Nodes.Value[edge.To];
            Assert.Equal((Labels.Project, Labels.Goal), (project.Label, goal.Label));
            Assert.Equal(project.Props.GetString("planId"), goal.Props.GetString("planId"));
            Assert.InRange(edge.Props.GetNumber("confidence")!.Value, 0.3, 0.8);
        }
        Assert.All(supports.GroupBy(e => e.From), g =>
            Assert.InRange(g.Count(), 1, KnowledgeGraph.Import.Linking.SupportsLinker.MaxSectionGoals + KnowledgeGraph.Import.Linking.SupportsLinker.MaxFieldGoals));
    }
}
