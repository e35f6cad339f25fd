using KnowledgeGraph.Import.Extraction.IndicatorTables;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>One test per excerpt under Golden/: each table layout of the corpus, and tables that must yield nothing.</summary>
public sealed class IndicatorTableGoldenTests
{
    public static IEnumerable<object[]> Cases() => GoldenExcerpt.Cases("IndicatorTables");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Excerpt_yields_the_expected_goals(string name)
    {
        var column = GoldenExcerpt.LoadColumn("IndicatorTables", name);
        var goals = IndicatorTableFamily.Goals(column);
        GoldenExcerpt.Verify("IndicatorTables", name, goals);
    }
}
