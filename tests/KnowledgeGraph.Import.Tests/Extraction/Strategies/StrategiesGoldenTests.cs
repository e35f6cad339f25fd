using KnowledgeGraph.Import.Extraction.Strategies;

namespace KnowledgeGraph.Import.Tests.Extraction.Strategies;

/// <summary>The strategies family on real excerpts (Golden/*.txt), records compared with Golden/*.json.</summary>
public sealed class StrategiesGoldenTests
{
    public static IEnumerable<object[]> Examples() => EntityGolden.Examples("Strategies");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string name) =>
        EntityGolden.Check("Strategies", name, (plan, context) => StrategyFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));
}
