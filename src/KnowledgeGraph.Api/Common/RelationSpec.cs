using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common;

/// <summary>How a list of neighbours is ordered.</summary>
public enum RelationOrder
{
    /// <summary>By the position of the text that states the relationship (file, then line).</summary>
    Document,
    /// <summary>By the neighbours' <c>ordinal</c> (sections).</summary>
    Ordinal,
    /// <summary>Most confident derived links first, then document order.</summary>
    Confidence,
}

/// <summary>
/// The neighbours across one relationship type: <see cref="EdgeDirection.Both"/> for symmetric
/// relationships (SAME_AS), and a label when the far end can have several labels.
/// <see cref="FanOut"/> is the usual number of neighbours, for the complexity estimate.
/// </summary>
public sealed record RelationSpec(
    string Type,
    EdgeDirection Direction,
    string? Label = null,
    RelationOrder Order = RelationOrder.Document,
    int FanOut = Connections.ConnectionComplexity.RelationshipFanOut);
