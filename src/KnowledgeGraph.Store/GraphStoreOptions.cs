namespace KnowledgeGraph.Store;

/// <summary>
/// Which store holds the graph and how to reach it; bound from the configuration section
/// <see cref="SectionName"/> (e.g. <c>GraphStore__Provider=neo4j</c> in the environment).
/// </summary>
public sealed class GraphStoreOptions
{
    public const string SectionName = "GraphStore";

    public const string SqliteProvider = "sqlite";
    public const string Neo4jProvider = "neo4j";

    /// <summary>
    /// <c>sqlite</c> (default): an embedded file, nothing to install. <c>neo4j</c>: a Neo4j 5
    /// server reached over its HTTP Query API. Case-insensitive.
    /// </summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>Settings used when <see cref="Provider"/> is <c>sqlite</c>.</summary>
    public SqliteStoreOptions Sqlite { get; set; } = new();

    /// <summary>Settings used when <see cref="Provider"/> is <c>neo4j</c>.</summary>
    public Neo4jStoreOptions Neo4j { get; set; } = new();
}
