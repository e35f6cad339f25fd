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
}
