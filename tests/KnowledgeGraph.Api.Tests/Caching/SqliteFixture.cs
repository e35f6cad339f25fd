using KnowledgeGraph.Api.Tests.Http;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>A real SQLite store in a temporary directory, so that a re-import really changes the graph version.</summary>
internal sealed class SqliteFixture : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kg-api-tests-").FullName;

    private SqliteFixture()
    {
        Store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "graph.db") });
    }

    public SqliteGraphStore Store { get; }

    public static async Task<SqliteFixture> CreateAsync(GraphSnapshot? graph = null)
    {
        var fixture = new SqliteFixture();
        await fixture.Store.ReplaceAsync(graph ?? SampleGraph.Create(), null, CancellationToken.None);
        return fixture;
    }

    public Task ReimportAsync(GraphSnapshot graph) => Store.ReplaceAsync(graph, null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A reader may still hold the file on some platforms; the temp directory is cleaned eventually.
        }
    }
}
