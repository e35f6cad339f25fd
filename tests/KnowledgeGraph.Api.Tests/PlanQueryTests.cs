using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests;

public sealed class PlanQueryTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task A_plan_with_its_chapters_columns_goals_and_projects()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            {
              plan(id: "{{PlanFixture.CityPlanId}}") {
                id title level kind region periodStart periodEnd visionYear
                provenance { file lineStart lineEnd quote }
                sections {
                  totalCount
                  edges { cursor node { number title depth ordinal
                    sections { nodes { number title ordinal
                      columns { nodes { number title goals { nodes { text category baseline target growth unit attribute targetValue indicator { name } } } } }
                      sections { nodes { number title goals { nodes { text } } projects { nodes { name } } } }
                    } }
                  } }
                }
                covers { nodes { name kind } }
                cites { nodes { __typename ... on Document { title } } }
                implementedBy { edges { basis confidence node { region level } } }
              }
            }
            """);
        Snapshot.Match(data);
    }

    [Fact]
    public async Task Chapters_come_in_printed_order_whatever_the_order_they_were_linked_in()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""{ node(id: "{{PlanFixture.CityPart1Id}}") { ... on Section { sections { nodes { number } } } } }""");
        Assert.Equal(["第一章", "第二章", "第三章"], data.Strings("$.node.sections.nodes[*].number"));
    }

    [Fact]
    public async Task Plans_filter_by_level_and_region()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { districts: plans(level: DISTRICT, orderBy: [{ field: REGION }]) { totalCount nodes { region periodStart } }
              changchun: plans(region: "长春市") { nodes { title } }
              province: plans(level: PROVINCE, where: { kind: SPECIAL }) { nodes { title collection { kind } } } }
            """);
        Assert.Equal(["二道区", "绿园区"], data.Strings("$.districts.nodes[*].region"));
        Assert.Equal(["长春市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"], data.Strings("$.changchun.nodes[*].title"));
        Assert.Equal(["长通白延吉长避暑休闲冰雪旅游大环线发展规划"], data.Strings("$.province.nodes[*].title"));
        Assert.Equal(["COLLECTION"], data.Strings("$.province.nodes[*].collection.kind"));
    }

    [Fact]
    public async Task Pages_follow_cursors_to_the_end()
    {
        await using var api = new TestApi(fixture.Store);
        var seen = new List<string?>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var argument = after is null ? "" : $", after: \"{after}\"";
            var data = await api.DataAsync($$"""{ goals(first: 4{{argument}}, orderBy: [{ field: TEXT }]) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }""");
            Assert.Equal(9, (int)data["goals"]!["totalCount"]!);
            Assert.Equal(pages > 0, (bool)data["goals"]!["pageInfo"]!["hasPreviousPage"]!);
            seen.AddRange(data.Strings("$.goals.nodes[*].id"));
            pages++;
            if (!(bool)data["goals"]!["pageInfo"]!["hasNextPage"]!) break;
            after = (string)data["goals"]!["pageInfo"]!["endCursor"]!;
        }
        Assert.Equal(3, pages);
        Assert.Equal(9, seen.Distinct().Count());
    }

    [Fact]
    public async Task First_zero_returns_only_the_count()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("{ projects(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage startCursor } } }");
        Assert.Equal(5, (int)data["projects"]!["totalCount"]!);
        Assert.Empty(data.Strings("$.projects.edges[*].cursor"));
        Assert.True((bool)data["projects"]!["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task A_foreign_cursor_is_refused_with_a_clear_error()
    {
        await using var api = new TestApi(fixture.Store);
        var errors = await api.ErrorsAsync("""{ plans(after: "not-a-cursor") { totalCount } }""");
        Assert.Contains(errors, e => e.Contains("'after' is not a cursor returned by this API", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Node_and_nodes_resolve_every_label_and_keep_the_order_asked_for()
    {
        await using var api = new TestApi(fixture.Store);
        var ids = new[]
        {
            PlanFixture.CityPlanId, PlanFixture.CityPart1Id, PlanFixture.CityForestGoalId, PlanFixture.ForestIndicatorId,
            PlanFixture.CityTiandingProjectId, PlanFixture.ChangchunPlaceId, PlanFixture.GovernmentAgencyId,
            PlanFixture.StrategyId, PlanFixture.DocumentId, "goal_0000000000000000",
        };
        var list = string.Join(", ", ids.Select(id => "\"" + id + "\""));
        var data = await api.DataAsync($$"""{ nodes(ids: [{{list}}]) { __typename id provenance { file lineStart } } node(id: "{{ids[2]}}") { id ... on Goal { text } } }""");
        Assert.Equal(["Plan", "Section", "Goal", "Indicator", "Project", "Place", "Agency", "Strategy", "Document", null],
            data["nodes"]!.Select(n => n.Type == Newtonsoft.Json.Linq.JTokenType.Null ? null : (string?)n["__typename"]).ToList());
        Assert.Equal(ids.Take(9), data.Strings("$.nodes[*].id"));
        Assert.Equal("森林覆盖率", (string?)data["node"]!["text"]);
        Assert.Equal(590, (int)data["nodes"]![2]!["provenance"]!["lineStart"]!);
    }

    [Fact]
    public async Task Plan_by_id_is_null_for_an_id_of_another_label()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""{ plan(id: "{{PlanFixture.CityForestGoalId}}") { title } }""");
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, data["plan"]!.Type);
    }

    [Fact]
    public async Task Results_keep_chinese_text_unescaped()
    {
        await using var api = new TestApi(fixture.Store);
        var json = await api.RunAsync($$"""{ plan(id: "{{PlanFixture.CityPlanId}}") { region } }""");
        Assert.Equal("""{"data":{"plan":{"region":"长春市"}}}""", json);
    }
}
