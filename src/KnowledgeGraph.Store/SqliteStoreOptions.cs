namespace KnowledgeGraph.Store;

/// <summary>Settings of the embedded SQLite store (configuration section <c>GraphStore:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>
    /// The graph file. Relative paths are resolved against the working directory. Default
    /// <c>data/knowledge-graph.db</c>. The directory is created on the first import; imports
    /// write a temporary file in the same directory and rename it over this one.
    /// </summary>
    public string Path { get; set; } = "data/knowledge-graph.db";

    /// <summary>
    /// How long one read may run before it is interrupted with a <see cref="TimeoutException"/>.
    /// Zero or negative disables the limit. Default 30 seconds. The whole-graph export
    /// (<see cref="IGraphStore.ReadAllAsync"/>) is bounded only by its cancellation token.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
