using KnowledgeGraph.Import.Extraction.Places;

namespace KnowledgeGraph.Import.Tests.Extraction.Places;

/// <summary>The places family on real excerpts (Golden/*.txt), records compared with Golden/*.json.</summary>
public sealed class PlacesGoldenTests
{
    public static IEnumerable<object[]> Examples() => EntityGolden.Examples("Places");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string name) =>
        EntityGolden.Check("Places", name, (plan, context) => PlaceFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));

    public static IEnumerable<object[]> QuotingExamples() => EntityGolden.QuotingExamples("Places");

    [Theory]
    [MemberData(nameof(QuotingExamples))]
    public void Example_quoted_another_way(string name, string open, string close) =>
        EntityGolden.CheckQuotedOtherwise("Places", name, open, close, (plan, context) => PlaceFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));
}
