using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Tests.Fixtures;
using F = KnowledgeGraph.Store.NodeFilter;

namespace KnowledgeGraph.Store.Tests.Neo4j;

public sealed class Neo4jReadTests
{
    private readonly FakeNeo4j _server = new();
    private readonly GraphSnapshot _graph = PlanGraph.Build();

    private Neo4jGraphStore Store() => new(new Neo4jStoreOptions { Url = "http://localhost:7474" }, _server);

    /// <summary>A node as Neo4j returns it: labels and the flat property map.</summary>
    private JsonNode?[] NodeValue(string label, string key)
    {
        var node = _graph.Node(label, key);
        var props = new JsonObject
        {
            ["id"] = node.Id,
            ["seq"] = _graph.Nodes.ToList().IndexOf(node),
            ["provenanceFile"] = node.Provenance.File,
            ["provenanceLineStart"] = node.Provenance.LineStart,
            ["provenanceLineEnd"] = node.Provenance.LineEnd,
            ["provenanceQuote"] = node.Provenance.Quote,
            ["searchMain"] = "x",
        };
        foreach (var (k, v) in node.Props)
        {
            props[k] = v switch { double d => JsonNode.Parse(PropsJson.DoubleText(d)), long l => l, bool b => b, _ => (string)v };
        }
        return [new JsonArray("Node", label), props];
    }

