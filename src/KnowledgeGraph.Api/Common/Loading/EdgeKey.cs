using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>The relationships of one type at one end of a node: outgoing from it or incoming to it.</summary>
public readonly record struct EdgeKey(string NodeId, string Type, EdgeDirection Direction);
