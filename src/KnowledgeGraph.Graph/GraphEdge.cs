namespace KnowledgeGraph.Graph;

/// <summary>
/// A relationship. Derived links (<see cref="RelationshipTypes.Derived"/>) carry <c>basis</c> and
/// <c>confidence</c> in their properties; every relationship keeps the provenance of the text
/// that stated it (for a derived link, the text of its source end).
/// A value: a store reads a million of them per import, and an object each was 56 MB of garbage
/// while the heap was at its largest. Look one up as <c>GraphEdge?</c>: a missing one is then
/// null, not a relationship of empty fields.
/// </summary>
public readonly record struct GraphEdge(string Type, string From, string To, Props Props, Provenance Provenance)
{
    /// <summary>Identifies the relationship: a graph holds at most one of a type between two nodes.</summary>
    public (string Type, string From, string To) Key => (Type, From, To);
}
