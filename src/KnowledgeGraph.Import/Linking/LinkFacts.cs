using KnowledgeGraph.Import.Model;

namespace KnowledgeGraph.Import.Linking;

/// <summary>What the link pass adds across plans: relationships, and the nodes some of them need (a cited Document).</summary>
public sealed record LinkFacts(IReadOnlyList<EntityRecord> Entities, IReadOnlyList<LinkRecord> Links)
{
    public static readonly LinkFacts Empty = new([], []);

    public LinkFacts Merge(LinkFacts other) => new([.. Entities, .. other.Entities], [.. Links, .. other.Links]);
}
