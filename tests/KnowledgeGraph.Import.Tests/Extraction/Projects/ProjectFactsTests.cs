using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

/// <summary>Projects the plans print, read from the bundled corpus and checked against the text.</summary>
public sealed class ProjectFactsTests
{
    private static IReadOnlyList<ProjectRecord> Projects(StructuredPlan plan) => ProjectExtraction.Extract(plan).Projects;

    private static ColumnBlock Box(StructuredPlan plan, string number) =>
        plan.AllSections().SelectMany(s => s.Content).OfType<ColumnBlock>().Single(b => b.Number == number);

    private static List<ProjectRecord> ListedBy(StructuredPlan plan, string number)
    {
        var box = Box(plan, number);
        return Projects(plan).Where(p => p.OwnerId == box.Id).ToList();
    }

    [Fact]
    public void District_box_1_lists_the_Haijixing_trading_centre_under_its_item()
    {
        var plan = Corpus.Plan("002");
        var project = Assert.Single(ListedBy(plan, "专栏 1"), p => p.Name == "长春海吉星交易中心项目");
        Assert.Equal("现代化物流枢纽建设重点项目", project.Description);
        Assert.Equal(272, project.Provenance.LineStart);
        Assert.Equal("长春海吉星交易中心项目", project.Provenance.Quote);
    }

    [Fact]
    public void A_run_of_names_under_a_label_line_in_a_box_is_that_labels_list()
    {
        // 004 line 581, 专栏 9 乡村振兴重点项目: “城乡融合发展重大事项” over “进城落户农民…试验、农村集体经营性建设用地入市试验、
        // …”, a run of names with no verb before it, as under a （一） heading. Before, none was taken (城乡产业协同
        // 发展平台试验 the list rules still read as a clause: 协同发展).
        var listed = ListedBy(Corpus.Plan("004", "都市圈"), "专栏 9").Where(p => p.Description == "城乡融合发展重大事项").Select(p => p.Name).ToList();
        Assert.Subset(listed.ToHashSet(), new HashSet<string> { "进城落户农民依法自愿有偿转让退出农村权益制度试验", "农村集体经营性建设用地入市试验", "农村产权抵押担保权能试验", "农民持续增收体制机制试验" });
        Assert.Equal(581, ListedBy(Corpus.Plan("004", "都市圈"), "专栏 9").Single(p => p.Name == "农村产权抵押担保权能试验").Provenance.LineStart);
    }

    [Theory]
    [InlineData("（1）", "（2）")]
    [InlineData("(1)", "(2)")]
    [InlineData("①", "②")]
    [InlineData("01 ", "02 ")]
    [InlineData("● ", "■")]
    public void Box_items_numbered_in_the_ways_other_plans_number_them_are_projects_without_their_numbers(string first, string second)
    {
        var plan = Corpus.DroppedIn($"""
            第三章 加快产业发展

            专栏2 梅花鹿产业重点项目
            {first}双阳鹿业科技园项目：建设鹿产品深加工生产线。
            {second}鹿乡镇梅花鹿交易中心项目：新建交易大厅2万平方米。
            """);

        var listed = ListedBy(plan, "专栏 2");

        Assert.Equal(["双阳鹿业科技园项目", "鹿乡镇梅花鹿交易中心项目"], listed.Select(p => p.Name));
        Assert.Equal("新建交易大厅2万平方米。", listed[1].Description);
        Assert.Equal("鹿乡镇梅花鹿交易中心项目", listed[1].Provenance.Quote);
    }

    [Fact]
    public void An_item_followed_by_a_description_is_the_project_and_the_sentence_describes_it()
    {
        var listed = ListedBy(Corpus.Plan("002"), "专栏 1");
        var project = Assert.Single(listed, p => p.Name == "航博城核心引擎片区基础设施及产业项目");
        Assert.StartsWith("片区内的道路、供水、供电、通信等高标准基础设施建设。", project.Description);
        Assert.DoesNotContain(listed, p => p.Name is "道路" or "供水" or "航空科技研发基地");
    }

