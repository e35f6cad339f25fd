using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

public static class GraphStoreExtensions
{
    /// <summary>
    /// The graph store chosen by the <c>GraphStore</c> configuration section (provider and its
    /// settings), made by the same factory the CLI uses; SQLite at <c>data/knowledge-graph.db</c>
    /// when nothing is configured. One instance serves the whole process and is disposed with it.
    /// </summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphStoreOptions>()
            .Bind(builder.Configuration.GetSection(GraphStoreOptions.SectionName))
            .Validate(o => IsKnown(o.Provider), $"{GraphStoreOptions.SectionName}:Provider must be '{GraphStoreOptions.SqliteProvider}' or '{GraphStoreOptions.Neo4jProvider}'.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IGraphStore>(sp => GraphStoreFactory.Create(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value));
        return builder;
    }

    private static bool IsKnown(string provider) =>
        string.Equals(provider, GraphStoreOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, GraphStoreOptions.Neo4jProvider, StringComparison.OrdinalIgnoreCase);
}
