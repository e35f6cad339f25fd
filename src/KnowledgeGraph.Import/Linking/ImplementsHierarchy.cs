using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// What the cross-plan linkers need to know about the plans together: the WITHIN hierarchy the
/// place family read (by Place id), each plan's region, and the strategies each plan refers to.
/// </summary>
internal sealed class ImplementsHierarchy
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _strategies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Model.MentionRecord>> _firstReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _titleStrategies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _sections = new(StringComparer.Ordinal);

    public ImplementsHierarchy(IReadOnlyList<ExtractedPlan> plans)
    {
        Plans = plans;
        foreach (var plan in plans)
        {
            foreach (var link in plan.Facts.Links)
            {
                if (link.Type == RelationshipTypes.Within) _parent.TryAdd(link.FromId, link.ToId);
            }
            var strategies = new HashSet<string>(StringComparer.Ordinal);
            var first = new Dictionary<string, Model.MentionRecord>(StringComparer.Ordinal);
            var title = new List<string>();
            foreach (var mention in plan.Facts.Mentions)
            {
                if (mention.Type != RelationshipTypes.RefersTo) continue;
                strategies.Add(mention.TargetName);
                first.TryAdd(mention.TargetName, mention);
                if (mention.FromId == plan.Plan.Id && !title.Contains(mention.TargetName)) title.Add(mention.TargetName);
            }
            _titleStrategies[plan.Plan.Id] = title;
            _sections[plan.Plan.Id] = plan.Plan.AllSections().Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            _strategies[plan.Plan.Id] = strategies;
            _firstReference[plan.Plan.Id] = first;
        }
    }

    public IReadOnlyList<ExtractedPlan> Plans { get; }

    public static string RegionId(StructuredPlan plan) => NodeIds.ForName(Labels.Place, plan.Metadata.Region);

    /// <summary>The places above a plan's region, nearest first.</summary>
    public IEnumerable<string> AncestorsOf(StructuredPlan plan)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { RegionId(plan) };
        var current = RegionId(plan);
        while (_parent.TryGetValue(current, out var parent) && seen.Add(parent))
        {
            yield return parent;
            current = parent;
        }
    }

    /// <summary>The strategies a plan itself names (title or preamble), in order.</summary>
    public IReadOnlyList<string> TitleStrategies(StructuredPlan plan) => _titleStrategies.GetValueOrDefault(plan.Id) ?? [];

    public IReadOnlySet<string> SectionIds(StructuredPlan plan) => _sections.GetValueOrDefault(plan.Id) ?? [];

    public IReadOnlySet<string> StrategiesOf(StructuredPlan plan) => _strategies.GetValueOrDefault(plan.Id) ?? [];

    public Model.MentionRecord? FirstReference(StructuredPlan plan, string strategy) =>
        _firstReference.TryGetValue(plan.Id, out var first) && first.TryGetValue(strategy, out var mention) ? mention : null;

    /// <summary>Where a plan states itself: its printed title, else its first heading.</summary>
    public static Provenance ProvenanceOf(StructuredPlan plan)
    {
        if (plan.TitleLines.Count > 0)
        {
            var first = plan.TitleLines[0];
            var last = plan.TitleLines[^1];
            return Provenance.Create(first.File, first.LineStart, last.LineEnd, string.Concat(plan.TitleLines.Select(p => p.Text)));
        }
        var opening = plan.Front.OfType<Paragraph>().FirstOrDefault() ?? plan.Sections.FirstOrDefault()?.Heading;
        return opening?.Provenance() ?? throw new InvalidOperationException($"plan {plan.Id} has no text");
    }

    public static bool Overlap(PlanMetadata a, PlanMetadata b) =>
        a.PeriodStart is { } aStart && a.PeriodEnd is { } aEnd && b.PeriodStart is { } bStart && b.PeriodEnd is { } bEnd
        && aStart <= bEnd && bStart <= aEnd;
}
