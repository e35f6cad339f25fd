using KnowledgeGraph.Import.Extraction.Goals;
using KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

namespace KnowledgeGraph.Import.Tests.Extraction.Goals;

/// <summary>One test per excerpt under Golden/: goals sections, body text with deadlines, lists of counts, and text that states no aim.</summary>
public sealed class ProseGoalGoldenTests
{
    public static IEnumerable<object[]> Cases() => GoldenExcerpt.Cases("Goals");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Excerpt_yields_the_expected_aims(string name)
    {
        var document = GoldenExcerpt.Load("Goals", name);
        var goals = document.Plans.SelectMany(p => ProseGoalFamily.Extract(p).Goals);
        GoldenExcerpt.Verify("Goals", name, goals);
    }
}
