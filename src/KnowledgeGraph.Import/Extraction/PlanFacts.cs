using KnowledgeGraph.Import.Model;

namespace KnowledgeGraph.Import.Extraction;

/// <summary>
/// What the extract pass found in one plan: its goals, projects, the shared entities it names
/// (places, agencies, strategies, indicators, documents) and its references to them.
/// </summary>
public sealed record PlanFacts(
    IReadOnlyList<GoalRecord> Goals,
    IReadOnlyList<ProjectRecord> Projects,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<CitationRecord> Citations,
    IReadOnlyList<LinkRecord> Links)
{
    public static readonly PlanFacts Empty = new([], [], [], [], [], []);

    public PlanFacts Merge(PlanFacts other) => new(
        [.. Goals, .. other.Goals],
        [.. Projects, .. other.Projects],
        [.. Entities, .. other.Entities],
        [.. Mentions, .. other.Mentions],
        [.. Citations, .. other.Citations],
        [.. Links, .. other.Links]);
}
