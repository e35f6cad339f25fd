using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Store.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Builds the search index in a file of its own, on a thread of its own, while the graph's tables
/// are written: splitting the texts and filling the index took about as long as inserting the
/// nodes, and the graph file has one writer. The finished index's tables are then copied into the
/// graph file (<see cref="CopyInto"/>), a straight copy of rows in their b-tree order.
/// </summary>
internal sealed class SqliteSearchBuilder
{
    private readonly string _path;

    private SqliteSearchBuilder(string path, Task completion)
    {
        _path = path;
        Completion = completion;
    }

    /// <summary>Completes when the index file is finished; faults with what stopped it.</summary>
    public Task Completion { get; }

    /// <summary>
    /// Starts indexing the texts <paramref name="producer"/> sends once it has encoded every
    /// relationship: until then encoding and inserting the nodes keep both cores busy, and
    /// afterwards the graph file's writer goes on alone. A failure cancels <paramref name="stop"/>,
    /// so that no one waits for a builder that is gone.
    /// </summary>
    public static SqliteSearchBuilder Start(string path, SqliteRowProducer producer, CancellationTokenSource stop)
    {
        var token = stop.Token;
        var completion = Task.Run(async () =>
        {
            try
            {
                // Whichever way it ended: a failure there is reported by the writer, which then stops this build.
                await Task.WhenAny(producer.Edges).WaitAsync(token).ConfigureAwait(false);
                await Build(path, producer.Search, producer.SearchRowCount, token).ConfigureAwait(false);
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, token);
        return new SqliteSearchBuilder(path, completion);
    }

    private static async Task Build(string path, ChannelReader<SearchBatch> rows, long rowCount, CancellationToken cancellationToken)
    {
        using var connection = SqliteBuilder.OpenBuildFile(path, cacheKib: 131_072);
        SqliteBuilder.Execute(connection, SqliteSchema.SearchTable + SqliteSchema.SearchBulkLoad);
        using (var transaction = connection.BeginTransaction())
        {
            // Row by row: a multi-row statement made FTS5 write a segment every 64 rows and merge
            // them while the rows came in (a 100× import: 1.9–2.4 CPU-seconds for the index, 1.0–1.3 row by row).
            using var insert = new SqliteBulkInsert(connection, "search", ["rowid", "main", "secondary"], rowCount, rowsPerStatement: 1);
            var text = new StringBuilder(256);
            await foreach (var batch in rows.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    insert.BeginRow();
                    insert.Add(batch.Seq[i]);
                    AddIndexText(insert, text, batch.Main[i]);
                    AddIndexText(insert, text, batch.Secondary[i]);
                    insert.EndRow();
                }
            }
            insert.Complete();
            transaction.Commit();
        }
        // Merges the segments into one, so queries read one b-tree per token.
        SqliteBuilder.Execute(connection, SqliteSchema.SearchOptimize);
    }

    /// <summary>
    /// Puts the finished index into the graph file: the search table is created there and its
    /// tables take the rows of the index file's. The connection must not have used the search
    /// table before (it would keep what it read of the empty one).
    /// </summary>
    public void CopyInto(SqliteConnection target)
    {
        SqliteBuilder.Execute(target, SqliteSchema.SearchTable);
        using (var attach = target.CreateCommand())
        {
            attach.CommandText = "ATTACH DATABASE $path AS search_build";
            attach.Parameters.AddWithValue("$path", _path);
            attach.ExecuteNonQuery();
        }
        using (var transaction = target.BeginTransaction())
        {
            foreach (var table in SqliteSchema.SearchShadowTables)
            {
                SqliteBuilder.Execute(target, $"DELETE FROM main.{table}; INSERT INTO main.{table} SELECT * FROM search_build.{table};");
            }
            transaction.Commit();
        }
        SqliteBuilder.Execute(target, "DETACH DATABASE search_build");
    }

    public void DeleteFile() => SqliteWriter.TryDelete(_path);

    /// <summary>Binds the text split for the index, straight from the builder: no string per text (32 MB per 100× write).</summary>
    private static void AddIndexText(SqliteBulkInsert insert, StringBuilder builder, string? text)
    {
        if (text is null)
        {
            insert.Add((string?)null);
            return;
        }
        builder.Clear();
        SearchText.AppendIndexText(builder, text);
        insert.Add(builder);
    }
}

/// <summary>Searchable texts of nodes as printed (seq order), on their way to the index builder.</summary>
internal sealed class SearchBatch(int capacity)
{
    public int Count;
    public readonly int[] Seq = new int[capacity];
    public readonly string?[] Main = new string?[capacity];
    public readonly string?[] Secondary = new string?[capacity];

    public bool IsFull => Count == Seq.Length;
}
