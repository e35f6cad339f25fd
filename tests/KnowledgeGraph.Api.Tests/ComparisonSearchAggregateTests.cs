using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests;

public sealed class ComparisonSearchAggregateTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task Forest_cover_targets_lined_up_from_city_to_zone()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { compareIndicator(name: "森林覆盖率") { indicator { id name unit }
                rows { level region plan { title } goal { id } text category baseline baselineValue target targetValue growth unit attribute targetYear } } }
            """);
        Snapshot.Match(data);
        Assert.Equal(["CITY", "DISTRICT", "DISTRICT", "ZONE"], data.Strings("$.compareIndicator.rows[*].level"));
        Assert.Equal(["8.2", null, "4.65", "35"], data.Strings("$.compareIndicator.rows[*].target"));
    }

    [Fact]
    public async Task Compare_by_id_part_of_a_name_and_ambiguity()
    {
        await using var api = new TestApi(fixture.Store);
        var byId = await api.DataAsync($$"""{ compareIndicator(indicator: "{{PlanFixture.ForestIndicatorId}}") { rows { region } } }""");
        Assert.Equal(4, byId.Strings("$.compareIndicator.rows[*].region").Count);
        var partial = await api.DataAsync("""{ compareIndicator(name: "空气质量") { indicator { name } rows { target } } }""");
        Assert.Equal(["空气质量优良天数比率"], partial.Strings("$.compareIndicator.indicator.name"));
        var errors = await api.ErrorsAsync("""{ compareIndicator(name: "率") { rows { target } } }""");
        Assert.Contains(errors, e => e.Contains("is part of 2 indicator names", StringComparison.Ordinal));
        var both = await api.ErrorsAsync($$"""{ compareIndicator(indicator: "{{PlanFixture.ForestIndicatorId}}", name: "森林覆盖率") { rows { target } } }""");
        Assert.Contains(both, e => e.Contains("exactly one of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_for_a_two_character_term()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { search(text: "冰雪") { totalCount pageInfo { hasNextPage } edges { cursor field snippet node { __typename id } } }
              projects: search(text: "冰雪", labels: [PROJECT]) { totalCount edges { node { ... on Project { name } } } } }
            """);
        // Scores are left out: their exact values belong to the store's ranking formula.
        Snapshot.Match(data);
        Assert.Equal(["2"], data.Strings("$.projects.totalCount"));
    }

    [Fact]
    public async Task Search_refuses_empty_and_overlong_text()
    {
        await using var api = new TestApi(fixture.Store);
        Assert.Contains(await api.ErrorsAsync("""{ search(text: "  ") { totalCount } }"""), e => e.Contains("at least one non-space", StringComparison.Ordinal));
        Assert.Contains(await api.ErrorsAsync($$"""{ search(text: "{{new string('雪', 201)}}") { totalCount } }"""), e => e.Contains("at most 200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Binding_and_expected_goals_per_plan()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { aggregate(label: GOAL, groupBy: { dimension: PLAN }, thenBy: { dimension: PROPERTY, property: "attribute" }) {
                label groupedBy total buckets { key count plan { region } buckets { key count } } } }
            """);
        Snapshot.Match(data);
    }

    [Fact]
    public async Task Projects_per_place_goals_per_level_and_filters()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { places: aggregate(label: PROJECT, groupBy: { dimension: PLACE }) { total buckets { key count } }
              levels: aggregate(label: GOAL, groupBy: { dimension: PLAN_LEVEL }, where: { goal: { attribute: BINDING } }) { total buckets { key count } }
              plans: aggregate(label: PLAN, groupBy: { dimension: PLAN_LEVEL }) { buckets { key count } }
              indicators: aggregate(label: GOAL, groupBy: { dimension: INDICATOR }) { buckets { key count } }
              mentions: aggregate(label: SECTION, groupBy: { dimension: NEIGHBOUR, relationship: MENTIONS }) { buckets { key count } } }
            """);
        Assert.Equal(["莲花山生态旅游度假区", "绿园区", "长春市", null], data.Strings("$.places.buckets[*].key"));
        Assert.Equal(["2", "1", "1", "1"], data.Strings("$.places.buckets[*].count"));
        Assert.Equal(["3"], data.Strings("$.levels.total"));
        Assert.Equal(["CITY", "DISTRICT"], data.Strings("$.levels.buckets[*].key"));
        Assert.Equal(["2", "1"], data.Strings("$.levels.buckets[*].count"));
        // Largest group first, ties by key.
        Assert.Equal(["DISTRICT", "PROVINCE", "CITY", "ZONE"], data.Strings("$.plans.buckets[*].key"));
        Assert.Equal(["森林覆盖率", "地区生产总值增长", null, "空气质量优良天数比率"], data.Strings("$.indicators.buckets[*].key"));
        Assert.Equal([null, "莲花山生态旅游度假区"], data.Strings("$.mentions.buckets[*].key"));
    }

    [Fact]
    public async Task Aggregate_refuses_a_filter_of_another_label_and_a_plan_grouping_of_plans()
    {
        await using var api = new TestApi(fixture.Store);
        Assert.Contains(await api.ErrorsAsync("""{ aggregate(label: GOAL, groupBy: { dimension: PLAN }, where: { project: { name: { eq: "x" } } }) { total } }"""),
            e => e.Contains("may only set 'goal'", StringComparison.Ordinal));
        Assert.Contains(await api.ErrorsAsync("""{ aggregate(label: PLAN, groupBy: { dimension: PLAN }) { total } }"""),
            e => e.Contains("Plans do not belong to a plan", StringComparison.Ordinal));
        Assert.Contains(await api.ErrorsAsync("""{ aggregate(label: GOAL, groupBy: { dimension: PROPERTY, property: "x') --" }) { total } }"""),
            e => e.Contains("camelCase property name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_count_every_label_and_relationship_type()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("{ stats { version nodesByLabel { label count } relationshipsByType { type count } plans { planId title nodesByLabel { label count } } } }");
        Assert.Equal(["PLAN", "SECTION", "COLUMN", "GOAL", "INDICATOR", "PROJECT", "PLACE", "AGENCY", "STRATEGY", "DOCUMENT"], data.Strings("$.stats.nodesByLabel[*].label"));
        Assert.Equal(["6", "9", "3", "9", "3", "5", "5", "2", "1", "1"], data.Strings("$.stats.nodesByLabel[*].count"));
        Assert.Equal(18, data.Strings("$.stats.relationshipsByType[*].type").Count);
        Assert.Equal(["9"], data.Strings("$.stats.relationshipsByType[?(@.type == 'STATES')].count"));
        Assert.Equal(["2"], data.Strings("$.stats.relationshipsByType[?(@.type == 'ISSUED_BY')].count"));
        Assert.NotNull(data.Strings("$.stats.version").Single());
    }
}