    [Fact]
    public void City_box_2_lists_all_twenty_one_projects_of_its_run_on_sentence()
    {
        var names = ListedBy(Corpus.Plan("001"), "专栏 2").Select(p => p.Name).ToList();
        Assert.Equal(
        [
            "华为长春研究所", "光电信息产业园", "国家半导体激光技术创新中心", "智能光谷产业园", "晶圆测试探针台研发及产业化",
            "永利激光高功率光纤激光器", "航空航天产业园二期", "百克疫苗生产基地", "吴太医药产业园", "新冠疫苗项目",
            "安沃基因工程抗体类药物", "卓谊生物疫苗", "海外医药智能工厂", "生物医药产业园", "兴隆综保区智能制造产业园",
            "万丰智能制造产业园", "联东U谷产业园", "有机电子材料产业化", "应用化学产业园", "东北亚先进制造产业园", "中铁东北亚博览城",
        ], names);
    }

    [Fact]
    public void A_name_wrapped_over_two_lines_keeps_both_lines_in_its_provenance()
    {
        var project = Assert.Single(ListedBy(Corpus.Plan("001"), "专栏 2"), p => p.Name == "国家半导体激光技术创新中心");
        Assert.Equal((1386, 1388), (project.Provenance.LineStart, project.Provenance.LineEnd));
    }

    [Fact]
    public void The_headless_box_of_the_metropolitan_plan_lists_its_projects_under_their_labels()
    {
        var plan = Corpus.Plan("004", "长春现代化都市圈");
        var box = Box(plan, "专栏 7");
        Assert.Null(box.Title);
        var project = Assert.Single(ListedBy(plan, "专栏 7"), p => p.Name == "中车长客智能轨道交通装备检修运维基地");
        Assert.Equal("先进装备制造重点项目", project.Description);
        Assert.Contains(ListedBy(plan, "专栏 7"), p => p.Name == "松原国家无人机实验中心" && p.Description == "航空航天重点项目");
    }

    [Fact]
    public void A_labelled_list_box_whose_title_was_lost_lists_its_names_under_their_labels()
    {
        // 长春四平 专栏 8, its title line lost: “技术创新平台：国家半导体激光技术创新中心建设项目。”
        // and “ “双创”和产业孵化：长春“互联网+”新经济京东电子商务产业园、…”.
        var plan = Corpus.Plan("004", "长春四平一体化协同发展规划");
        Assert.Null(Box(plan, "专栏 8").Title);
        var listed = ListedBy(plan, "专栏 8");
        Assert.Contains(listed, p => p.Name == "国家半导体激光技术创新中心建设项目" && p.Description == "技术创新平台");
        Assert.Contains(listed, p => p.Name == "四平实习实训与创新创业中心");
        Assert.DoesNotContain(listed, p => p.Name == "技术创新平台");
    }

    [Fact]
    public void A_named_experimental_zone_in_a_list_of_projects_is_a_project()
    {
        // 长吉 专栏 7: “数字产业。吉林省云数据中心、软通动力空天地一体化大数据实验区、吉林创新科技城、…”
        var listed = ListedBy(Corpus.Plan("004", "长春吉林一体化协同发展规划"), "专栏 7");
        Assert.Contains(listed, p => p.Name == "软通动力空天地一体化大数据实验区" && p.Description == "数字产业");
        Assert.Contains(listed, p => p.Name == "吉林创新科技城");
    }

    [Fact]
    public void Single_names_between_commas_are_projects_when_the_sentences_etc_calls_them_so()
    {
        // 冰雪 专栏 2: “高速公路。长春都市圈环线九台至双阳，延长高速大蒲柴河至烟筒山，本集高速桓仁至集安，
        // 长辽高速长春至自然村等高速公路续建项目。”
        var listed = ListedBy(Corpus.Plan("004", "长通白延吉长避暑休闲冰雪旅游大环线发展规划"), "专栏 2")
            .Where(p => p.Provenance.LineStart == 1913).Select(p => p.Name).ToList();
        Assert.Equal(["长春都市圈环线九台至双阳", "延长高速大蒲柴河至烟筒山", "本集高速桓仁至集安", "长辽高速长春至自然村"], listed.Take(4));
    }

