using System.Text;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Tests.Sqlite;

/// <summary>Texts reach the table as they were given, whichever way they are bound and however many rows a statement carries.</summary>
public sealed class SqliteBulkInsertTests
{
    [Fact]
    public void Texts_keep_empty_null_and_long_Chinese_values_across_multi_row_statements_as_strings_and_as_UTF8()
    {
        SqliteLibrary.EnsureConfigured();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (n INTEGER, a TEXT, b TEXT, c TEXT)";
            create.ExecuteNonQuery();
        }
        // 150 rows: two full 64-row statements, then 22 rows one by one; the buffer grows past its first size.
        var expected = Enumerable.Range(0, 150).Select(i => (
            N: i,
            A: i % 3 == 0 ? "" : i % 3 == 1 ? null : $"长春市{i}号项目“一主六双”",
            B: string.Concat(Enumerable.Repeat("坚持创新驱动发展", i * 10)),
            C: i % 2 == 0 ? "" : $"专栏{i}")).ToList();
        using (var insert = new SqliteBulkInsert(connection, "t", ["n", "a", "b", "c"], expected.Count))
        {
            foreach (var (n, a, b, c) in expected)
            {
                insert.BeginRow();
                insert.Add(n);
                insert.Add(a);
                insert.Add(new StringBuilder(b));
                insert.Add(c.Length == 0 ? default : Encoding.UTF8.GetBytes(c).AsSpan());
                insert.EndRow();
            }
            insert.Complete();
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT n, a, b, typeof(a), c, typeof(c) FROM t ORDER BY n";
        using var reader = read.ExecuteReader();
        foreach (var (n, a, b, c) in expected)
        {
            Assert.True(reader.Read());
            Assert.Equal(n, reader.GetInt32(0));
            Assert.Equal(a is null ? "null" : "text", reader.GetString(3));
            if (a is not null) Assert.Equal(a, reader.GetString(1));
            Assert.Equal(b, reader.GetString(2));
            Assert.Equal((c, "text"), (reader.GetString(4), reader.GetString(5)));
        }
        Assert.False(reader.Read());
    }
}
