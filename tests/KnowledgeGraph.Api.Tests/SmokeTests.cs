using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Plan_chapters_goals_and_indicators_resolve()
    {
        var prov = Provenance.Create("001.txt", 1, 1, "长春市国民经济和社会发展第十四个五年规划");
        var plan = new GraphNode("plan_1", Labels.Plan, Props.Of(("title", "长春市规划"), ("level", "CITY")), prov);
        var s2 = new GraphNode("sec_2", Labels.Section, Props.Of(("title", "第二章"), ("ordinal", 2), ("planId", "plan_1")), prov);
        var s1 = new GraphNode("sec_1", Labels.Section, Props.Of(("title", "第一章"), ("ordinal", 1), ("planId", "plan_1")), prov);
        var g = new GraphNode("goal_1", Labels.Goal, Props.Of(("text", "森林覆盖率"), ("planId", "plan_1")), prov);
        var i = new GraphNode("ind_1", Labels.Indicator, Props.Of(("name", "森林覆盖率")), prov);
        var graph = new GraphSnapshot([plan, s2, s1, g, i], [
            new GraphEdge(RelationshipTypes.HasSection, "plan_1", "sec_2", Props.Empty, prov),
            new GraphEdge(RelationshipTypes.HasSection, "plan_1", "sec_1", Props.Empty, prov),
            new GraphEdge(RelationshipTypes.States, "sec_1", "goal_1", Props.Empty, prov),
            new GraphEdge(RelationshipTypes.Measures, "goal_1", "ind_1", Props.Empty, prov),
        ]);
        await using var api = new TestApi(new StubStore(graph));
        var json = await api.RunAsync("""
            { plans { totalCount edges { node { title level sections { edges { node { title goals { nodes { text indicator { name } section { title } } } } } }
              goals { nodes { text plan { title } } } } } } }
            """);
        Assert.Equal(
            """{"data":{"plans":{"totalCount":1,"edges":[{"node":{"title":"长春市规划","level":"CITY","sections":{"edges":[{"node":{"title":"第一章","goals":{"nodes":[{"text":"森林覆盖率","indicator":{"name":"森林覆盖率"},"section":{"title":"第一章"}}]}}},{"node":{"title":"第二章","goals":{"nodes":[]}}}]},"goals":{"nodes":[{"text":"森林覆盖率","plan":{"title":"长春市规划"}}]}}}]}}}""",
            json);
    }
}
