using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Tests.Support;

/// <summary>What a plan reads as, for comparing one printing of a plan with another: its outline, its indicator rows, its projects.</summary>
public static class PlanReadings
{
    /// <summary>The one plan a document reads as, described by the manifest's entry for its file.</summary>
    public static StructuredPlan Structured(SourceDocument source) =>
        StructurePass.Structure(Normaliser.Normalise(source), Corpus.Manifest.For(source.FileName)).Plans.Single();

    public static IEnumerable<(string Number, string Title, int Depth)> Outline(StructuredPlan plan) =>
        plan.AllSections().Select(s => (s.Number, s.Title, s.Depth));

    /// <summary>The headings that print a title (a heading whose line an extraction lost prints none).</summary>
    public static IEnumerable<(string Title, int Depth)> TitledOutline(StructuredPlan plan) =>
        plan.AllSections().Where(s => s.Title.Length > 0).Select(s => (s.Title, s.Depth));

    public static IEnumerable<string> IndicatorRows(StructuredPlan plan) =>
        IndicatorTableFamily.Extract(plan).Goals.Select(g => $"{g.Category} {g.Text} {g.Baseline} {g.Target}");

    public static IEnumerable<string> ProjectNames(StructuredPlan plan) =>
        ProjectExtraction.Extract(plan).Projects.Select(p => p.Name);
}
