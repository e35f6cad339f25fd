using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Tests.Fixtures;

/// <summary>Many district plans, each with a chapter stating indicator goals, for batching and timing.</summary>
internal static class WideFixture
{
    public static readonly string[] Indicators = ["地区生产总值增长", "森林覆盖率", "空气质量优良天数比率", "研发经费投入增长", "常住人口城镇化率"];

    public static GraphSnapshot Build(int plans, int goalsPerPlan)
    {
        var g = new GraphBuilder();
        var indicators = Indicators.Select(name => g.Node(Labels.Indicator, name, "001_73a71c25e4a637a2.txt", 520, name, ("name", name), ("unit", "%"))).ToList();
        for (var p = 0; p < plans; p++)
        {
            var file = $"plan{p:D3}.txt";
            var plan = g.Node(Labels.Plan, file, file, 1, $"第{p}区规划", ("title", $"第{p}区国民经济和社会发展第十四个五年规划纲要"),
                ("level", "DISTRICT"), ("kind", "FIVE_YEAR"), ("region", $"第{p}区"), ("periodStart", 2021), ("periodEnd", 2025));
            var chapter = g.Node(Labels.Section, file + "/章1", file, 10, "第一章 主要目标", ("number", "第一章"), ("title", "主要目标"),
                ("depth", 1), ("ordinal", 1), ("planId", plan.Id));
            g.Edge(RelationshipTypes.HasSection, plan, chapter);
            for (var i = 0; i < goalsPerPlan; i++)
            {
                var indicator = indicators[i % indicators.Count];
                var name = Indicators[i % Indicators.Length];
                var goal = g.Node(Labels.Goal, file + "/" + i, file, 20 + i, name, ("text", name), ("kind", "INDICATOR"),
                    ("target", (5 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("targetValue", 5 + i), ("attribute", "EXPECTED"),
                    ("planId", plan.Id));
                g.Edge(RelationshipTypes.States, chapter, goal);
                g.Edge(RelationshipTypes.Measures, goal, indicator);
            }
        }
        return g.Build();
    }
}
