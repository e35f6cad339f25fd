using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>A 《…》 citation from a Plan or Section; linking resolves it to a corpus Plan or a Document.</summary>
public sealed record CitationRecord(string FromId, string Title, Provenance Provenance);
