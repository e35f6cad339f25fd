namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// What a plan is: the Plan node's key properties. Values come from the manifest when it has an
/// entry, else from the text; <see cref="Inferred"/> names the properties the text does not print.
/// </summary>
public sealed record PlanMetadata(
    string Title,
    string Level,
    string Kind,
    string Region,
    int? PeriodStart,
    int? PeriodEnd,
    int? VisionYear,
    string? Issuer,
    string? IssuedOn,
    IReadOnlyList<string> Inferred)
{
    /// <summary>The sub-plan's number in a compilation (之一 → 1); null elsewhere.</summary>
    public int? SequenceNumber { get; init; }
}
