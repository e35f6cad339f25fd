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

    public static IEnumerable<object[]> QuotingExamples() => EntityGolden.QuotingExamples("Strategies");

    [Theory]
    [MemberData(nameof(QuotingExamples))]
    public void Example_quoted_another_way(string name, string open, string close) =>
        EntityGolden.CheckQuotedOtherwise("Strategies", name, open, close, (plan, context) => StrategyFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));
}
