using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>Creates the store <see cref="GraphStoreOptions.Provider"/> names; every provider, the default too, goes through the one switch.</summary>
public static class GraphStoreFactory
{
    /// <param name="neo4jHandler">HTTP handler for the Neo4j provider (tests); ignored by SQLite.</param>
    public static IGraphStore Create(GraphStoreOptions options, HttpMessageHandler? neo4jHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = string.IsNullOrWhiteSpace(options.Provider) ? GraphStoreOptions.SqliteProvider : options.Provider.Trim();
        return provider.ToLowerInvariant() switch
        {
            GraphStoreOptions.SqliteProvider => new SqliteGraphStore(options.Sqlite ?? new SqliteStoreOptions()),
            GraphStoreOptions.Neo4jProvider => new Neo4jGraphStore(
                options.Neo4j ?? throw new ArgumentException("GraphStore:Neo4j settings are required for the neo4j provider"),
                neo4jHandler),
            _ => throw new ArgumentException(
                $"GraphStore:Provider '{options.Provider}' is not known; use '{GraphStoreOptions.SqliteProvider}' or '{GraphStoreOptions.Neo4jProvider}'"),
        };
    }
}