    [Fact]
    public void Names_before_a_category_printed_onto_the_last_name_are_projects()
    {
        // 冰雪 专栏 2: “长春都市圈环线农安至九台、双阳至伊通，琿春高速防川至琿春，白山至临江高速，抚长高速松江河至长白，
        // 长春都市圈环线伊通至农安高速新开工项目。”
        var listed = ListedBy(Corpus.Plan("004", "长通白延吉长避暑休闲冰雪旅游大环线发展规划"), "专栏 2")
            .Where(p => p.Provenance.LineStart == 1913).Select(p => p.Name).ToList();
        Assert.Equal(["长春都市圈环线农安至九台", "双阳至伊通", "琿春高速防川至琿春", "白山至临江高速", "抚长高速松江河至长白", "长春都市圈环线伊通至农安高速"],
            listed.Skip(4));
    }

    [Fact]
    public void A_project_items_description_listing_its_projects_names_them_as_projects_of_the_box()
    {
        // 冰雪 专栏 4, item 5: “融创北大湖滑雪度假区整体开发项目。项目总规划范围 158 平方公里，计划建设国家青少年滑雪训练基地
        // （二期）项目、冰雪产业人才孵化研学教育基地与设备研发中心项目、冬奥村项目、…、北大湖体育公园项目等。”
        var listed = ListedBy(Corpus.Plan("004", "长通白延吉长避暑休闲冰雪旅游大环线发展规划"), "专栏 4");
        Assert.Contains(listed, p => p.Name == "融创北大湖滑雪度假区整体开发项目");
        var parts = listed.Where(p => p.Description == "融创北大湖滑雪度假区整体开发项目").Select(p => p.Name).ToList();
        Assert.Equal(
            ["国家青少年滑雪训练基地（二期）项目", "冰雪产业人才孵化研学教育基地与设备研发中心项目", "冬奥村项目", "四季文旅综合体项目",
             "国家雪上项目综合训练基地项目", "南楼山南坡雪道和索道开发项目", "地中海二期扩建项目", "北大湖体育公园项目"],
            parts);
        // What the other items will build (滑雪场, 游客集散中心) stays their description.
        Assert.DoesNotContain(listed, p => p.Name is "滑雪服务中心" or "度假酒店" or "冰雪运动体验馆");
    }

    [Fact]
    public void Projects_an_item_counts_off_are_projects_of_the_box()
    {
        // 环长春四辽吉松工业走廊发展规划, 专栏 3 产业重点项目, item 4: “推动吉林市碳纤维产业基地建设。
        // 重点推动建设项目：一是吉林碳谷碳纤维股份有限公司年产 15 万吨原丝项目，目前已开工建设，…。二是国兴碳纤维
        // 1.5 万吨碳化项目，目前一期 5000 吨已投产，…”
        var listed = ListedBy(Corpus.Plan("004", "环长春四辽吉松工业走廊发展规划"), "专栏 3").Where(p => p.Provenance.LineStart == 1121).ToList();
        Assert.Equal(["吉林市碳纤维产业基地", "吉林碳谷碳纤维股份有限公司年产15万吨原丝项目", "国兴碳纤维1.5万吨碳化项目"], listed.Select(p => p.Name));
        Assert.All(listed.Skip(1), p => Assert.Equal("吉林市碳纤维产业基地", p.Description));
    }

    [Fact]
    public void Names_the_closing_words_call_strategic_deployments_are_not_projects()
    {
        // 冰雪 专栏 3: “加快实施吉林市冰雪经济高质量发展试验区、长白山国际生态休闲（冰雪温泉）旅游区、通化冰雪产业示范新城等
        // 重大区域战略部署。”
        var listed = ListedBy(Corpus.Plan("004", "长通白延吉长避暑休闲冰雪旅游大环线发展规划"), "专栏 3");
        Assert.DoesNotContain(listed, p => p.Name.Contains("长白山国际生态休闲", StringComparison.Ordinal));
        Assert.Contains(listed, p => p.Name == "山地冰雪度假综合体");
    }

