using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>
/// A relationship between two known node ids, with its properties (basis and confidence for derived
/// links). A value, kept inline in its list, like <see cref="MentionRecord"/>.
/// </summary>
public readonly record struct LinkRecord(string Type, string FromId, string ToId, Provenance Provenance, Props? Props = null);
