using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Snapshots of the API over the bundled plans as the importer reads them. When the importer
/// improves, these change: review the diff, delete the .snap files and run the tests again.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusSnapshotTests(CorpusFixture fixture)
{
    private const string CityFile = "001_73a71c25e4a637a2.txt";

    [Fact]
    public async Task The_city_plan_with_its_parts_and_chapters()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { plans(level: CITY, region: "长春市") { totalCount nodes {
                id title level kind region periodStart periodEnd visionYear issuer provenance { file lineStart }
                sections(first: 100) { totalCount nodes { number title depth ordinal provenance { lineStart }
                  sections(first: 50) { totalCount nodes { number title ordinal provenance { lineStart } } } } } } } }
            """);
        // Printed in the file: line 13 "第一篇 开启全面建设社会主义现代化长春新征程", line 23 "第一章 发展环境", line 283 "第二章 总体要求".
        Assert.Equal(["第一篇"], data.Strings("$.plans.nodes[0].sections.nodes[0].number"));
        Assert.Equal(["开启全面建设社会主义现代化长春新征程"], data.Strings("$.plans.nodes[0].sections.nodes[0].title"));
        Assert.Equal(["13"], data.Strings("$.plans.nodes[0].sections.nodes[0].provenance.lineStart"));
        Assert.Equal(["发展环境", "总体要求"], data.Strings("$.plans.nodes[0].sections.nodes[0].sections.nodes[*].title").Take(2));
        Assert.Equal(["23", "283"], data.Strings("$.plans.nodes[0].sections.nodes[0].sections.nodes[*].provenance.lineStart").Take(2));
        Assert.Equal([CityFile], data.Strings("$.plans.nodes[0].provenance.file"));
        Snapshot.Match(data);
    }

    [Fact]
    public async Task Goals_filtered_by_the_bounds_of_a_target_printed_as_a_range()
    {
        // 莲花山 line 436: “…全区引进“碳”科技研发服务团队3-5个…转化“碳”科技最新成果5-10个…在“碳”监测、捕集、固存等领域开发新产品3-5个”.
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { goals(where: { targetMax: { gte: 5 } }, orderBy: [{ field: TEXT }]) { nodes { text target targetValue targetMin targetMax } } }
            """);
        Assert.Equal(["全区引进“碳”科技研发服务团队3-5个", "在“碳”监测、捕集、固存等领域开发新产品3-5个", "转化“碳”科技最新成果5-10个"], data.Strings("$.goals.nodes[*].text"));
        Assert.Equal(["3", "3", "5"], data.Strings("$.goals.nodes[*].targetMin"));
        Assert.Equal(["5", "5", "10"], data.Strings("$.goals.nodes[*].targetMax"));
        Assert.Equal([null, null, null], data.Strings("$.goals.nodes[*].targetValue"));
    }

    [Fact]
    public async Task Plans_name_the_bodies_leading_their_implementation()
    {
        // 004 line 2183: “本规划发布后，由省文化和旅游厅负责组织实施。” (and line 2423 for the other loop);
        // line 1359: “由省工业和信息化厅牵头，加强对规划实施情况的跟踪分析和督促检查…”.
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { plans(level: PROVINCE, first: 20) { nodes { title ledBy { edges { role relationship node { name } provenance { lineStart quote } } } } }
              search(text: "吉林省文化和旅游厅", labels: [AGENCY]) { edges { node { ... on Agency { ledPlans { edges { role node { title } } } } } } } }
            """);
        var led = data.Strings("$.plans.nodes[?(@.ledBy.edges[0])].title");
        Assert.Equal(["环长春四辽吉松工业走廊发展规划", "长松大白通长河湖草原湿地旅游大环线发展规划", "长通白延吉长避暑休闲冰雪旅游大环线发展规划"], led.Order(StringComparer.Ordinal));
        Assert.Equal(["牵头", "负责组织实施", "负责组织实施"], data.Strings("$.plans.nodes[*].ledBy.edges[*].role").Order(StringComparer.Ordinal));
        Assert.Equal(["1359", "2183", "2423"], data.Strings("$.plans.nodes[*].ledBy.edges[*].provenance.lineStart").Order(StringComparer.Ordinal));
        Assert.All(data.Strings("$.plans.nodes[*].ledBy.edges[*].relationship"), r => Assert.Equal("LED_BY", r));
        Assert.Equal(["长松大白通长河湖草原湿地旅游大环线发展规划", "长通白延吉长避暑休闲冰雪旅游大环线发展规划"],
            data.Strings("$.search.edges[0].node.ledPlans.edges[*].node.title").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_for_冰雪()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { search(text: "冰雪", first: 20) { totalCount edges { field snippet node { __typename id provenance { file lineStart }
                ... on Section { title plan { region } } ... on Column { title plan { region } } ... on Plan { title } ... on Project { name } ... on Goal { text } } } } }
            """);
        Assert.All(data.Strings("$.search.edges[*].snippet"), s => Assert.Contains("<em>冰雪</em>", s!, StringComparison.Ordinal));
        Snapshot.Match(data);
    }

    [Fact]
    public async Task The_compilation_traced_down_to_its_special_plans_and_their_chapters()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { plans(where: { kind: COLLECTION }) { nodes { id } } }
            """);
        var collection = data.Strings("$.plans.nodes[*].id").Single();
        var trace = await api.DataAsync($$"""
            { trace(from: "{{collection}}", maxDepth: 2) { nodeCount depthReached truncated moreBeyondMaxDepth
                steps { depth relationship direction parentId node { __typename id ... on Plan { title } ... on Section { number title } } } } }
            """);
        Assert.Equal(["False"], trace.Strings("$.trace.truncated"));
        Assert.Equal(11, trace.Strings("$.trace.steps[?(@.depth == 1)].relationship").Count(r => r == "PART_OF"));
        Snapshot.Match(trace);
    }

    [Fact]
    public async Task Forest_cover_compared_from_city_to_zone()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { compareIndicator(name: "森林覆盖率") { indicator { id name unit }
                rows { level region text category baseline baselineValue target targetValue growth unit attribute targetYear
                  goal { id provenance { file lineStart quote } } } } }
            """);
        var rows = data["compareIndicator"]!["rows"]!;
        // Printed rows: 001 line 590 "18 森林覆盖率（%） 8.1* 8.2 - 约束性"; 002 "森林覆盖率（%） 3.54 4.65 — 约束性";
        // 000 line 204 "森林覆盖率 (%) 33.4 35" (a table without an attribute column).
        var city = rows.First(r => (string?)r["region"] == "长春市" && (string?)r["baseline"] == "8.1*");
        Assert.Equal(("8.2", "BINDING", 590), ((string?)city["target"], (string?)city["attribute"], (int)city["goal"]!["provenance"]!["lineStart"]!));
        var luyuan = rows.Single(r => (string?)r["region"] == "绿园区");
        Assert.Equal(("3.54", "4.65", "BINDING", 2030), ((string?)luyuan["baseline"], (string?)luyuan["target"], (string?)luyuan["attribute"], (int)luyuan["targetYear"]!));
        var zoneTable = rows.First(r => (string?)r["level"] == "ZONE" && (string?)r["baseline"] == "33.4");
        Assert.Equal(("35", 204), ((string?)zoneTable["target"], (int)zoneTable["goal"]!["provenance"]!["lineStart"]!));
        Assert.Equal(["CITY", "CITY", "DISTRICT", "ZONE", "ZONE"], data.Strings("$.compareIndicator.rows[*].level"));
        Snapshot.Match(data);
    }

    [Fact]
    public async Task A_provincial_aim_traced_down_to_city_goals_and_the_projects_serving_them()
    {
        await using var api = new TestApi(fixture.Store);
        var found = await api.DataAsync("""{ goals(where: { text: { eq: "R&D投入年均增长超过10%" }, plan: { level: PROVINCE } }) { nodes { id } } }""");
        var from = found.Strings("$.goals.nodes[*].id").Single();
        var data = await api.DataAsync($$"""
            { trace(from: "{{from}}", maxDepth: 3) { nodeCount depthReached truncated moreBeyondMaxDepth
                steps { depth relationship direction basis confidence parentId node { __typename id
                  ... on Goal { text target plan { region level } } ... on Project { name plan { region level } } } } } }
            """);
        var levels = data.Strings("$.trace.steps[?(@.relationship == 'ALIGNS_WITH')].node.plan.level");
        Assert.Contains("CITY", levels);
        Assert.All(data.Strings("$.trace.steps[?(@.relationship == 'ALIGNS_WITH')].direction"), d => Assert.Equal("INCOMING", d));
        // Projects hang below the goals they serve (SUPPORTS followed from the goal to the project).
        Assert.All(data.Strings("$.trace.steps[?(@.relationship == 'SUPPORTS')].node.__typename"), t => Assert.Equal("Project", t));
        Snapshot.Match(data);
    }

    [Fact]
    public async Task The_strategy_traced_through_changchun_sections_and_goals_to_district_projects()
    {
        await using var api = new TestApi(fixture.Store);
        var strategy = (await api.DataAsync("""{ strategies(where: { name: { eq: "一主六双" } }) { nodes { id } } }""")).Strings("$.strategies.nodes[*].id").Single();
        // Untargeted, the trace fans out through every plan that refers to the strategy and stops at its node limit.
        var wide = await api.DataAsync($$"""{ trace(from: "{{strategy}}", maxDepth: 9) { truncated } }""");
        Assert.Equal(["True"], wide.Strings("$.trace.truncated"));

        var data = await api.DataAsync($$"""
            { trace(from: "{{strategy}}", to: { label: PROJECT, planLevel: DISTRICT },
                    through: [{ label: SECTION, planRegion: "长春市" }, { label: GOAL, planRegion: "长春市" }]) {
                nodeCount depthReached truncated nodesSearched
                paths { length steps { depth relationship direction node { __typename id provenance { file lineStart }
                  ... on Plan { title level region } ... on Section { number title plan { region } } ... on Column { number title }
                  ... on Goal { text plan { region } } ... on Project { name plan { region level } } } } } } }
            """);
        var paths = data["trace"]!["paths"]!.ToList();
        Assert.NotEmpty(paths);
        Assert.Equal(["False"], data.Strings("$.trace.truncated"));
        foreach (var path in paths)
        {
            var steps = path["steps"]!.Select(s => s["node"]!).ToList();
            var section = steps.FindIndex(n => (string?)n["__typename"] == "Section" && (string?)n["plan"]!["region"] == "长春市");
            var goal = steps.FindIndex(n => (string?)n["__typename"] == "Goal" && (string?)n["plan"]!["region"] == "长春市");
            Assert.True(section > 0 && goal > section, "each path passes a 长春 section, then a 长春 goal");
            Assert.Equal("Project", (string?)steps[^1]["__typename"]);
            Assert.Equal("DISTRICT", (string?)steps[^1]["plan"]!["level"]);
        }
        // Printed in 001: line 509 "专栏 1 “十四五”时期经济社会发展主要指标", line 566 "10 每千人口拥有执业（助理）医师数（人） 3.35 3.4 - 预期性";
        // in 002 (绿园区): line 392 "重点推进长春轨道“城轨医院”智能运维项目。"
        var hospital = paths.Single(p => (string?)p["steps"]!.Last()["node"]!["name"] == "长春轨道“城轨医院”智能运维项目");
        Assert.Equal(
            ["REFERS_TO", "IMPLEMENTS", "HAS_SECTION", "HAS_SECTION", "HAS_SECTION", "HAS_COLUMN", "STATES", "ALIGNS_WITH", "SUPPORTS"],
            hospital["steps"]!.Skip(1).Select(s => (string?)s["relationship"]));
        var column = hospital["steps"]![6]!["node"]!;
        Assert.Equal(("专栏 1", 509), ((string?)column["number"], (int)column["provenance"]!["lineStart"]!));
        var cityGoal = hospital["steps"]![7]!["node"]!;
        Assert.Equal(("每千人口拥有执业（助理）医师数（人）", 566), ((string?)cityGoal["text"], (int)cityGoal["provenance"]!["lineStart"]!));
        Assert.Equal(("绿园区", 392), ((string?)hospital["steps"]![9]!["node"]!["plan"]!["region"], (int)hospital["steps"]![9]!["node"]!["provenance"]!["lineStart"]!));
        Snapshot.Match(data);
    }

    [Fact]
    public async Task Sections_and_columns_per_plan_level()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync("""
            { sections: aggregate(label: SECTION, groupBy: { dimension: PLAN_LEVEL }, thenBy: { dimension: PROPERTY, property: "depth" }) { total groupedBy buckets { key count buckets { key count } } }
              columns: aggregate(label: COLUMN, groupBy: { dimension: PLAN }) { total buckets { key count plan { title } } }
              plans: aggregate(label: PLAN, groupBy: { dimension: PLAN_LEVEL }, thenBy: { dimension: PROPERTY, property: "kind" }) { total buckets { key count buckets { key count } } } }
            """);
        Snapshot.Match(data);
    }
}
