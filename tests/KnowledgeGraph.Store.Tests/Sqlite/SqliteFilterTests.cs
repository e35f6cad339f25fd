using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Tests.Fixtures;
using F = KnowledgeGraph.Store.NodeFilter;

namespace KnowledgeGraph.Store.Tests.Sqlite;

public sealed class SqliteFilterTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private async Task<List<string>> Texts(string label, NodeFilter? where, string field = "text")
    {
        var page = await fixture.Store.FindNodesAsync(new NodeQuery(label, where, First: 100), CancellationToken.None);
        Assert.Equal(page.Nodes.Count, page.TotalCount);
        return page.Nodes.Select(n => n.Props.GetString(field) ?? n.Id).ToList();
    }

    [Fact]
    public async Task Without_a_filter_all_nodes_of_the_label_come_in_graph_order()
    {
        var page = await fixture.Store.FindNodesAsync(new NodeQuery(Labels.Plan, First: 100), CancellationToken.None);

        Assert.Equal(fixture.Graph.Nodes.Where(n => n.Label == Labels.Plan).Select(n => n.Id), page.Nodes.Select(n => n.Id));
        Assert.Equal(5, page.TotalCount);
    }

    [Fact]
    public async Task Property_equals_compares_strings_and_numbers()
    {
        Assert.Equal(["长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
            await Texts(Labels.Plan, new F.PropertyEquals("level", "CITY"), "title"));
        Assert.Equal(["森林覆盖率达到45.2%"], await Texts(Labels.Goal, new F.PropertyEquals("targetValue", 45.2)));
        // An integer matches a double of the same value, as numbers compare in JSON.
        Assert.Equal(["地区生产总值（GDP）年均增长6%左右"], await Texts(Labels.Goal, new F.PropertyEquals("targetValue", 6)));
        Assert.Empty(await Texts(Labels.Goal, new F.PropertyEquals("targetValue", "6")));
    }

    [Fact]
    public async Task Plan_id_equality_matches_the_nodes_of_a_plan_but_not_the_plan_itself()
    {
        Assert.Equal(["地区生产总值年均增长6.5%", "森林覆盖率达到45.2%", "到2025年，汽车产量达到350万辆"],
            await Texts(Labels.Goal, new F.PropertyEquals("planId", PlanGraph.CityPlan)));
        Assert.Empty(await Texts(Labels.Plan, new F.PropertyEquals("planId", PlanGraph.CityPlan)));
        Assert.Equal(["打造世界级汽车产业集群"], await Texts(Labels.Section,
            new F.And([new F.PropertyEquals("planId", PlanGraph.CityPlan), new F.Related(RelationshipTypes.HasColumn, EdgeDirection.Outgoing)]),
            "title"));
    }

    [Fact]
    public async Task Property_in_matches_any_of_the_values()
    {
        var titles = await Texts(Labels.Section, new F.PropertyIn("number", ["第五章", "第七章", "第九章"]), "title");

        Assert.Equal(["打造世界级汽车产业集群", "加快发展冰雪经济"], titles);
    }

    [Fact]
    public async Task Property_contains_is_a_substring_match_ignoring_latin_case()
    {
        Assert.Equal(["地区生产总值（GDP）年均增长6%左右"], await Texts(Labels.Goal, new F.PropertyContains("text", "gdp")));
        Assert.Equal(["冰雪产业总规模突破1000亿元"], await Texts(Labels.Goal, new F.PropertyContains("text", "冰雪")));
    }

    [Fact]
    public async Task Property_range_is_inclusive_and_ignores_text_values()
    {
        Assert.Equal(["地区生产总值（GDP）年均增长6%左右", "地区生产总值年均增长6.5%", "地区生产总值年均增长7%"],
            await Texts(Labels.Goal, new F.PropertyRange("targetValue", 6, 7)));
        Assert.Equal(["汽车产量达到350万辆".Insert(0, "到2025年，"), "冰雪产业总规模突破1000亿元"],
            await Texts(Labels.Goal, new F.PropertyRange("targetValue", 100, null)));
        // baseline is text ("6.5"): a numeric range never matches it.
        Assert.Empty(await Texts(Labels.Goal, new F.PropertyRange("baseline", 0, 100)));
    }

    [Fact]
    public async Task Property_exists_and_not()
    {
        var withBaseline = await Texts(Labels.Goal, new F.PropertyExists("baseline"));
        var without = await Texts(Labels.Goal, new F.Not(new F.PropertyExists("baseline")));

        Assert.Equal(["地区生产总值（GDP）年均增长6%左右", "森林覆盖率达到45.2%"], withBaseline);
        Assert.Equal(4, without.Count);
        Assert.Empty(withBaseline.Intersect(without));
    }

    [Fact]
    public async Task Id_in_selects_by_id()
    {
        var ids = new[] { PlanGraph.CityPlan, PlanGraph.SkiPlan, "plan_0000000000000000" };

        var page = await fixture.Store.FindNodesAsync(new NodeQuery(Labels.Plan, new F.IdIn(ids)), CancellationToken.None);

        Assert.Equal([PlanGraph.CityPlan, PlanGraph.SkiPlan], page.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task On_plan_filters_by_the_plan_a_node_belongs_to()
    {
        var cityGoals = await Texts(Labels.Goal, new F.OnPlan(new F.PropertyEquals("level", "CITY")));
        var plansOfCities = await Texts(Labels.Plan, new F.OnPlan(new F.PropertyEquals("level", "CITY")), "title");

        Assert.Equal(["地区生产总值年均增长6.5%", "森林覆盖率达到45.2%", "到2025年，汽车产量达到350万辆"], cityGoals);
        // A Plan's own plan is itself.
        Assert.Equal(["长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"], plansOfCities);
    }

    [Fact]
    public async Task Related_follows_a_relationship_to_a_neighbour_matching_a_label_and_filter()
    {
        var inErdao = await Texts(Labels.Project,
            new F.Related(RelationshipTypes.LocatedIn, EdgeDirection.Outgoing, Labels.Place, new F.PropertyEquals("name", "二道区")), "name");
        var stated = await Texts(Labels.Goal,
            new F.Related(RelationshipTypes.States, EdgeDirection.Incoming, Labels.Column));
        // Goals a provincial goal is aligned with from below: a two-level nested filter.
        var alignedToProvince = await Texts(Labels.Goal,
            new F.Related(RelationshipTypes.AlignsWith, EdgeDirection.Outgoing, Labels.Goal,
                new F.OnPlan(new F.PropertyEquals("level", "PROVINCE"))));
        var linkedAnyWay = await Texts(Labels.Goal,
            new F.Related(RelationshipTypes.AlignsWith, EdgeDirection.Both, Where: new F.PropertyEquals("targetValue", 6.5)));

        Assert.Equal(["国际汽车城"], inErdao);
        Assert.Equal(["到2025年，汽车产量达到350万辆"], stated);
        Assert.Equal(["地区生产总值年均增长6.5%", "冰雪产业总规模突破1000亿元"], alignedToProvince);
        Assert.Equal(["地区生产总值（GDP）年均增长6%左右", "地区生产总值年均增长7%"], linkedAnyWay);
    }

    [Fact]
    public async Task And_or_not_nest()
    {
        var filter = new F.And([
            new F.Or([new F.PropertyEquals("attribute", "EXPECTED"), new F.PropertyEquals("attribute", "BINDING")]),
            new F.Not(new F.OnPlan(new F.PropertyEquals("level", "PROVINCE"))),
            new F.Not(new F.And([new F.PropertyExists("baseline"), new F.PropertyRange("targetValue", null, 10)])),
        ]);

        Assert.Equal(["地区生产总值年均增长6.5%", "森林覆盖率达到45.2%", "地区生产总值年均增长7%"], await Texts(Labels.Goal, filter));
        Assert.Equal(6, (await Texts(Labels.Goal, new F.And([]))).Count);
        Assert.Empty(await Texts(Labels.Goal, new F.Or([])));
    }

    [Fact]
    public async Task Values_never_become_sql()
    {
        var injected = await Texts(Labels.Plan, new F.PropertyEquals("level", "CITY' OR '1'='1"), "title");
        var contains = await Texts(Labels.Plan, new F.PropertyContains("title", "%' OR 1=1 --"), "title");

        Assert.Empty(injected);
        Assert.Empty(contains);
    }

    [Fact]
    public async Task Ordering_by_a_property_with_stable_paging()
    {
        var order = new[] { new NodeOrder("targetValue", Descending: true) };
        var seen = new List<GraphNode>();
        for (var offset = 0; ; offset += 2)
        {
            var page = await fixture.Store.FindNodesAsync(
                new NodeQuery(Labels.Goal, OrderBy: order, First: 2, Offset: offset), CancellationToken.None);
            Assert.Equal(6, page.TotalCount);
            seen.AddRange(page.Nodes);
            if (!page.HasNextPage(offset)) break;
        }

        Assert.Equal([1000.0, 350.0, 45.2, 7.0, 6.5, 6.0], seen.Select(n => n.Props.GetNumber("targetValue")!.Value));
        Assert.Equal(6, seen.Select(n => n.Id).Distinct().Count());
    }

    [Fact]
    public async Task Nodes_without_the_sort_property_come_last_and_ties_keep_graph_order()
    {
        var page = await fixture.Store.FindNodesAsync(
            new NodeQuery(Labels.Goal, OrderBy: [new NodeOrder("baselineValue"), new NodeOrder("category")], First: 10),
            CancellationToken.None);

        // 6.5 and 45.04 first, then the four without a baseline by category (产业发展 < 经济发展 by code point).
        Assert.Equal(["地区生产总值（GDP）年均增长6%左右", "森林覆盖率达到45.2%", "到2025年，汽车产量达到350万辆",
            "冰雪产业总规模突破1000亿元", "地区生产总值年均增长6.5%", "地区生产总值年均增长7%"],
            page.Nodes.Select(n => n.Props.GetString("text")));
    }

    [Fact]
    public async Task Paging_past_the_end_still_counts()
    {
        var page = await fixture.Store.FindNodesAsync(new NodeQuery(Labels.Goal, First: 5, Offset: 50), CancellationToken.None);

        Assert.Empty(page.Nodes);
        Assert.Equal(6, page.TotalCount);
    }
}
