using System.Text;
using GraphQL;
using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Hostile documents are refused during validation, before any store query, with an error that says why.</summary>
public sealed class LimitsTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private async Task<(IReadOnlyList<string> Errors, bool Executed, int StoreCalls)> RunAsync(string query, Inputs? variables = null)
    {
        var counting = new CountingStore(fixture.Store);
        await using var api = new TestApi(counting);
        var json = JObject.Parse(await api.RunAsync(query, variables));
        var errors = (json["errors"] as JArray)?.Select(e => (string)e["message"]!).ToList() ?? [];
        return (errors, json.ContainsKey("data"), counting.Total);
    }

    [Fact]
    public async Task A_query_nested_fifty_levels_deep_is_refused()
    {
        var query = new StringBuilder("{ plans { nodes { ");
        for (var i = 0; i < 25; i++) query.Append("sections { nodes { ");
        query.Append("title");
        for (var i = 0; i < 25; i++) query.Append(" } }");
        query.Append(" } } }");
        var (errors, executed, calls) = await RunAsync(query.ToString());
        Assert.False(executed);
        Assert.Equal(0, calls);
        Assert.Contains(errors, e => e.Contains("depth", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_thousand_aliases_are_refused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: plans {{ totalCount }}")) + " }";
        var (errors, executed, calls) = await RunAsync(query);
        Assert.False(executed);
        Assert.Equal(0, calls);
        Assert.Contains(errors, e => e.Contains("more than 50 aliases", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_thousand_aliases_of_a_cheap_field_are_refused_too()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: __typename")) + " }";
        var (errors, _, calls) = await RunAsync(query);
        Assert.Equal(0, calls);
        Assert.Contains(errors, e => e.Contains("aliases", StringComparison.Ordinal));
    }

    [Fact]
    public async Task First_of_a_million_is_refused_not_clamped()
    {
        var (errors, executed, calls) = await RunAsync("{ plans(first: 1000000) { totalCount } }");
        Assert.False(executed);
        Assert.Equal(0, calls);
        Assert.Contains(errors, e => e.Contains("'first' must be between 0 and 100 (got 1000000)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task First_from_a_variable_is_checked_the_same_way()
    {
        var (errors, executed, calls) = await RunAsync(
            "query ($n: Int) { goals(first: $n) { totalCount } }", new Inputs(new Dictionary<string, object?> { ["n"] = 101 }));
        Assert.False(executed);
        Assert.Equal(0, calls);
        Assert.Contains(errors, e => e.Contains("'first' must be between 0 and 100 (got 101)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Negative_first_and_too_many_ids_are_refused()
    {
        Assert.Contains((await RunAsync("{ projects(first: -1) { totalCount } }")).Errors, e => e.Contains("'first' must be between", StringComparison.Ordinal));
        var ids = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"goal_{i:x16}\""));
        Assert.Contains((await RunAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}")).Errors, e => e.Contains("at most 100 are allowed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Multiplied_nested_lists_are_refused_by_complexity()
    {
        // Cycling plan → sections → plan → … multiplies the expected list sizes level by level.
        var (errors, executed, calls) = await RunAsync("""
            { plans(first: 100) { nodes { sections(first: 100) { nodes { plan { goals(first: 100) { nodes { plan { projects(first: 100) { nodes { name } } } } } } } } } } }
            """);
        Assert.False(executed);
        Assert.Equal(0, calls);
        Assert.Contains(errors, e => e.Contains("Query is too complex", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Limits_come_from_configuration()
    {
        await using var api = new TestApi(fixture.Store, new Dictionary<string, string?> { ["Api:Limits:MaxPageSize"] = "5", ["Api:Limits:DefaultPageSize"] = "2" });
        Assert.Contains(await api.ErrorsAsync("{ plans(first: 6) { totalCount } }"), e => e.Contains("between 0 and 5", StringComparison.Ordinal));
        var data = await api.DataAsync("{ plans { edges { cursor } } }");
        Assert.Equal(2, data.Strings("$.plans.edges[*].cursor").Count);
    }

    [Fact]
    public void Out_of_range_limits_fail_at_start_up_naming_the_setting()
    {
        var error = Assert.ThrowsAny<Exception>(() => new TestApi(fixture.Store, new Dictionary<string, string?> { ["Api:Limits:DefaultPageSize"] = "500" }));
        Assert.Contains("Api:Limits:DefaultPageSize", error.ToString(), StringComparison.Ordinal);
    }
}
