using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>A small plan graph with Chinese text, enough for the HTTP layer's tests.</summary>
internal static class SampleGraph
{
    public const string PlanTitle = "长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要";

    public static GraphSnapshot Create(string title = PlanTitle)
    {
        var provenance = Provenance.Create("001.txt", 1, 1, title);
        var plan = new GraphNode("plan_1", Labels.Plan, Props.Of(("title", title), ("level", "CITY"), ("region", "长春市")), provenance);
        var section = new GraphNode("sec_1", Labels.Section, Props.Of(("title", "发展目标"), ("number", "第二章"), ("ordinal", 1), ("planId", "plan_1")), provenance);
        var goal = new GraphNode("goal_1", Labels.Goal, Props.Of(("text", "森林覆盖率达到45%"), ("planId", "plan_1")), provenance);
        return new GraphSnapshot(
            [plan, section, goal],
            [
                new GraphEdge(RelationshipTypes.HasSection, "plan_1", "sec_1", Props.Empty, provenance),
                new GraphEdge(RelationshipTypes.States, "sec_1", "goal_1", Props.Empty, provenance),
            ]);
    }
}
