namespace KnowledgeGraph.Store;

/// <summary>
/// A graph a store refuses to write: a duplicate node id, an unknown label or relationship type,
/// a relationship whose end is not in the graph. The message names the offending item.
/// </summary>
public sealed class InvalidGraphException(string message) : Exception(message);
