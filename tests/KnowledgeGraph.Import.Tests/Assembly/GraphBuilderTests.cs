using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Assembly;

namespace KnowledgeGraph.Import.Tests.Assembly;

public sealed class GraphBuilderTests
{
    private static readonly Provenance First = new("长春市.txt", 590, 590, "地区生产总值增长 6.5左右");
    private static readonly Provenance Second = new("绿园区.txt", 12, 13, "长春海吉星交易中心项目");

    [Fact]
    public void A_relationship_added_twice_keeps_the_first_and_another_type_between_the_same_nodes_is_its_own()
    {
        var builder = new GraphBuilder();
        builder.AddNode("plan:a", Labels.Plan, Props.Empty, First);
        builder.AddNode("plan:b", Labels.Plan, Props.Empty, First);
        builder.AddEdge(RelationshipTypes.Implements, "plan:a", "plan:b", First);
        builder.AddEdge(RelationshipTypes.Implements, "plan:a", "plan:b", Second);
        builder.AddEdge(RelationshipTypes.Cites, "plan:a", "plan:b", Second);
        builder.AddEdge(RelationshipTypes.Implements, "plan:b", "plan:a", Second);

        var graph = builder.Build();

        Assert.Equal(
            [(RelationshipTypes.Implements, "plan:a", "plan:b", First), (RelationshipTypes.Implements, "plan:b", "plan:a", Second),
             (RelationshipTypes.Cites, "plan:a", "plan:b", Second)],
            graph.Edges.Select(e => (e.Type, e.From, e.To, e.Provenance)).ToList());
    }

    [Fact]
    public void A_node_with_many_relationships_keeps_the_first_of_each_and_the_order_they_came_in()
    {
        // One project named in forty plans: its SAME_AS relationships, some added again in another order.
        var builder = new GraphBuilder();
        var others = Enumerable.Range(0, 40).Select(i => $"project:{i}").ToList();
        foreach (var id in others.Prepend("project:x")) builder.AddNode(id, Labels.Project, Props.Empty, First);
        foreach (var other in others) builder.AddEdge(RelationshipTypes.SameAs, "project:x", other, First);
        foreach (var other in Enumerable.Reverse(others).Where((_, i) => i % 3 == 0)) builder.AddEdge(RelationshipTypes.SameAs, "project:x", other, Second);
        builder.AddEdge(RelationshipTypes.Supports, "project:x", "project:7", Second);

        var edges = builder.Build().Edges;

        Assert.Equal(others, edges.Where(e => e.Type == RelationshipTypes.SameAs).Select(e => e.To).ToList());
        Assert.All(edges.Where(e => e.Type == RelationshipTypes.SameAs), e => Assert.Equal(First, e.Provenance));
        Assert.Equal(("project:7", Second), edges.Where(e => e.Type == RelationshipTypes.Supports).Select(e => (e.To, e.Provenance)).Single());
    }

    [Fact]
    public void Relationships_with_the_same_properties_share_one_instance_of_them()
    {
        var builder = new GraphBuilder();
        foreach (var id in new[] { "goal:a", "goal:b", "project:c" }) builder.AddNode(id, Labels.Goal, Props.Empty, First);
        builder.AddEdge(RelationshipTypes.Supports, "project:c", "goal:a", Second, Props.Of(("basis", "section"), ("confidence", 0.6)));
        builder.AddEdge(RelationshipTypes.Supports, "project:c", "goal:b", Second, Props.Of(("confidence", 0.6), ("basis", "section")));
        builder.AddEdge(RelationshipTypes.SameAs, "goal:a", "goal:b", Second, Props.Of(("basis", "section"), ("confidence", 0.7)));

        var edges = builder.Build().Edges;
        var supports = edges.Where(e => e.Type == RelationshipTypes.Supports).ToList();
        var sameAs = edges.Single(e => e.Type == RelationshipTypes.SameAs);

        Assert.Equal(2, supports.Count);
        Assert.Same(supports[0].Props, supports[1].Props);
        Assert.NotSame(supports[0].Props, sameAs.Props);
        Assert.Equal(0.7, sameAs.Props.GetNumber("confidence"));
    }

