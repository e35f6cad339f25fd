using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Tests.Fixtures;

namespace KnowledgeGraph.Store.Tests.Sqlite;

/// <summary>The plan graph written once into a SQLite file, shared by the read-only tests of a class.</summary>
public sealed class SqliteStoreFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public GraphSnapshot Graph { get; } = PlanGraph.Build();

    internal SqliteGraphStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new SqliteGraphStore(new SqliteStoreOptions { Path = _directory.File("graph.db") });
        await Store.ReplaceAsync(Graph, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _directory.Dispose();
    }
}
