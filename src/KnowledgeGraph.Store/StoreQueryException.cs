namespace KnowledgeGraph.Store;

/// <summary>
/// A query the store refuses before running it (an unknown label, an invalid property name, a
/// filter nested too deeply…). The message says what was wrong and is safe to show to API users.
/// </summary>
public sealed class StoreQueryException(string message) : ArgumentException(message);
