using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// The paragraphs of one plan within a file: its title paragraphs (title page, or a sub-plan's
/// marker and title lines) and its body. <see cref="Sequence"/> is a sub-plan's number in its
/// compilation (之三 → 3); null for a plan that is a whole file.
/// </summary>
internal sealed record PlanSegment(
    int? Sequence,
    IReadOnlyList<Paragraph> TitleParagraphs,
    IReadOnlyList<Paragraph> Body,
    string? ListedTitle = null);
