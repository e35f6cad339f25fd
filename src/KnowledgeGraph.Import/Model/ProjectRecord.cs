using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>A named project or programme a plan lists, with the Column or Section that LISTS it.</summary>
public sealed record ProjectRecord(
    string Id,
    string PlanId,
    string OwnerId,
    string Name,
    Provenance Provenance,
    string? Description = null);
