using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>One test per excerpt under Golden/: each table layout of the corpus, and tables that must yield nothing.</summary>
public sealed class IndicatorTableGoldenTests
{
    private static readonly string Folder = Golden.Folder();

    public static IEnumerable<object[]> Cases() => GoldenExcerpt.Cases(Folder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Excerpt_yields_the_expected_goals(string name)
    {
        var column = GoldenExcerpt.LoadColumn(Folder, name);
        var goals = IndicatorTableFamily.Goals(column);
        GoldenExcerpt.Verify(Folder, name, goals);
    }

    public static IEnumerable<object[]> QuotingCases() => GoldenExcerpt.QuotingCases(Folder);

    [Theory]
    [MemberData(nameof(QuotingCases))]
    public void Excerpt_quoted_another_way_yields_the_same_goals(string name, string open, string close)
    {
        var column = GoldenExcerpt.LoadColumn(Folder, name, GoldenExcerpt.QuotedWith(open, close));
        GoldenExcerpt.VerifySame(Folder, name, IndicatorTableFamily.Goals(column));
    }
}
