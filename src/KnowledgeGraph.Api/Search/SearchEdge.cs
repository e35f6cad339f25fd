using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Search;

/// <summary>One search hit with its cursor.</summary>
public sealed record SearchEdge(string Cursor, SearchHit Hit);
