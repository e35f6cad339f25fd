using KnowledgeGraph.Import.Extraction.Goals;
using KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Goals;

/// <summary>One test per excerpt under Golden/: goals sections, body text with deadlines, lists of counts, and text that states no aim.</summary>
public sealed class ProseGoalGoldenTests
{
    private static readonly string Folder = Golden.Folder();

    public static IEnumerable<object[]> Cases() => GoldenExcerpt.Cases(Folder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Excerpt_yields_the_expected_aims(string name)
    {
        var document = GoldenExcerpt.Load(Folder, name);
        var goals = document.Plans.SelectMany(p => ProseGoalFamily.Extract(p).Goals);
        GoldenExcerpt.Verify(Folder, name, goals);
    }

    public static IEnumerable<object[]> QuotingCases() => GoldenExcerpt.QuotingCases(Folder);

    [Theory]
    [MemberData(nameof(QuotingCases))]
    public void Excerpt_quoted_another_way_yields_the_same_aims(string name, string open, string close)
    {
        // Aims that open with a quoted period (“十四五”末) or sit in a long quote of a national target.
        var document = GoldenExcerpt.Load(Folder, name, GoldenExcerpt.QuotedWith(open, close));
        GoldenExcerpt.VerifySame(Folder, name, document.Plans.SelectMany(p => ProseGoalFamily.Extract(p).Goals));
    }
}
