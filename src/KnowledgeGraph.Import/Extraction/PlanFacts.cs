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

    /// <summary>These facts, then each of <paramref name="others"/>', in order: each list is made once, its full size.</summary>
    public PlanFacts Merge(params ReadOnlySpan<PlanFacts> others)
    {
        var all = new PlanFacts[others.Length + 1];
        all[0] = this;
        others.CopyTo(all.AsSpan(1));
        return new(
            Concat(all, static f => f.Goals),
            Concat(all, static f => f.Projects),
            Concat(all, static f => f.Entities),
            Concat(all, static f => f.Mentions),
            Concat(all, static f => f.Citations),
            Concat(all, static f => f.Links));
    }

    // Each family adds to a few of the lists: the others are kept as they are, not copied again
    // after every family (mentions and links are values, copied whole). The entity families are
    // merged in one step, so their mentions are copied once rather than once per family after them.
    private static IReadOnlyList<T> Concat<T>(PlanFacts[] all, Func<PlanFacts, IReadOnlyList<T>> list)
    {
        IReadOnlyList<T>? only = null;
        var total = 0;
        var parts = 0;
        foreach (var facts in all)
        {
            var part = list(facts);
            if (part.Count == 0) continue;
            only = part;
            total += part.Count;
            parts++;
        }
        if (parts <= 1) return only ?? list(all[0]);
        var merged = new T[total];
        var at = 0;
        foreach (var facts in all)
        {
            var part = list(facts);
            if (part is ICollection<T> collection) collection.CopyTo(merged, at);
            else for (var i = 0; i < part.Count; i++) merged[at + i] = part[i];
            at += part.Count;
        }
        return merged;
    }
}
