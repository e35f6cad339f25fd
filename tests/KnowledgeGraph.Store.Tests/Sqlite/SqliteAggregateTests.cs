using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Tests.Fixtures;

namespace KnowledgeGraph.Store.Tests.Sqlite;

public sealed class SqliteAggregateTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private async Task<List<(string? Key, int Count)>> Aggregate(string label, GroupKey key, NodeFilter? where = null) =>
        (await fixture.Store.AggregateAsync(new AggregateQuery(label, key, where), CancellationToken.None))
            .Select(b => (b.Key, b.Count)).ToList();

    [Fact]
    public async Task Group_by_a_property_of_the_node()
    {
        Assert.Equal([("EXPECTED", 3), (null, 2), ("BINDING", 1)],
            await Aggregate(Labels.Goal, new GroupKey.Property("attribute")));
        Assert.Equal([("2025", 3), (null, 3)], await Aggregate(Labels.Goal, new GroupKey.Property("targetYear")));
    }

    [Fact]
    public async Task Group_by_a_property_of_the_plan()
    {
        Assert.Equal([("CITY", 3), ("DISTRICT", 2), ("PROVINCE", 1)],
            await Aggregate(Labels.Goal, new GroupKey.PlanProperty("level")));
        Assert.Equal([("PROVINCE", 3), ("CITY", 1), ("DISTRICT", 1)],
            await Aggregate(Labels.Plan, new GroupKey.PlanProperty("level")));
    }

    [Fact]
    public async Task Group_by_a_neighbour_counts_nodes_without_one_under_null()
    {
        Assert.Equal([("二道区", 1), ("莲花山生态旅游度假区", 1), ("长春市", 1), (null, 1)],
            await Aggregate(Labels.Project, new GroupKey.Neighbour(RelationshipTypes.LocatedIn, EdgeDirection.Outgoing, "name")));
        Assert.Equal([("长春市", 2), ("吉林省", 1), (null, 1)],
            await Aggregate(Labels.Place, new GroupKey.Neighbour(RelationshipTypes.Within, EdgeDirection.Outgoing, "name")));
        // Both directions: 长春市 has a province above and a district and a zone below.
        Assert.Equal([("CITY", 3), ("DISTRICT", 1), ("PROVINCE", 1), ("ZONE", 1)],
            await Aggregate(Labels.Place, new GroupKey.Neighbour(RelationshipTypes.Within, EdgeDirection.Both, "kind")));
    }

    [Fact]
    public async Task Aggregates_take_a_filter()
    {
        var cityGoals = new NodeFilter.OnPlan(new NodeFilter.PropertyEquals("level", "CITY"));

        // Equal counts list by key, the absent key last.
        Assert.Equal([("BINDING", 1), ("EXPECTED", 1), (null, 1)],
            await Aggregate(Labels.Goal, new GroupKey.Property("attribute"), cityGoals));
    }

    [Fact]
    public async Task Statistics_count_labels_types_and_plans()
    {
        var statistics = await fixture.Store.GetStatisticsAsync(CancellationToken.None);

        Assert.Equal(Labels.All, statistics.NodesByLabel.Keys);
        Assert.Equal(RelationshipTypes.All, statistics.EdgesByType.Keys);
        foreach (var label in Labels.All)
        {
            Assert.Equal(fixture.Graph.Nodes.Count(n => n.Label == label), statistics.NodesByLabel[label]);
        }
        foreach (var type in RelationshipTypes.All)
        {
            Assert.Equal(fixture.Graph.Edges.Count(e => e.Type == type), statistics.EdgesByType[type]);
        }
        Assert.Equal([PlanGraph.ProvincePlan, PlanGraph.CityPlan, PlanGraph.DistrictPlan, PlanGraph.Collection, PlanGraph.SkiPlan],
            statistics.Plans.Select(p => p.PlanId));
        var city = statistics.Plans[1];
        Assert.Equal("长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", city.Title);
        Assert.Equal(3, city.NodesByLabel[Labels.Section]);
        Assert.Equal(1, city.NodesByLabel[Labels.Column]);
        Assert.Equal(3, city.NodesByLabel[Labels.Goal]);
        Assert.Equal(1, city.NodesByLabel[Labels.Project]);
        Assert.Equal(0, city.NodesByLabel[Labels.Plan]);
    }
}
