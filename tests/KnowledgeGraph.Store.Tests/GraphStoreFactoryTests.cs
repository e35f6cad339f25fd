using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Tests.Neo4j;

namespace KnowledgeGraph.Store.Tests;

public sealed class GraphStoreFactoryTests
{
    [Fact]
    public async Task The_default_is_sqlite_at_the_default_path()
    {
        await using var store = GraphStoreFactory.Create(new GraphStoreOptions());

        var sqlite = Assert.IsType<SqliteGraphStore>(store);
        Assert.Equal(Path.GetFullPath("data/knowledge-graph.db"), sqlite.Path);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("SQLite")]
    [InlineData(" ")]
    public async Task Sqlite_by_name(string provider)
    {
        await using var store = GraphStoreFactory.Create(new GraphStoreOptions { Provider = provider, Sqlite = new() { Path = "x/y.db" } });

        Assert.Equal(Path.GetFullPath("x/y.db"), Assert.IsType<SqliteGraphStore>(store).Path);
    }

    [Fact]
    public async Task Neo4j_by_name_uses_its_settings()
    {
        var server = new FakeNeo4j();
        await using var store = GraphStoreFactory.Create(new GraphStoreOptions
        {
            Provider = "Neo4j",
            Neo4j = new() { Url = "https://graph.example", Database = "plans" },
        }, server);

        Assert.IsType<Neo4jGraphStore>(store);
        await store.GetVersionAsync(CancellationToken.None);
        Assert.Equal("/db/plans/query/v2", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void Unknown_providers_and_bad_neo4j_settings_are_refused_with_the_setting_name()
    {
        var unknown = Assert.Throws<ArgumentException>(() => GraphStoreFactory.Create(new GraphStoreOptions { Provider = "postgres" }));
        var url = Assert.Throws<ArgumentException>(() => GraphStoreFactory.Create(new GraphStoreOptions { Provider = "neo4j" }));

        Assert.Contains("GraphStore:Provider 'postgres'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("GraphStore:Neo4j:Url", url.Message, StringComparison.Ordinal);
    }
}
