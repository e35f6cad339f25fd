using KnowledgeGraph.Import.Model;

namespace KnowledgeGraph.Import.Linking;

/// <summary>What the link pass adds across plans: relationships, and the nodes some of them need (a cited Document).</summary>
public sealed record LinkFacts(IReadOnlyList<EntityRecord> Entities, IReadOnlyList<LinkRecord> Links)
{
    public static readonly LinkFacts Empty = new([], []);

    /// <summary>
    /// The parts' entities and links, in the parts' order. Put together in one step: merged two at a
    /// time, the links were copied once per linker (70 MB of large arrays per 100× link pass).
    /// </summary>
    public static LinkFacts Merge(params ReadOnlySpan<LinkFacts> parts)
    {
        var (entityCount, linkCount) = (0, 0);
        foreach (var part in parts) (entityCount, linkCount) = (entityCount + part.Entities.Count, linkCount + part.Links.Count);
        var entities = new EntityRecord[entityCount];
        var links = new LinkRecord[linkCount];
        var (e, l) = (0, 0);
        foreach (var part in parts)
        {
            foreach (var entity in part.Entities) entities[e++] = entity;
            foreach (var link in part.Links) links[l++] = link;
        }
        return new LinkFacts(entities, links);
    }
}
