using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

public static class GraphStoreExtensions
{
    /// <summary>
    /// The graph store chosen by the <c>GraphStore</c> configuration section (provider and its
    /// settings); SQLite at <c>data/knowledge-graph.db</c> when nothing is configured. One instance
    /// serves the whole process and is disposed with it.
    /// </summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphStoreOptions>()
            .Bind(builder.Configuration.GetSection(GraphStoreOptions.SectionName))
            .Validate(o => IsKnown(o.Provider), $"{GraphStoreOptions.SectionName}:Provider must be '{GraphStoreOptions.SqliteProvider}' or '{GraphStoreOptions.Neo4jProvider}'.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IGraphStore>(sp => Create(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value));
        return builder;
    }

    private static bool IsKnown(string provider) =>
        string.Equals(provider, GraphStoreOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, GraphStoreOptions.Neo4jProvider, StringComparison.OrdinalIgnoreCase);

    private static IGraphStore Create(GraphStoreOptions options) => options.Provider.ToLowerInvariant() switch
    {
        GraphStoreOptions.SqliteProvider => new SqliteGraphStore(options.Sqlite),
        GraphStoreOptions.Neo4jProvider => throw new InvalidOperationException(
            "GraphStore:Provider is 'neo4j', but this build has no Neo4j store; use 'sqlite'."),
        _ => throw new InvalidOperationException($"Unknown GraphStore:Provider '{options.Provider}'."),
    };
}
