using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Indicators;

/// <summary>
/// The indicator family: every goal whose measure it can name gets one canonical Indicator
/// (shared by the plans at every level, by name) and a MEASURES link to it. The link records
/// how the measure was recognised (basis: the normalised name, or the curated alias list),
/// which the link pass turns into the confidence of ALIGNS_WITH.
/// </summary>
public static class IndicatorFamily
{
    public const string ByName = "name";
    public const string ByAlias = "alias";

    public static PlanFacts Extract(StructuredPlan plan, IReadOnlyList<GoalRecord> goals, ExtractionContext context)
    {
        var aliases = context.Resource(c => IndicatorAliases.Load(c.GazetteerPath(IndicatorAliases.FileName)));
        var ownAreas = OwnAreas.Of(plan.Metadata, context.Resource(PlaceGazetteer.Load));
        var entities = new List<EntityRecord>();
        var links = new List<LinkRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Document order, so that an Indicator's provenance is its first goal in the text (tables and prose are found apart).
        foreach (var goal in goals.OrderBy(g => g.Provenance.LineStart))
        {
            if (Recognise(goal, aliases, ownAreas) is not { } indicator) continue;
            var entity = new EntityRecord(Labels.Indicator, indicator.Name,
                Props.Of(("name", indicator.Name), ("unit", aliases.Unit(goal.Unit))), goal.Provenance);
            if (seen.Add(entity.Id)) entities.Add(entity);
            links.Add(new LinkRecord(RelationshipTypes.Measures, goal.Id, entity.Id, goal.Provenance,
                SharedProps.Of("basis", indicator.ByAlias ? ByAlias : ByName)));
        }
        return entities.Count == 0 ? PlanFacts.Empty : PlanFacts.Empty with { Entities = entities, Links = links };
    }

    /// <summary>The canonical indicator a goal measures, or null when it names no measure.</summary>
    public static (string Name, bool ByAlias)? Recognise(GoalRecord goal, IndicatorAliases aliases, OwnAreas ownAreas)
    {
        if (string.IsNullOrWhiteSpace(goal.Measure)) return null;
        var key = IndicatorKeys.Key(goal.Measure, ownAreas);
        if (key.Length < 2) return null;
        return aliases.Canonical(key);
    }
}
