using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests.Fixtures;

/// <summary>The bundled plans (import/plans) imported once per test run into a SQLite store.</summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-api-corpus-" + Guid.NewGuid().ToString("N"));

    public IGraphStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var result = ImportPipeline.Run(new ImportOptions(Path.Combine(RepositoryPaths.Root, "import", "plans")));
        Store = await SqliteStoreFixture.CreateAsync(_directory, result.Graph);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "bundled plans";
}