    [Fact]
    public void A_label_whose_colon_is_followed_by_activities_is_the_project()
    {
        // 绿园区 专栏 6: “于家村“金色稻田观光养生基地”：发展稻田画、农耕体验、养生餐饮。”
        var listed = ListedBy(Corpus.Plan("002"), "专栏 6");
        Assert.Contains(listed, p => p.Name == "于家村“金色稻田观光养生基地”");
        Assert.DoesNotContain(listed, p => p.Name is "农耕体验" or "养生餐饮");
    }

    [Theory]
    [InlineData("001", null, "专栏 1")]
    [InlineData("001", null, "专栏 3")]
    [InlineData("001", null, "专栏 6")]
    [InlineData("001", null, "专栏 12")]
    [InlineData("004", "长春现代化都市圈", "专栏 1")]
    [InlineData("004", "长春现代化都市圈", "专栏 3")]
    public void Boxes_of_indicators_chains_history_and_directions_list_no_projects(string file, string? plan, string box) =>
        Assert.Empty(ListedBy(Corpus.Plan(file, plan), box));

    [Fact]
    public void Platform_box_lists_laboratories_but_not_companies_or_zones()
    {
        var listed = ListedBy(Corpus.Plan("001"), "专栏 4");
        Assert.Contains(listed, p => p.Name == "应用光学国家重点实验室" && p.Description == "国家级技术创新中心");
        Assert.Contains(listed, p => p.Name == "超硬材料国家重点实验室" && p.Description == "国家级重点实验室");
        Assert.DoesNotContain(listed, p => p.Name.EndsWith("有限公司", StringComparison.Ordinal));
        Assert.DoesNotContain(listed, p => p.Name is "长春新区" or "吉林大学" or "汽车经济技术开发区");
    }

    [Fact]
    public void Places_listed_before_one_project_stay_part_of_its_name()
    {
        Assert.Contains(ListedBy(Corpus.Plan("002"), "专栏 8"),
            p => p.Name == "绿园区普阳街道、青年路街道、正阳街道、铁西街道、林园街道、城西镇城镇老旧小区改造建设项目");
    }

    [Fact]
    public void Bracketed_qualifiers_stay_in_the_name()
    {
        var listed = ListedBy(Corpus.Plan("001"), "专栏 14");
        Assert.Contains(listed, p => p.Name == "榆树市卡岔河流域水环境综合治理工程（一期）—龙家亮子生态湿地建设工程");
        Assert.Contains(listed, p => p.Name == "长春新立城水库饮用水源地（净月）生态环境保护工程");
        Assert.Contains(ListedBy(Corpus.Plan("002"), "专栏 1"), p => p.Name == "长太高速公路连接线（一期）");
    }

    [Fact]
    public void Solar_table_rows_are_projects_with_their_townships_and_capacity()
    {
        var plan = Corpus.Plan("004", "清洁能源基地");
        var project = Assert.Single(ListedBy(plan, "表15"), p => p.Name == "镇南光伏1号场区");
        Assert.Contains("涉及乡镇：镇南种羊场、青山镇", project.Description);
        Assert.Contains("规划容量 (万千瓦)：92.5", project.Description);
        Assert.Equal(3908, project.Provenance.LineStart);
        Assert.Equal(["镇南光伏1号场区", "镇南光伏2号场区"], ListedBy(plan, "表15").Select(p => p.Name));
    }

    [Fact]
    public void Wind_farm_under_construction_keeps_its_status_out_of_its_name()
    {
        var project = Assert.Single(ListedBy(Corpus.Plan("004", "清洁能源基地"), "表4"), p => p.Name == "吉电架其风电");
        Assert.StartsWith("在建；", project.Description);
    }

    [Fact]
    public void Timetables_and_statistics_tables_list_no_projects()
    {
        var plan = Corpus.Plan("004", "清洁能源基地");
        Assert.Empty(ListedBy(plan, "表1"));
        Assert.Empty(ListedBy(plan, "表2"));
        Assert.Empty(ListedBy(plan, "表26"));
        Assert.Empty(ListedBy(plan, "表27"));
    }

