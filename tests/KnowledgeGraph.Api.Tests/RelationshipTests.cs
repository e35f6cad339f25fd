using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Every relationship can be walked from both ends, and derived links show how they were made.</summary>
public sealed class RelationshipTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task Goal_alignment_is_visible_from_both_ends_with_basis_and_confidence()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            { city: node(id: "{{PlanFixture.CityForestGoalId}}") { ... on Goal {
                alignedFrom { totalCount edges { basis confidence relationship direction node { plan { region } } provenance { file lineStart } } } } }
              zone: node(id: "{{PlanFixture.ZoneForestGoalId}}") { ... on Goal {
                alignsWith { edges { basis confidence direction node { text plan { region } } } }
                supportedBy { edges { basis confidence node { name } } } } } }
            """);
        // Most confident first: the two indicator matches (0.95), then the prose aim (0.7).
        Assert.Equal(["莲花山生态旅游度假区", "绿园区", "二道区"], data.Strings("$.city.alignedFrom.edges[*].node.plan.region"));
        Assert.Equal(["0.95", "0.95", "0.7"], data.Strings("$.city.alignedFrom.edges[*].confidence"));
        Assert.Equal(["indicator", "indicator", "indicator"], data.Strings("$.city.alignedFrom.edges[*].basis"));
        Assert.Equal(["INCOMING", "INCOMING", "INCOMING"], data.Strings("$.city.alignedFrom.edges[*].direction"));
        Assert.Equal(["000_194a863290239242.txt"], data.Strings("$.city.alignedFrom.edges[0].provenance.file"));
        Assert.Equal(["长春市"], data.Strings("$.zone.alignsWith.edges[*].node.plan.region"));
        Assert.Equal(["OUTGOING"], data.Strings("$.zone.alignsWith.edges[*].direction"));
        Assert.Equal(["植树造林项目"], data.Strings("$.zone.supportedBy.edges[*].node.name"));
        Assert.Equal(["text"], data.Strings("$.zone.supportedBy.edges[*].basis"));
    }

    [Fact]
    public async Task Same_project_is_linked_from_either_level()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            { city: node(id: "{{PlanFixture.CityTiandingProjectId}}") { ... on Project { sameAs { edges { direction basis node { name plan { level } } } } } }
              zone: node(id: "{{PlanFixture.ZoneTiandingProjectId}}") { ... on Project { sameAs { edges { direction node { name plan { level } } } } } } }
            """);
        Assert.Equal(["天定山滑雪场"], data.Strings("$.city.sameAs.edges[*].node.name"));
        Assert.Equal(["INCOMING"], data.Strings("$.city.sameAs.edges[*].direction"));
        Assert.Equal(["name"], data.Strings("$.city.sameAs.edges[*].basis"));
        Assert.Equal(["天定山冰雪运动基地"], data.Strings("$.zone.sameAs.edges[*].node.name"));
        Assert.Equal(["CITY"], data.Strings("$.zone.sameAs.edges[*].node.plan.level"));
    }

    [Fact]
    public async Task Goals_and_projects_know_their_section_directly_or_through_their_column()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            { tableGoal: node(id: "{{PlanFixture.CityForestGoalId}}") { ... on Goal { column { number } section { title } statedIn { __typename } indicator { name goals { totalCount } } } }
              textGoal: node(id: "{{PlanFixture.CitySnowGoalId}}") { ... on Goal { column { number } section { title } statedIn { __typename } } }
              project: node(id: "{{PlanFixture.AfforestProjectId}}") { ... on Project { section { title } column { number } listedIn { nodes { __typename } }
                places { nodes { name } } agencies { nodes { name } } supports { edges { node { text } } } plan { level } } } }
            """);
        Assert.Equal(["表1"], data.Strings("$.tableGoal.column.number"));
        Assert.Equal(["主要目标"], data.Strings("$.tableGoal.section.title"));
        Assert.Equal(["Column"], data.Strings("$.tableGoal.statedIn.__typename"));
        Assert.Equal(["4"], data.Strings("$.tableGoal.indicator.goals.totalCount"));
        Assert.Equal([null], data.Strings("$.textGoal.column"));
        Assert.Equal(["发展冰雪旅游"], data.Strings("$.textGoal.section.title"));
        Assert.Equal(["Section"], data.Strings("$.textGoal.statedIn.__typename"));
        Assert.Equal(["打造特色雪都，建设冰雪新城"], data.Strings("$.project.section.title"));
        Assert.Equal([null], data.Strings("$.project.column"));
        Assert.Equal(["莲花山生态旅游度假区"], data.Strings("$.project.places.nodes[*].name"));
        Assert.Equal(["莲花山生态旅游度假区管理委员会"], data.Strings("$.project.agencies.nodes[*].name"));
        Assert.Equal(["森林覆盖率"], data.Strings("$.project.supports.edges[*].node.text"));
        Assert.Equal(["ZONE"], data.Strings("$.project.plan.level"));
    }

    [Fact]
    public async Task Places_agencies_strategies_and_documents_lead_back_to_the_plans()
    {
        await using var api = new TestApi(fixture.Store);
        var data = await api.DataAsync($$"""
            { place: node(id: "{{PlanFixture.ChangchunPlaceId}}") { ... on Place { within { nodes { name } } contains { nodes { name } } plans { nodes { region } } projects { nodes { name } } } }
              agency: node(id: "{{PlanFixture.GovernmentAgencyId}}") { ... on Agency { issuedPlans { nodes { kind } } } }
              strategy: node(id: "{{PlanFixture.StrategyId}}") { ... on Strategy { referencedBy { nodes { __typename ... on Section { plan { region } } } } } }
              document: node(id: "{{PlanFixture.DocumentId}}") { ... on Document { citedBy { nodes { ... on Plan { region } } } } }
              collection: plan(id: "{{PlanFixture.CollectionPlanId}}") { subPlans { nodes { title collection { kind } } } issuedBy { nodes { name } } }
              city: plan(id: "{{PlanFixture.CityPlanId}}") { implementedBy { totalCount edges { node { level } } } implements { totalCount } } }
            """);
        Assert.Equal(["吉林省"], data.Strings("$.place.within.nodes[*].name"));
        Assert.Equal(["二道区", "绿园区", "莲花山生态旅游度假区"], data.Strings("$.place.contains.nodes[*].name").Order(StringComparer.Ordinal));
        Assert.Equal(["长春市"], data.Strings("$.place.plans.nodes[*].region"));
        Assert.Equal(["长春冰雪新天地"], data.Strings("$.place.projects.nodes[*].name"));
        Assert.Equal(["COLLECTION"], data.Strings("$.agency.issuedPlans.nodes[*].kind"));
        Assert.Equal(["Section"], data.Strings("$.strategy.referencedBy.nodes[*].__typename"));
        Assert.Equal(["二道区"], data.Strings("$.strategy.referencedBy.nodes[*].plan.region"));
        Assert.Equal(["长春市"], data.Strings("$.document.citedBy.nodes[*].region"));
        Assert.Equal(["长通白延吉长避暑休闲冰雪旅游大环线发展规划"], data.Strings("$.collection.subPlans.nodes[*].title"));
        Assert.Equal(["COLLECTION"], data.Strings("$.collection.subPlans.nodes[*].collection.kind"));
        Assert.Equal(["吉林省人民政府"], data.Strings("$.collection.issuedBy.nodes[*].name"));
        Assert.Equal(["2"], data.Strings("$.city.implementedBy.totalCount"));
        Assert.Equal(["0"], data.Strings("$.city.implements.totalCount"));
    }

    [Fact]
    public async Task Relationship_lists_page_with_cursors()
    {
        await using var api = new TestApi(fixture.Store);
        var first = await api.DataAsync($$"""{ node(id: "{{PlanFixture.ForestIndicatorId}}") { ... on Indicator { goals(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }""");
        var cursor = first.Strings("$.node.goals.pageInfo.endCursor").Single();
        var second = await api.DataAsync($$"""{ node(id: "{{PlanFixture.ForestIndicatorId}}") { ... on Indicator { goals(first: 3, after: "{{cursor}}") { pageInfo { hasNextPage hasPreviousPage } nodes { id } } } } }""");
        Assert.Equal(["4"], first.Strings("$.node.goals.totalCount"));
        Assert.Equal(["True"], first.Strings("$.node.goals.pageInfo.hasNextPage"));
        Assert.Single(second.Strings("$.node.goals.nodes[*].id"));
        Assert.Equal(["False"], second.Strings("$.node.goals.pageInfo.hasNextPage"));
        Assert.Equal(["True"], second.Strings("$.node.goals.pageInfo.hasPreviousPage"));
        Assert.Empty(first.Strings("$.node.goals.nodes[*].id").Intersect(second.Strings("$.node.goals.nodes[*].id")));
    }
}
