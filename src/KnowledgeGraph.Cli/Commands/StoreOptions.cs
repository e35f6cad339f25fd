using System.CommandLine;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The store a verb works on. <c>--db FILE</c> names a SQLite file; without it the verb uses the
/// <c>GraphStore</c> settings of appsettings.json and the environment, as <c>kg serve</c> does (so
/// <c>GraphStore__Provider=neo4j</c> imports into, and exports from, a Neo4j server), and
/// data/knowledge-graph.db when nothing is set.
/// </summary>
internal static class StoreOptions
{
    public const string DefaultDatabase = "data/knowledge-graph.db";

    public static Option<string?> Database() => new("--db")
    {
        Description = $"The graph's SQLite file (default: GraphStore settings from appsettings.json or the environment, else {DefaultDatabase}).",
    };

    public static GraphStoreOptions Resolve(string? database)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new GraphStoreOptions();
        configuration.GetSection(GraphStoreOptions.SectionName).Bind(options);
        if (database is not null)
        {
            options.Provider = GraphStoreOptions.SqliteProvider;
            options.Sqlite = new SqliteStoreOptions { Path = database, CommandTimeout = options.Sqlite.CommandTimeout };
        }
        return options;
    }

    /// <summary>Where the graph is, for messages: the SQLite file or the Neo4j database.</summary>
    public static string Describe(GraphStoreOptions options) =>
        IsSqlite(options) ? options.Sqlite.Path : $"Neo4j {options.Neo4j.Url} ({options.Neo4j.Database})";

    public static bool IsSqlite(GraphStoreOptions options) =>
        string.Equals(options.Provider, GraphStoreOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase);

    public static IGraphStore Open(GraphStoreOptions options) => GraphStoreFactory.Create(options);

    /// <summary>Opens the store and checks it holds a graph; null (after saying what to do) when it does not.</summary>
    public static async Task<IGraphStore?> OpenExistingAsync(GraphStoreOptions options, TextWriter error, CancellationToken cancellationToken)
    {
        if (IsSqlite(options) && !File.Exists(options.Sqlite.Path))
        {
            await error.WriteLineAsync($"error: no graph at {options.Sqlite.Path}: run 'kg import' first");
            return null;
        }
        var store = Open(options);
        if (await store.GetVersionAsync(cancellationToken) is null)
        {
            await store.DisposeAsync();
            await error.WriteLineAsync($"error: {Describe(options)} holds no graph: run 'kg import' first");
            return null;
        }
        return store;
    }
}
