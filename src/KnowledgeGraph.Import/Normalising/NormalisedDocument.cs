using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// A file after the normalise pass: every original line cleaned (one <see cref="TextLine"/> per
/// line of the file, in order), and the paragraphs the document's text consists of, with
/// wrapped lines joined and page numbers, table-of-contents entries and blank lines left out.
/// </summary>
public sealed record NormalisedDocument(
    SourceDocument Source,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<Paragraph> Paragraphs)
{
    public string FileName => Source.FileName;

    /// <summary>The information table of the web page the plan was copied from, if it was.</summary>
    public PageFields Page { get; init; } = PageFields.None;

    /// <summary>The cleaned line with this 1-based number.</summary>
    public TextLine Line(int number) => Lines[number - 1];
}
