using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>Small plans built in code, for linking rules that need only a plan's level, region and facts.</summary>
internal static class LinkingPlans
{
    public static ExtractedPlan Plan(string title, string level, string region, params string[] projects) =>
        Plan(title, level, region, projects, []);

    public static ExtractedPlan Plan(string title, string level, string region, IReadOnlyList<string> projects, IReadOnlyList<GoalRecord> goals)
    {
        var metadata = new PlanMetadata(title, level, PlanKinds.FiveYear, region, 2021, 2025, null, null, null, []);
        var id = StructurePass.PlanId(metadata);
        var records = projects.Select((name, i) => new ProjectRecord(
            ProjectExtraction.IdFor(id, name), id, id, name, Provenance.Create(title + ".txt", i + 1, i + 1, name))).ToList();
        var plan = new StructuredPlan(id, metadata, null, [], [], []);
        return new ExtractedPlan(plan, PlanFacts.Empty with { Projects = records, Goals = goals });
    }

    public static string ProjectId(ExtractedPlan plan, string name) => ProjectExtraction.IdFor(plan.Plan.Id, name);
}
