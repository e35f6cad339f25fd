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
