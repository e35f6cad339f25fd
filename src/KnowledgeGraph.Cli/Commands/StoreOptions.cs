using System.CommandLine;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The options every verb that touches the store shares.</summary>
internal static class StoreOptions
{
    public const string DefaultDatabase = "data/knowledge-graph.db";

    public static Option<string> Database() => new("--db")
    {
        Description = $"The graph's SQLite file (default {DefaultDatabase}).",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    /// <summary>The store a verb works on: the SQLite file given with --db, made by the factory the server uses.</summary>
    public static IGraphStore Open(string database) =>
        GraphStoreFactory.Create(new GraphStoreOptions { Sqlite = new SqliteStoreOptions { Path = database } });
}
