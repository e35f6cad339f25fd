using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests;

public sealed class TraceTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private const string StepFields = """
        depth parentId relationship direction basis confidence
        node { __typename id ... on Plan { region } ... on Goal { text plan { region } } ... on Project { name plan { region } } ... on Section { title } ... on Column { number } ... on Indicator { name } }
        """;

    [Fact]
    public async Task Province_aim_traced_down_to_city_goals_and_projects()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            { trace(from: "{{PlanFixture.ProvinceSnowGoalId}}") {
                direction maxDepth nodeCount depthReached truncated truncationReason moreBeyondMaxDepth
                root { {{StepFields}} children { {{StepFields}} children { {{StepFields}} children { {{StepFields}} } } } } } }
            """);
        Snapshot.Match(data);
    }

    [Fact]
    public async Task Tracing_up_from_a_zone_project_reaches_the_city_goal_and_the_city_plan()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            { trace(from: "{{PlanFixture.AfforestProjectId}}", direction: UP, maxDepth: 8) { nodeCount truncated steps { {{StepFields}} } } }
            """);
        var steps = (JArray)data["trace"]!["steps"]!;
        var ids = steps.Select(s => (string)s["node"]!["id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // project –SUPPORTS→ zone goal –ALIGNS_WITH→ city goal; the goal's table → section → zone plan –IMPLEMENTS→ city plan.
        Assert.Contains(PlanFixture.ZoneForestGoalId, ids);
        Assert.Contains(PlanFixture.CityForestGoalId, ids);
        Assert.Contains(PlanFixture.CityPlanId, ids);
        var city = steps.Single(s => (string)s["node"]!["id"]! == PlanFixture.CityForestGoalId);
        Assert.Equal(("ALIGNS_WITH", "OUTGOING", "indicator", 2), ((string)city["relationship"]!, (string)city["direction"]!, (string)city["basis"]!, (int)city["depth"]!));
        var indicator = steps.Single(s => (string)s["node"]!["__typename"]! == "Indicator");
        Assert.Equal("MEASURES", (string)indicator["relationship"]!);
        Assert.All(steps.Skip(1), s => Assert.Contains((string)s["parentId"]!, ids));
    }

    [Fact]
    public async Task Cycles_end_and_each_node_appears_once()
    {
        await using var api = new TestApi(fixture.Store);
        // SAME_AS is followed both ways: city project → zone project must not lead back to the city project.
        var data = await api.DataAsync($$"""
            { trace(from: "{{PlanFixture.CityTiandingProjectId}}", relationshipTypes: [SAME_AS, SUPPORTS, ALIGNS_WITH], direction: UP, maxDepth: 8) { nodeCount moreBeyondMaxDepth steps { node { id } } } }
            """);
        var ids = data.Strings("$.trace.steps[*].node.id");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal([PlanFixture.CityTiandingProjectId, PlanFixture.ZoneTiandingProjectId, PlanFixture.CitySnowGoalId, PlanFixture.ProvinceSnowGoalId], ids);
        Assert.Equal(["False"], data.Strings("$.trace.moreBeyondMaxDepth"));
    }

    [Fact]
    public async Task The_node_limit_truncates_and_says_so()
    {
        await using var api = new TestApi(fixture.Store, new Dictionary<string, string?> { ["Api:Limits:MaxTraceNodes"] = "4" });
        var data = await api.DataAsync($$"""{ trace(from: "{{PlanFixture.CityPlanId}}", maxDepth: 8) { nodeCount truncated truncationReason } }""");
        Assert.Equal(["4"], data.Strings("$.trace.nodeCount"));
        Assert.Equal(["True"], data.Strings("$.trace.truncated"));
        Assert.Contains("limit of 4 nodes", data.Strings("$.trace.truncationReason").Single());
    }

    [Fact]
    public async Task A_shallow_trace_says_there_is_more_below()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""{ trace(from: "{{PlanFixture.CityPlanId}}", maxDepth: 1) { nodeCount depthReached truncated moreBeyondMaxDepth steps { relationship node { id } } } }""");
        Assert.Equal(["False"], data.Strings("$.trace.truncated"));
        Assert.Equal(["True"], data.Strings("$.trace.moreBeyondMaxDepth"));
        Assert.Equal(["1"], data.Strings("$.trace.depthReached"));
        // Children come by relationship type in contract order: the two lower-level plans implementing
        // the city plan (IMPLEMENTS followed to its source), then the plan's first part.
        Assert.Equal([null, "IMPLEMENTS", "IMPLEMENTS", "HAS_SECTION"], data.Strings("$.trace.steps[*].relationship"));
    }

    [Fact]
    public async Task Bad_depth_and_unknown_start_are_answered_clearly()
    {
        await using var api = new TestApi(fixture.Store);
        var errors = await api.ErrorsAsync($$"""{ trace(from: "{{PlanFixture.CityPlanId}}", maxDepth: 50) { nodeCount } }""");
        Assert.Contains(errors, e => e.Contains("'maxDepth' must be between 1 and 10", StringComparison.Ordinal));
        var data = await api.DataAsync("""{ trace(from: "plan_0000000000000000") { nodeCount } }""");
        Assert.Equal(JTokenType.Null, data["trace"]!.Type);
    }
}
