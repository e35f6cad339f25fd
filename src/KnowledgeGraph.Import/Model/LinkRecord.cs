using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>A relationship between two known node ids, with its properties (basis and confidence for derived links).</summary>
public sealed record LinkRecord(string Type, string FromId, string ToId, Provenance Provenance, Props? Props = null);
