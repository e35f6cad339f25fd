using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>Every plan of the bundled corpus with what the extract pass finds in it, built once per test run.</summary>
public static class ExtractedCorpus
{
    private static readonly Lazy<IReadOnlyList<ExtractedPlan>> LazyPlans = new(() =>
    {
        var context = new ExtractionContext(Corpus.ImportDirectory);
        return [.. new[] { "000", "001", "002", "003", "004" }
            .SelectMany(prefix => Corpus.Structure(prefix).Plans)
            .Select(plan => new ExtractedPlan(plan, ExtractPass.Extract(plan, context)))];
    });

    public static IReadOnlyList<ExtractedPlan> Plans => LazyPlans.Value;

    public static ExtractedPlan Plan(string prefix, string? titlePart = null)
    {
        var id = Corpus.Plan(prefix, titlePart).Id;
        return Plans.Single(p => p.Plan.Id == id);
    }

    public static GoalRecord Goal(string prefix, Func<GoalRecord, bool> match, string? titlePart = null) =>
        Plan(prefix, titlePart).Facts.Goals.First(match);
}
