using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Tests.Fixtures;

namespace KnowledgeGraph.Store.Tests.Sqlite;

public sealed class SqliteEdgeTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly GraphSnapshot _graph = PlanGraph.Build();
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(new SqliteStoreOptions { Path = _directory.File("graph.db") });
        await _store.ReplaceAsync(_graph, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_batch_of_nodes_gets_all_its_relationships_in_one_statement()
    {
        var statements = new List<string>();
        _store.StatementObserver = statements.Add;
        var ids = new[] { PlanGraph.CityPlan, _graph.Node(Labels.Place, "changchun").Id, _graph.Node(Labels.Goal, "city/gdp").Id };

        var edges = await _store.GetEdgesAsync(new EdgeQuery(ids, EdgeDirection.Both), CancellationToken.None);

        var expected = _graph.Edges.Where(e => ids.Contains(e.From) || ids.Contains(e.To)).ToList();
        Assert.Equal(expected.Select(e => e.Key), edges.Select(e => e.Key));
        Assert.Equal(Export.Bytes(new GraphSnapshot([], expected)), Export.Bytes(new GraphSnapshot([], edges)));
        Assert.Single(statements, s => s.Contains("FROM edges", StringComparison.Ordinal));
        Assert.Single(statements, s => !s.StartsWith("PRAGMA", StringComparison.Ordinal) && !s.Contains("FROM meta", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Direction_and_type_restrict_the_relationships()
    {
        var city = PlanGraph.CityPlan;

        var outgoing = await _store.GetEdgesAsync(new EdgeQuery([city], EdgeDirection.Outgoing), CancellationToken.None);
        var incoming = await _store.GetEdgesAsync(new EdgeQuery([city], EdgeDirection.Incoming), CancellationToken.None);
        var sections = await _store.GetEdgesAsync(
            new EdgeQuery([city], EdgeDirection.Outgoing, [RelationshipTypes.HasSection]), CancellationToken.None);

        Assert.All(outgoing, e => Assert.Equal(city, e.From));
        Assert.Equal(_graph.Edges.Count(e => e.From == city), outgoing.Count);
        Assert.Equal([(RelationshipTypes.Implements, PlanGraph.DistrictPlan, city)], incoming.Select(e => e.Key));
        Assert.Equal(["发展目标", "打造世界级汽车产业集群", "加快发展冰雪经济"],
            sections.Select(e => _graph.Nodes.Single(n => n.Id == e.To).Props.GetString("title")));
    }

    [Fact]
    public async Task Derived_links_keep_basis_and_confidence()
    {
        var goal = _graph.Node(Labels.Goal, "district/snow").Id;

        var edges = await _store.GetEdgesAsync(
            new EdgeQuery([goal], EdgeDirection.Both, [RelationshipTypes.AlignsWith, RelationshipTypes.Supports]), CancellationToken.None);

        Assert.Equal(2, edges.Count);
        Assert.All(edges, e => Assert.Equal("strategy:一主六双", e.Props.GetString("basis")));
        Assert.Equal([0.55, 0.6], edges.Select(e => e.Props.GetNumber("confidence")!.Value).Order());
    }

    [Fact]
    public async Task A_large_batch_is_still_one_statement()
    {
        var statements = new List<string>();
        _store.StatementObserver = statements.Add;
        // Far beyond SQLite's 32766 bound parameters: the ids travel as one JSON array.
        var ids = _graph.Nodes.Select(n => n.Id).Concat(Enumerable.Range(0, 40_000).Select(i => $"goal_{i:x16}")).ToList();

        var edges = await _store.GetEdgesAsync(new EdgeQuery(ids, EdgeDirection.Outgoing), CancellationToken.None);

        Assert.Equal(_graph.Edges.Count, edges.Count);
        Assert.Single(statements, s => s.Contains("FROM edges", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_nodes_skips_unknown_ids()
    {
        var nodes = await _store.GetNodesAsync([PlanGraph.SkiPlan, "plan_ffffffffffffffff", PlanGraph.ProvincePlan], CancellationToken.None);

        Assert.Equal(new[] { PlanGraph.ProvincePlan, PlanGraph.SkiPlan }.Order(), nodes.Select(n => n.Id).Order());
        var expected = _graph.Nodes.Where(n => n.Id == PlanGraph.SkiPlan || n.Id == PlanGraph.ProvincePlan).ToList();
        Assert.Equal(Export.Bytes(new GraphSnapshot(expected, [])), Export.Bytes(new GraphSnapshot(nodes, [])));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }
}
