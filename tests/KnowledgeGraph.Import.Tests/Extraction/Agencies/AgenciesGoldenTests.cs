using KnowledgeGraph.Import.Extraction.Agencies;

namespace KnowledgeGraph.Import.Tests.Extraction.Agencies;

/// <summary>The agencies family on real excerpts (Golden/*.txt), records compared with Golden/*.json.</summary>
public sealed class AgenciesGoldenTests
{
    public static IEnumerable<object[]> Examples() => EntityGolden.Examples("Agencies");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string name) =>
        EntityGolden.Check("Agencies", name, (plan, context) => AgencyFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));

    public static IEnumerable<object[]> QuotingExamples() => EntityGolden.QuotingExamples("Agencies");

    [Theory]
    [MemberData(nameof(QuotingExamples))]
    public void Example_quoted_another_way(string name, string open, string close) =>
        EntityGolden.CheckQuotedOtherwise("Agencies", name, open, close, (plan, context) => AgencyFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));
}
