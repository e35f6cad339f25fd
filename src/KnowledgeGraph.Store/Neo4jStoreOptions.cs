namespace KnowledgeGraph.Store;

/// <summary>Settings of the Neo4j store (configuration section <c>GraphStore:Neo4j</c>).</summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>
    /// Base address of the server's HTTP endpoint, e.g. <c>http://localhost:7474</c>; the store
    /// posts Cypher to <c>{Url}/db/{Database}/query/v2</c> (the Query API of Neo4j 5.19 and later).
    /// Required.
    /// </summary>
    public string Url { get; set; } = "";

    /// <summary>The database to use. Default <c>neo4j</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User for HTTP basic authentication; leave empty when the server has authentication disabled.</summary>
    public string User { get; set; } = "";

    /// <summary>Password for HTTP basic authentication. Supply it through an environment variable or a secret store, not a checked-in file.</summary>
    public string Password { get; set; } = "";

    /// <summary>
    /// Timeout of one HTTP request to the server (one query, or one batch of an import). Default 60
    /// seconds. The whole-graph export (<see cref="IGraphStore.ReadAllAsync"/>) is bounded only by its
    /// cancellation token.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Nodes or relationships sent per statement while importing. Default 5000.</summary>
    public int BatchSize { get; set; } = 5000;
}
