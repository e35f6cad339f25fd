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
        Concat(Goals, other.Goals),
        Concat(Projects, other.Projects),
        Concat(Entities, other.Entities),
        Concat(Mentions, other.Mentions),
        Concat(Citations, other.Citations),
        Concat(Links, other.Links));

    // Each family adds to a few of the lists: the others are kept as they are, not copied again
    // after every family (mentions and links are values, copied whole).
    private static IReadOnlyList<T> Concat<T>(IReadOnlyList<T> first, IReadOnlyList<T> second) =>
        second.Count == 0 ? first : first.Count == 0 ? second : [.. first, .. second];
}
