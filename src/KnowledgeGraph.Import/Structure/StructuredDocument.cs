using System.Collections.Immutable;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// A file after the structure pass: the plans it holds. A five-year plan file holds one plan;
/// a compilation holds the collection followed by each sub-plan present in the file.
/// </summary>
public sealed record StructuredDocument(SourceDocument Source, IReadOnlyList<StructuredPlan> Plans);

/// <summary>
/// One plan's text as a tree. <see cref="Front"/> holds what precedes the first heading (the
/// preamble); <see cref="Sections"/> are the top-level sections (depth 1).
/// </summary>
/// <param name="Id">The plan's node id.</param>
/// <param name="Metadata">Title, level, period… from the manifest or inferred from the text.</param>
/// <param name="CollectionId">For a sub-plan of a compilation: the collection's plan id.</param>
/// <param name="TitleLines">The paragraphs that print the plan's title (for provenance).</param>
public sealed record StructuredPlan(
    string Id,
    PlanMetadata Metadata,
    string? CollectionId,
    IReadOnlyList<Paragraph> TitleLines,
    ImmutableArray<IContentBlock> Front,
    IReadOnlyList<SectionNode> Sections)
{
    /// <summary>
    /// For a file whose lines were not read one for one (<see cref="SourceDocument.LineNumbers"/>): its name
    /// and the file's line of each line read, which the graph's provenance gives instead.
    /// </summary>
    public (string File, IReadOnlyList<int> Numbers)? FileLines { get; init; }

    /// <summary>Every section, depth first in document order.</summary>
    public IEnumerable<SectionNode> AllSections()
    {
        var stack = new Stack<SectionNode>(Sections.Reverse());
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            yield return section;
            for (var i = section.Children.Count - 1; i >= 0; i--) stack.Push(section.Children[i]);
        }
    }
}

/// <summary>
/// A heading and what it governs. <see cref="Number"/> is as printed (第三篇, 第二章, 第一节, 一、,
/// （一）, 1.) or empty for an unnumbered heading; <see cref="Ordinal"/> is the 1-based position
/// among its siblings.
/// </summary>
public sealed record SectionNode(
    string Id,
    string PlanId,
    string Number,
    string Title,
    int Depth,
    int Ordinal,
    Paragraph Heading,
    ImmutableArray<IContentBlock> Content,
    IReadOnlyList<SectionNode> Children)
{
    /// <summary>
    /// A part or chapter whose heading line was lost in extraction: it has no title, and its heading
    /// is the part's opening paragraph, running text that may state aims, or for a chapter an empty
    /// paragraph at the line where it begins.
    /// </summary>
    public bool HeadingLost => Heading.Kind == ParagraphKind.Prose;

    /// <summary>
    /// The paragraph the section's provenance quotes: its heading, or where its heading is empty
    /// (prints nothing) where it begins: for a chapter whose heading line was lost, its first
    /// section's heading; for the 附表 division over appended tables, its first table's title line.
    /// </summary>
    public Paragraph Origin =>
        Heading.Text.Length > 0 ? Heading
        : Children.Count > 0 ? Children[0].Heading
        : Content.OfType<ColumnBlock>().FirstOrDefault()?.TitleLine ?? Heading;
}

/// <summary>
/// Body content directly under a section (before its first sub-section, or between them): a
/// <see cref="Paragraph"/>, which stands there as itself, or a <see cref="ColumnBlock"/>. A wrapper
/// per paragraph was 297,000 objects at 100×, alive from the reading to the end of the link.
/// </summary>
public interface IContentBlock;

/// <summary>
/// A boxed column (专栏 N) or numbered table (表N). <see cref="Title"/> is null when the title
/// line was lost in extraction; <see cref="Number"/> is then inferred from the numbering
/// around it and <see cref="TitleLine"/> is null. <see cref="Body"/> keeps table lines one per
/// paragraph (<see cref="ParagraphKind.TableLine"/>) and joins prose; <see cref="Lines"/> are the
/// original lines from the title to the end of the box, blank lines and page numbers included,
/// because table layouts use blank lines and tabs to separate rows and cells.
/// </summary>
public sealed record ColumnBlock(
    string Id,
    string PlanId,
    string Number,
    string? Title,
    Paragraph? TitleLine,
    IReadOnlyList<Paragraph> Body,
    IReadOnlyList<TextLine> Lines) : IContentBlock
{
    public int LineStart => TitleLine?.LineStart ?? Body[0].LineStart;
    public int LineEnd => Body.Count > 0 ? Body[^1].LineEnd : TitleLine!.LineEnd;
}
