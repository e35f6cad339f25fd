using KnowledgeGraph.Import.Extraction.Citations;

namespace KnowledgeGraph.Import.Tests.Extraction.Citations;

/// <summary>The citations family on real excerpts (Golden/*.txt), records compared with Golden/*.json.</summary>
public sealed class CitationsGoldenTests
{
    public static IEnumerable<object[]> Examples() => EntityGolden.Examples("Citations");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string name) =>
        EntityGolden.Check("Citations", name, (plan, context) => CitationFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));

    public static IEnumerable<object[]> QuotingExamples() => EntityGolden.QuotingExamples("Citations");

    [Theory]
    [MemberData(nameof(QuotingExamples))]
    public void Example_quoted_another_way(string name, string open, string close) =>
        EntityGolden.CheckQuotedOtherwise("Citations", name, open, close, (plan, context) => CitationFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));
}
