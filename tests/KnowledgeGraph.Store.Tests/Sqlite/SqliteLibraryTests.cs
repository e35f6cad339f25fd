using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store.Tests.Sqlite;

public sealed class SqliteLibraryTests
{
    [Fact]
    public void Memory_statistics_are_off_once_configured()
    {
        // Every connection in this test process opens after EnsureConfigured, so SQLite took the
        // setting; with statistics on, an open connection holding a table counts its memory.
        SqliteLibrary.EnsureConfigured();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('长春海吉星交易中心项目'); SELECT count(*) FROM t;";
        Assert.Equal(1L, command.ExecuteScalar());
        Assert.Equal(0L, raw.sqlite3_memory_used());
    }
}
