using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Api.Bench;

/// <summary>The bundled plans (import/plans) imported into a fresh SQLite file, as `kg import` does.</summary>
internal sealed class BenchCorpus : IAsyncDisposable
{
    private readonly string _directory;

    private BenchCorpus(string directory, SqliteGraphStore store, int nodes, int edges)
    {
        _directory = directory;
        Store = store;
        NodeCount = nodes;
        EdgeCount = edges;
    }

    public SqliteGraphStore Store { get; }

    public int NodeCount { get; }

    public int EdgeCount { get; }

    public static async Task<BenchCorpus> ImportAsync(string repositoryRoot)
    {
        var result = ImportPipeline.Run(new ImportOptions(Path.Combine(repositoryRoot, "import", "plans")));
        var directory = Directory.CreateTempSubdirectory("kg-api-bench-").FullName;
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(directory, "graph.db") });
        await store.ReplaceAsync(result.Graph, null, CancellationToken.None);
        return new BenchCorpus(directory, store, result.Graph.Nodes.Count, result.Graph.Edges.Count);
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