    [Fact]
    public void A_relationship_may_come_before_its_nodes()
    {
        var builder = new GraphBuilder();
        builder.AddEdge(RelationshipTypes.Lists, "column:1", "project:海吉星", Second);
        Assert.False(builder.HasNode("column:1"));
        builder.AddNode("project:海吉星", Labels.Project, Props.Of(("name", "长春海吉星交易中心项目")), Second);
        builder.AddNode("column:1", Labels.Column, Props.Empty, Second);
        builder.AddEdge(RelationshipTypes.Lists, "column:1", "project:海吉星", First);

        var graph = builder.Build();

        Assert.True(builder.HasNode("column:1"));
        Assert.Equal(["column:1", "project:海吉星"], graph.Nodes.Select(n => n.Id).ToList());
        Assert.Equal(Second, Assert.Single(graph.Edges).Provenance);
    }

    [Fact]
    public void Each_relationship_knows_where_its_ends_stand_among_the_nodes_and_shares_their_id_strings()
    {
        var builder = new GraphBuilder();
        // Added against label order, so a node's place in the snapshot is not the order it came in.
        builder.AddNode("project:海吉星", Labels.Project, Props.Empty, Second);
        builder.AddEdge(RelationshipTypes.Lists, "column:1", string.Concat("project:", "海吉星"), Second);
        builder.AddNode(string.Concat("column:", "1"), Labels.Column, Props.Empty, Second);
        builder.AddNode("plan:a", Labels.Plan, Props.Empty, First);
        builder.AddEdge(RelationshipTypes.HasColumn, "plan:a", "column:1", First);

        var graph = builder.Build();

        Assert.Equal(["plan:a", "column:1", "project:海吉星"], graph.Nodes.Select(n => n.Id).ToList());
        var ends = Assert.IsType<(int From, int To)[]>(graph.EndPositions);
        Assert.Equal([(0, 1), (1, 2)], ends);
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            Assert.Same(graph.Nodes[ends[i].From].Id, graph.Edges[i].From);
            Assert.Same(graph.Nodes[ends[i].To].Id, graph.Edges[i].To);
        }
    }

    [Fact]
    public void A_relationship_to_a_node_never_added_fails_the_build_naming_it()
    {
        var builder = new GraphBuilder();
        builder.AddNode("plan:a", Labels.Plan, Props.Empty, First);
        builder.AddEdge(RelationshipTypes.Cites, "plan:a", "document:missing", First);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("CITES plan:a → document:missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_added_twice_keeps_its_first_provenance_and_gains_the_properties_it_lacked()
    {
        var builder = new GraphBuilder();
        builder.AddNode("place:长春市", Labels.Place, Props.Of(("name", "长春市")), First);
        builder.AddNode("place:长春市", Labels.Place, Props.Of(("name", "长春"), ("kind", "city")), Second);

        var node = Assert.Single(builder.Build().Nodes);

        Assert.Equal(First, node.Provenance);
        Assert.Equal("长春市", node.Props.GetString("name"));
        Assert.Equal("city", node.Props.GetString("kind"));
        Assert.Throws<InvalidOperationException>(() => builder.AddNode("place:长春市", Labels.Agency, Props.Empty, First));
    }
    [Fact]
    public void Relationships_beyond_one_chunk_of_the_builder_keep_their_order_and_the_first_of_each_key()
    {
        // More relationships than one chunk holds (16,384), each pair of places once, then a repeat
        // of the very first one.
        var builder = new GraphBuilder();
        var places = Enumerable.Range(0, 200).Select(i => $"place:{i}").ToList();
        foreach (var id in places) builder.AddNode(id, Labels.Place, Props.Empty, First);
        var added = new List<(string From, string To)>();
        for (var i = 0; i < 40_000; i++)
        {
            var (from, to) = (places[i % 200], places[(i / 200) % 200]);
            added.Add((from, to));
            builder.AddEdge(RelationshipTypes.Within, from, to, i < 20_000 ? First : Second);
        }
        builder.AddEdge(RelationshipTypes.Within, places[0], places[0], Second);

        var graph = builder.Build();

        Assert.Equal(added, graph.Edges.Select(e => (e.From, e.To)).ToList());
        Assert.Equal(First, graph.Edges[0].Provenance);
        Assert.Equal(Second, graph.Edges[^1].Provenance);
    }
}
