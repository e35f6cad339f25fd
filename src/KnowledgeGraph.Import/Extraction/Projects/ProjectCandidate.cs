using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>A project name found at <c>Paragraph.Text[Start..(Start+Length)]</c>, with what the list says about it.</summary>
internal sealed record ProjectCandidate(Paragraph Paragraph, int Start, int Length, string? Description)
{
    public string Printed => Paragraph.Text.Substring(Start, Length);
}
