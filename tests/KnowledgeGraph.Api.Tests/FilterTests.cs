using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests;

/// <summary>'where' inputs translate to store filters: property conditions, AND/OR/NOT, ranges and relationships.</summary>
public sealed class FilterTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private async Task<List<string?>> Names(string field, string where, string property, string orderBy = "")
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""{ list: {{field}}(where: {{where}}{{orderBy}}, first: 100) { nodes { {{property}} } } }""");
        return data.Strings($"$.list.nodes[*].{property}");
    }

    [Fact]
    public async Task Projects_in_district_plans_supporting_a_goal_measuring_an_indicator()
    {
        var names = await Names("projects", """{ plan: { level: DISTRICT }, supports: { indicator: { name: { eq: "森林覆盖率" } } } }""", "name");
        Assert.Equal(["雁鸣湖环湖绿道和湿地公园"], names);
        var zoneAndDistrict = await Names("projects", """{ plan: { levelIn: [DISTRICT, ZONE] }, supports: { indicator: { name: { eq: "森林覆盖率" } } } }""", "name");
        Assert.Equal(["植树造林项目", "雁鸣湖环湖绿道和湿地公园"], zoneAndDistrict);
    }

    [Fact]
    public async Task Numeric_ranges_on_goal_values_and_years()
    {
        Assert.Equal(["4.65", "8.2"],
            await Names("goals", """{ targetValue: { gte: 4, lte: 10 } }""", "target", ", orderBy: [{ field: TARGET_VALUE }]"));
        Assert.Equal(["4.65"], await Names("goals", """{ targetYear: { gte: 2026 } }""", "target"));
        Assert.Equal(["33.4", "83.3"], await Names("goals", """{ baselineValue: { gte: 30 } }""", "baseline", ", orderBy: [{ field: BASELINE_VALUE }]"));
        Assert.Equal(["＞84"], await Names("goals", """{ targetValue: { eq: 84 } }""", "target"));
    }

    [Fact]
    public async Task And_or_not_combine_filters()
    {
        // Text sorts by code point: 森 (U+68EE) before 空 (U+7A7A).
        Assert.Equal(["森林覆盖率", "森林覆盖率", "空气质量优良天数比率"],
            await Names("goals", """{ attribute: BINDING, or: [{ text: { contains: "森林" } }, { text: { contains: "空气" } }] }""", "text", ", orderBy: [{ field: TEXT }]"));
        Assert.Equal(["森林覆盖率"],
            await Names("goals", """{ and: [{ attribute: BINDING }, { text: { eq: "森林覆盖率" } }], not: { plan: { region: { eq: "绿园区" } } } }""", "text"));
        Assert.Equal(["地区生产总值年均增速", "建成国内一流的避暑休闲冰雪旅游目的地", "打造国家级大众型滑雪基地", "森林覆盖率", "森林覆盖率稳步提升"],
            await Names("goals", """{ not: { attributeIn: [EXPECTED, BINDING] } }""", "text", ", orderBy: [{ field: TEXT }]"));
        Assert.Equal(["地区生产总值年均增速", "地区生产总值（GDP）增长"],
            await Names("goals", """{ target: { exists: false }, growth: { exists: true } }""", "text", ", orderBy: [{ field: TEXT }]"));
    }

    [Fact]
    public async Task Plan_conditions_cover_level_region_and_period()
    {
        Assert.Equal(["绿园区"], await Names("plans", """{ activeIn: 2028 }""", "region"));
        Assert.Equal(["长春市", "二道区"], await Names("plans", """{ periodStart: { eq: 2021 }, visionYear: { eq: 2035 } }""", "region"));
        Assert.Equal(["二道区", "莲花山生态旅游度假区"], await Names("plans", """{ implements: { region: { eq: "长春市" } } }""", "region"));
        Assert.Equal(["长春市"], await Names("plans", """{ implementedBy: { level: ZONE } }""", "region"));
        Assert.Equal(["莲花山生态旅游度假区"], await Names("plans", """{ issuedBy: { name: { contains: "管理委员会" } } }""", "region"));
    }

    [Fact]
    public async Task Relationship_filters_reach_places_strategies_and_aligned_goals()
    {
        Assert.Equal(["二道区", "绿园区", "莲花山生态旅游度假区"],
            await Names("places", """{ within: { name: { eq: "长春市" } } }""", "name", ", orderBy: [{ field: NAME }]"));
        Assert.Equal(["“十四五”时期经济社会发展主要目标"],
            await Names("sections", """{ refersTo: { name: { eq: "一主六双" } } }""", "title"));
        Assert.Equal(["森林覆盖率", "森林覆盖率", "森林覆盖率稳步提升"],
            await Names("goals", """{ alignsWith: { plan: { level: CITY }, indicator: { name: { eq: "森林覆盖率" } } } }""", "text", ", orderBy: [{ field: TEXT }]"));
        Assert.Equal(["地区生产总值（GDP）增长", "森林覆盖率"],
            await Names("goals", """{ alignedFrom: { plan: { level: ZONE } } }""", "text", ", orderBy: [{ field: TEXT }]"));
        Assert.Equal(["天定山冰雪运动基地", "天定山滑雪场"],
            await Names("projects", """{ sameAs: { } }""", "name", ", orderBy: [{ field: NAME }]"));
    }

    [Fact]
    public async Task A_plan_field_filters_that_plans_goals_in_one_query()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            { plan(id: "{{PlanFixture.CityPlanId}}") {
                binding: goals(where: { attribute: BINDING }, orderBy: [{ field: TARGET_VALUE, direction: DESC }]) { totalCount nodes { text } }
                all: goals { totalCount } } }
            """);
        Assert.Equal(["空气质量优良天数比率", "森林覆盖率"], data.Strings("$.plan.binding.nodes[*].text"));
        Assert.Equal(["4"], data.Strings("$.plan.all.totalCount"));
    }

    [Fact]
    public async Task Hostile_filter_nesting_is_refused_with_a_clear_error()
    {
        await using var api = new TestApi(fixture.Store);
        var where = "{ name: { eq: \"x\" } }";
        for (var i = 0; i < 12; i++) where = "{ not: " + where + " }";
        var errors = await api.ErrorsAsync($$"""{ projects(where: {{where}}) { totalCount } }""");
        Assert.Contains(errors, e => e.Contains("nested more than", StringComparison.Ordinal));
    }
}
