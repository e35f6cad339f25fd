using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Api.Tests.Fixtures;

/// <summary>A SQLite store holding <see cref="PlanFixture"/>, written once per test class.</summary>
public sealed class SqliteStoreFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-api-tests-" + Guid.NewGuid().ToString("N"));

    public IGraphStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await CreateAsync(_directory, PlanFixture.Build());

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    public static async Task<IGraphStore> CreateAsync(string directory, GraphSnapshot graph)
    {
        Directory.CreateDirectory(directory);
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(directory, "graph.db") });
        await store.ReplaceAsync(graph, null, CancellationToken.None);
        return store;
    }
}