    [Fact]
    public async Task Find_nodes_sends_values_as_parameters_and_parses_the_page()
    {
        _server.Override = _ => FakeNeo4j.Data(["total", "page"],
            [[7, new JsonArray(new JsonArray(NodeValue(Labels.Goal, "province/gdp")), new JsonArray(NodeValue(Labels.Goal, "city/gdp")))]]);
        await using var store = Store();
        var filter = new F.And([
            new F.PropertyEquals("attribute", "EXPECTED' OR 1=1 //"),
            new F.OnPlan(new F.PropertyIn("level", ["PROVINCE", "CITY"])),
            new F.Related(RelationshipTypes.Measures, EdgeDirection.Outgoing, Labels.Indicator, new F.PropertyContains("name", "生产总值")),
            new F.Not(new F.PropertyRange("targetValue", 10, null)),
        ]);

        var page = await store.FindNodesAsync(
            new NodeQuery(Labels.Goal, filter, [new NodeOrder("targetValue", true)], First: 2, Offset: 4), CancellationToken.None);

        var sent = Assert.Single(_server.Requests);
        Assert.Equal("/db/neo4j/query/v2", sent.Path);
        Assert.Contains("MATCH (n:Node:`Goal`)", sent.Statement, StringComparison.Ordinal);
        Assert.Contains("EXISTS { MATCH (pl0:Node:`Plan`) WHERE pl0.id = coalesce(n.planId, n.id)", sent.Statement, StringComparison.Ordinal);
        Assert.Contains("(n)-[:`MEASURES`]->(m1:Node:`Indicator`)", sent.Statement, StringComparison.Ordinal);
        Assert.Contains("ORDER BY n.`targetValue` IS NULL, n.`targetValue` DESC, n.seq", sent.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("EXPECTED", sent.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("生产总值", sent.Statement, StringComparison.Ordinal);
        var values = sent.Parameters!.Select(p => FakeNeo4j.Raw(p.Value!)).ToList();
        Assert.Contains("\"EXPECTED' OR 1=1 //\"", values);
        Assert.Contains("[\"PROVINCE\",\"CITY\"]", values);
        Assert.Contains("10.0", values);
        Assert.Contains("4", values);
        Assert.Contains("6", values);

        Assert.Equal(7, page.TotalCount);
        Assert.Equal([_graph.Node(Labels.Goal, "province/gdp").Id, _graph.Node(Labels.Goal, "city/gdp").Id], page.Nodes.Select(n => n.Id));
        var goal = page.Nodes[0];
        Assert.Equal(Labels.Goal, goal.Label);
        Assert.Equal(6.0, Assert.IsType<double>(goal.Props["targetValue"]));
        Assert.Equal(2025L, Assert.IsType<long>(goal.Props["targetYear"]));
        Assert.Equal(_graph.Node(Labels.Goal, "province/gdp").Provenance, goal.Provenance);
        Assert.False(goal.Props.ContainsKey("searchMain"));
        Assert.False(goal.Props.ContainsKey("seq"));
    }

    [Fact]
    public async Task Labels_types_and_property_names_are_checked_before_anything_is_sent()
    {
        await using var store = Store();

        await Assert.ThrowsAsync<StoreQueryException>(() =>
            store.FindNodesAsync(new NodeQuery("Goal`) DETACH DELETE (x"), CancellationToken.None));
        await Assert.ThrowsAsync<StoreQueryException>(() => store.FindNodesAsync(
            new NodeQuery(Labels.Goal, new F.PropertyEquals("text` = '' OR true //", "x")), CancellationToken.None));
        await Assert.ThrowsAsync<StoreQueryException>(() => store.GetEdgesAsync(
            new EdgeQuery(["a"], EdgeDirection.Both, ["LISTS]->() DELETE r //"]), CancellationToken.None));
        await Assert.ThrowsAsync<StoreQueryException>(() => store.AggregateAsync(
            new AggregateQuery(Labels.Project, new GroupKey.Neighbour("NEAR", EdgeDirection.Both, "name")), CancellationToken.None));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_batch_of_edges_is_one_request_with_ids_and_types_as_parameters()
    {
        var edge = _graph.Edges.First(e => e.Type == RelationshipTypes.AlignsWith);
        _server.Override = _ => FakeNeo4j.Data(["type", "from", "to", "props"],
        [
            [edge.Type, edge.From, edge.To, new JsonObject
            {
                ["seq"] = 40, ["basis"] = "indicator", ["confidence"] = JsonNode.Parse("0.9"),
                ["provenanceFile"] = edge.Provenance.File, ["provenanceLineStart"] = edge.Provenance.LineStart,
                ["provenanceLineEnd"] = edge.Provenance.LineEnd, ["provenanceQuote"] = edge.Provenance.Quote,
            }],
        ]);
        await using var store = Store();

        var edges = await store.GetEdgesAsync(new EdgeQuery([edge.From, edge.To, "goal_x"], EdgeDirection.Both,
            [RelationshipTypes.AlignsWith, RelationshipTypes.Supports]), CancellationToken.None);

        var sent = Assert.Single(_server.Requests);
        Assert.Contains(" UNION ", sent.Statement, StringComparison.Ordinal);
        Assert.Equal(3, sent.Parameters!["ids"]!.AsArray().Count);
        Assert.Equal("[\"ALIGNS_WITH\",\"SUPPORTS\"]", FakeNeo4j.Raw(sent.Parameters["types"]!));
        var read = Assert.Single(edges);
        Assert.Equal(edge.Key, read.Key);
        Assert.Equal(0.9, read.Props.GetNumber("confidence"));
        Assert.Equal(edge.Provenance, read.Provenance);
        Assert.Equal(["basis", "confidence"], read.Props.Keys);
    }

    [Fact]
    public async Task Search_queries_the_full_text_index_with_phrases_and_builds_snippets()
    {
        _server.Override = _ => FakeNeo4j.Data(["total", "page"],
            [[1, new JsonArray(new JsonArray(NodeValue(Labels.Project, "ski/resort")[0], NodeValue(Labels.Project, "ski/resort")[1], 3.5))]]);
        await using var store = Store();

        var page = await store.SearchAsync(new SearchQuery("冰雪 旅游", [Labels.Project]), CancellationToken.None);

        var sent = Assert.Single(_server.Requests);
        Assert.Contains("db.index.fulltext.queryNodes", sent.Statement, StringComparison.Ordinal);
        var values = sent.Parameters!.Select(p => p.Value!.ToString()).ToList();
        Assert.Contains("(searchMain:\"冰 雪\"^4 OR searchSecondary:\"冰 雪\") AND (searchMain:\"旅 游\"^4 OR searchSecondary:\"旅 游\")", values);
        Assert.Contains("node_search", values);
        Assert.DoesNotContain("冰", sent.Statement, StringComparison.Ordinal);
        var hit = Assert.Single(page.Hits);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(3.5, hit.Score);
        Assert.Equal("name", hit.Field);
        // Adjacent matches merge into one highlight.
        Assert.Equal("莲花山<em>冰雪旅游</em>度假区", hit.Snippet);
    }

    [Fact]
    public void Lucene_queries_use_prefixes_for_single_words_only()
    {
        Assert.Equal("(searchMain:gd*^4 OR searchSecondary:gd*)", Neo4jSearch.LuceneQuery(KnowledgeGraph.Store.Text.SearchText.ParseTerms("ＧＤ")));
        Assert.Equal("(searchMain:\"pm2 5\"^4 OR searchSecondary:\"pm2 5\")", Neo4jSearch.LuceneQuery(KnowledgeGraph.Store.Text.SearchText.ParseTerms("PM2.5")));
        Assert.Equal("(searchMain:\"冰\"^4 OR searchSecondary:\"冰\")", Neo4jSearch.LuceneQuery(KnowledgeGraph.Store.Text.SearchText.ParseTerms("冰 \"*:(")));
    }

    [Fact]
    public async Task Aggregates_parse_keys_of_every_type_and_sort_them()
    {
        _server.Override = _ => FakeNeo4j.Data(["key", "count"],
            [[JsonNode.Parse("2025"), 3], [null, 3], ["CITY", 5], [true, 1], [JsonNode.Parse("6.5"), 3]]);
        await using var store = Store();

        var buckets = await store.AggregateAsync(
            new AggregateQuery(Labels.Goal, new GroupKey.PlanProperty("level"), new F.PropertyExists("target")), CancellationToken.None);

        Assert.Equal([("CITY", 5), ("2025", 3), ("6.5", 3), (null, 3), ("true", 1)], buckets.Select(b => (b.Key, b.Count)));
        var sent = Assert.Single(_server.Requests);
        Assert.Contains("OPTIONAL MATCH (pl:Node:`Plan` {id: coalesce(n.planId, n.id)}) RETURN pl.`level` AS key", sent.Statement,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbour_aggregates_count_each_node_once_per_value()
    {
        _server.Override = _ => FakeNeo4j.Data(["key", "count"], [["长春市", 1]]);
        await using var store = Store();

        await store.AggregateAsync(new AggregateQuery(Labels.Project,
            new GroupKey.Neighbour(RelationshipTypes.LocatedIn, EdgeDirection.Outgoing, "name")), CancellationToken.None);

        var sent = Assert.Single(_server.Requests);
        Assert.Contains("OPTIONAL MATCH (n)-[:`LOCATED_IN`]->(m:Node) WITH n, collect(DISTINCT m.`name`) AS keys", sent.Statement,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_and_statistics_come_from_the_meta_node_and_are_empty_without_one()
    {
        await using var store = Store();

        Assert.Null(await store.GetVersionAsync(CancellationToken.None));
        Assert.Equal(0, (await store.GetStatisticsAsync(CancellationToken.None)).NodesByLabel[Labels.Plan]);

        await store.ReplaceAsync(_graph, null, CancellationToken.None);
        var commit = _server.Requests.Single(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        _server.Override = r => r.Statement!.Contains("m.version", StringComparison.Ordinal)
            ? FakeNeo4j.Data(["version"], [[commit.Parameters!["version"]!.GetValue<string>()]])
            : r.Statement!.Contains("m.statistics", StringComparison.Ordinal)
                ? FakeNeo4j.Data(["statistics"], [[commit.Parameters!["statistics"]!.GetValue<string>()]])
                : null;

        Assert.Matches("^[0-9a-f]{64}$", await store.GetVersionAsync(CancellationToken.None));
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(5, statistics.NodesByLabel[Labels.Plan]);
        Assert.Equal(3, statistics.Plans.Single(p => p.PlanId == PlanGraph.CityPlan).NodesByLabel[Labels.Goal]);
    }

    [Fact]
    public async Task Server_errors_carry_the_server_message()
    {
        await using var store = Store();
        _server.Override = _ => FakeNeo4j.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError",
            "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))");
        var syntax = await Assert.ThrowsAsync<Neo4jException>(() => store.GetVersionAsync(CancellationToken.None));
        _server.Override = _ => FakeNeo4j.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized",
            "The client is unauthorized due to authentication failure.");
        var auth = await Assert.ThrowsAsync<Neo4jException>(() => store.GetVersionAsync(CancellationToken.None));
        _server.Override = _ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") };
        var proxy = await Assert.ThrowsAsync<Neo4jException>(() => store.GetVersionAsync(CancellationToken.None));

        Assert.Equal("Neo4j Neo.ClientError.Statement.SyntaxError: Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))",
            syntax.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, auth.Status);
        Assert.Contains("authentication failure", auth.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 502", proxy.Message, StringComparison.Ordinal);
        Assert.Contains("bad gateway", proxy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        var slow = new SlowHandler();
        await using var store = new Neo4jGraphStore(
            new Neo4jStoreOptions { Url = "http://localhost:7474", Timeout = TimeSpan.FromMilliseconds(100) }, slow);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => store.GetVersionAsync(CancellationToken.None));

        Assert.Contains("0.1 s", error.Message, StringComparison.Ordinal);
    }

    private sealed class SlowHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
