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

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_with_titles_typed_between_ascii_angles(string name) =>
        // <<中华人民共和国土地管理法>>, as a plan typed without a Chinese keyboard's title marks prints them.
        EntityGolden.CheckReprinted("Citations", name, "typed <<…>>", line => line.Replace("《", "<<").Replace("》", ">>"),
            (plan, context) => CitationFamily.Extract(plan, KnowledgeGraph.Import.Extraction.PlanFacts.Empty, context));
}
