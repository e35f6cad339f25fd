using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Api.Tests;

/// <summary>trace(to:, through:): only the paths that reach a target, found by a wider search than an untargeted trace returns.</summary>
public sealed class TargetedTraceTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private const string PathFields = "paths { length target { node { id } } steps { depth parentId relationship node { id } } }";

    [Fact]
    public async Task Only_the_paths_to_matching_nodes_are_returned_as_tree_steps_and_paths()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            { trace(from: "{{PlanFixture.CityPlanId}}", to: { label: PROJECT, planLevel: ZONE }) {
                nodeCount truncated nodesSearched steps { depth parentId node { id } } {{PathFields}}
                root { node { id } children { node { id } } } } }
            """);
        var trace = data["trace"]!;
        // Zone projects: 造林 and 天定山 are listed by the zone plan's section, which implements the city plan.
        Assert.Equal(new[] { PlanFixture.AfforestProjectId, PlanFixture.ZoneTiandingProjectId }.Order(), trace.Strings("$.paths[*].target.node.id").Order());
        Assert.All(trace.Strings("$.paths[*].length"), l => Assert.Equal("3", l));
        Assert.Equal(["IMPLEMENTS", "HAS_SECTION", "LISTS"], trace.Strings("$.paths[0].steps[1:].relationship"));
        // The pruned tree holds the paths' nodes only: city plan → zone plan → section → two projects.
        Assert.Equal(["5"], trace.Strings("$.nodeCount"));
        Assert.Equal([PlanFixture.ZonePlanId], trace.Strings("$.root.children[*].node.id"));
        Assert.Equal(["False"], trace.Strings("$.truncated"));
        Assert.True((int)trace["nodesSearched"]! > 5);
        AssertPathsAreChains(trace);
    }

    [Fact]
    public async Task A_path_through_waypoints_is_found_even_when_the_target_is_reached_sooner_another_way()
    {
        await using var api = new TestApi(fixture.Store);
        // Zone projects are three links below the city plan through the zone plan; through a city goal they are six.
        var data = await api.DataAsync($$"""
            { trace(from: "{{PlanFixture.CityPlanId}}", to: { label: PROJECT, planLevel: ZONE }, through: [{ label: GOAL, planLevel: CITY }]) {
                truncated {{PathFields}} } }
            """);
        var trace = data["trace"]!;
        var afforest = trace["paths"]!.Single(p => (string)p["target"]!["node"]!["id"]! == PlanFixture.AfforestProjectId);
        Assert.Equal(
            [PlanFixture.CityPlanId, PlanFixture.CityPart1Id, null, null, PlanFixture.CityForestGoalId, PlanFixture.ZoneForestGoalId, PlanFixture.AfforestProjectId],
            afforest["steps"]!.Select(s => (string?)s["node"]!["id"]).Select((id, i) => i is 2 or 3 ? null : id));
        Assert.Equal("6", (string?)afforest["length"]);
        var tianding = trace["paths"]!.Single(p => (string)p["target"]!["node"]!["id"]! == PlanFixture.ZoneTiandingProjectId);
        Assert.Contains(PlanFixture.CitySnowGoalId, tianding["steps"]!.Select(s => (string?)s["node"]!["id"]));
        Assert.Equal("SAME_AS", (string?)tianding["steps"]!.Last()["relationship"]);
        AssertPathsAreChains(trace);
    }

    [Fact]
    public async Task Max_paths_and_the_search_budget_truncate_and_say_which()
    {
        await using var api = new TestApi(fixture.Store);
        await using var narrow = new TestApi(fixture.Store, new Dictionary<string, string?> { ["Api:Limits:MaxTraceSearchNodes"] = "3" });
        var byPaths = await api.DataAsync($$"""
            { trace(from: "{{PlanFixture.ZonePlanId}}", to: { label: PROJECT }, maxPaths: 1) { truncated truncationReason paths { target { node { id } } } } }
            """);
        var byBudget = await narrow.DataAsync($$"""
            { trace(from: "{{PlanFixture.CityPlanId}}", to: { label: PROJECT, planLevel: DISTRICT }) { truncated truncationReason nodesSearched paths { length } } }
            """);

        Assert.Single(byPaths.Strings("$.trace.paths[*].target.node.id"));
        Assert.Contains("first 1 paths", byPaths.Strings("$.trace.truncationReason").Single());
        Assert.Equal(["True"], byBudget.Strings("$.trace.truncated"));
        Assert.Contains("MaxTraceSearchNodes", byBudget.Strings("$.trace.truncationReason").Single());
        Assert.Empty(byBudget.Strings("$.trace.paths[*].length"));
    }

    [Theory]
    [InlineData("to: {}", "at least one of label")]
    [InlineData("through: [{ label: GOAL }]", "need a target")]
    [InlineData("maxPaths: 3", "need a target")]
    [InlineData("to: { label: PROJECT }, maxPaths: 0", "'maxPaths' must be between 1 and 100")]
    [InlineData("to: { label: PROJECT }, through: [{ planRegion: \"长春市\" }, {}]", "at least one of label")]
    public async Task Unusable_targets_are_refused_clearly(string arguments, string message)
    {
        await using var api = new TestApi(fixture.Store);
        var errors = await api.ErrorsAsync($$"""{ trace(from: "{{PlanFixture.CityPlanId}}", {{arguments}}) { nodeCount } }""");
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_target_nothing_changes_and_paths_are_null()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""{ trace(from: "{{PlanFixture.CityPlanId}}") { maxDepth nodesSearched paths { length } } }""");
        Assert.Equal(["4"], data.Strings("$.trace.maxDepth"));
        Assert.Equal(JTokenType.Null, data["trace"]!["paths"]!.Type);
        Assert.Equal(JTokenType.Null, data["trace"]!["nodesSearched"]!.Type);
    }

    /// <summary>Every path starts at the root, each step's parent is the step before it, and depths count up.</summary>
    private static void AssertPathsAreChains(JToken trace)
    {
        foreach (var path in trace["paths"]!)
        {
            var steps = path["steps"]!.ToList();
            Assert.Equal(JTokenType.Null, steps[0]["parentId"]!.Type);
            for (var i = 1; i < steps.Count; i++)
            {
                Assert.Equal((string?)steps[i - 1]["node"]!["id"], (string?)steps[i]["parentId"]);
                Assert.Equal(i, (int)steps[i]["depth"]!);
            }
            Assert.Equal(steps.Count - 1, (int)path["length"]!);
        }
    }
}
