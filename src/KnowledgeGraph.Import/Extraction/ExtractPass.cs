using KnowledgeGraph.Import.Extraction.Agencies;
using KnowledgeGraph.Import.Extraction.Citations;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Extraction.Strategies;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction;

/// <summary>
/// The extract pass over one plan: each rule family reads the plan's structure (and what the
/// families before it found) and contributes its facts. Families that find goals and projects
/// run first, so that the families that find places, agencies and strategies can read them too.
/// </summary>
public static class ExtractPass
{
    public static PlanFacts Extract(StructuredPlan plan, ExtractionContext context)
    {
        try
        {
            var facts = PlanFacts.Empty;
            facts = facts.Merge(IndicatorTables.IndicatorTableFamily.Extract(plan)).Merge(Goals.ProseGoalFamily.Extract(plan));
            facts = facts.Merge(Indicators.IndicatorFamily.Extract(plan, facts.Goals, context));
            facts = facts.Merge(Projects.ProjectExtraction.Extract(plan));
            // Entity families: they read the goals and projects found above, and none reads what
            // another of them found, so their facts are merged in one step.
            return facts.Merge(
                PlaceFamily.Extract(plan, facts, context),
                AgencyFamily.Extract(plan, facts, context),
                StrategyFamily.Extract(plan, facts, context),
                CitationFamily.Extract(plan, facts, context));
        }
        finally
        {
            Mentions.PlanText.Forget(plan);
        }
    }
}