    [Fact]
    public void Running_text_names_projects_in_a_project_context_with_the_section_as_owner()
    {
        var plan = Corpus.Plan("001");
        var project = Assert.Single(Projects(plan), p => p.Name == "经开光电信息产业园");
        var section = plan.AllSections().Single(s => s.Id == project.OwnerId);
        Assert.Equal("加快发展新一代信息技术产业", section.Title);
        Assert.Equal(1405, project.Provenance.LineStart);
    }

    [Fact]
    public void The_only_box_of_the_district_plan_names_projects_the_text_says_were_started()
    {
        var plan = Corpus.Plan("003");
        var names = ListedBy(plan, "专栏 1").Select(p => p.Name).ToList();
        Assert.Equal(["传化智联长春城市物流中心", "二道活力城"], names);
    }

    [Fact]
    public void Programmes_every_plan_repeats_are_not_taken_from_running_text()
    {
        var names = Projects(Corpus.Plan("003")).Select(p => p.Name).ToList();
        Assert.DoesNotContain("大气污染防治工程", names);
        Assert.DoesNotContain("公共机构节能工程", names);
        Assert.Contains("滨河小区改造项目", names);
    }

    [Fact]
    public void A_running_list_closed_by_a_kind_of_project_names_projects()
    {
        // 001 line 7248: “…长春传染病医院、长春疾控中心、长春急救中心等重大医疗项目”;
        // 000 line 418: “加快推进君豪集团文旅项目、民航产业园项目、省建集团总部基地等总部经济项目”.
        var changchun = Projects(Corpus.Plan("001")).Select(p => p.Name).ToList();
        Assert.Contains("长春传染病医院", changchun);
        Assert.Contains("长春急救中心", changchun);
        Assert.Contains("省建集团总部基地", Projects(Corpus.Plan("000")).Select(p => p.Name));
        // 004 line 4967: “…加快伊通河、饮马河、雾开河等江河堤防工程” is a kind of work along three rivers, not a project.
        Assert.DoesNotContain(Projects(Corpus.Plan("004", "长春吉林一体化")), p => p.Name.Contains("江河堤防工程", StringComparison.Ordinal));
    }

    [Fact]
    public void A_road_section_in_a_running_list_of_projects_is_a_project()
    {
        // 003 line 557: “完成吉林大路快速路、东新路东段等项目”; 004 line 4927: “…国道饶盖线（G229）白旗松花江大桥、九台（西营城）至长春等项目建设”.
        Assert.Contains(Projects(Corpus.Plan("003")), p => p.Name == "东新路东段");
        Assert.Contains(Projects(Corpus.Plan("004", "长春吉林一体化")), p => p.Name == "九台（西营城）至长春");
        // Roads named where no list says they are projects stay roads (003 line 557: “推进太和街、民丰大街等道路建设”).
        Assert.DoesNotContain(Projects(Corpus.Plan("003")), p => p.Name is "太和街" or "民丰大街");
        // 000 line 324: “推动轨道交通空港线、山水大道、劝农大街、泉眼大街北延长线等项目”: the two lines are projects;
        // line 682: “加快轨道交通、干线公路、桥梁及农村公路等重大项目建设” names kinds of road, not roads.
        var zone = Projects(Corpus.Plan("000")).Select(p => p.Name).ToList();
        Assert.Contains("轨道交通空港线", zone);
        Assert.Contains("泉眼大街北延长线", zone);
        Assert.DoesNotContain("干线公路", zone);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_name_is_a_name_and_its_quote_is_the_printed_text(string file)
    {
        foreach (var plan in Corpus.Structure(file).Plans)
        {
            foreach (var project in Projects(plan))
            {
                Assert.True(project.Name.Length >= 3, project.Name);
                Assert.DoesNotContain('，', project.Name);
                Assert.DoesNotContain('。', project.Name);
                // The quote is the printed name, or the series of quoted programmes the name is one of.
                Assert.Contains(project.Name, NameSeries.Names(ProjectExtraction.DisplayName(project.Provenance.Quote)));
                Assert.Equal(ProjectExtraction.IdFor(plan.Id, project.Name), project.Id);
            }
        }
    }
}
