using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Builds a complete graph file: tables, one transaction of bulk inserts fed by
/// <see cref="SqliteRowProducer"/> on another thread, the search index built beside it on a third
/// (<see cref="SqliteSearchBuilder"/>) and copied in, and the secondary indexes, each built once its
/// table is in (building an index once over sorted data beats updating it per row).
/// </summary>
internal static class SqliteBuilder
{
    private const int ReportEvery = 32_768;

    public static async Task<string> BuildAsync(
        string path, GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        // A small cache: every table and index is written in key order, so a page once full is not
        // touched again, and spilling it to the file early costs less than a cache the size of the
        // file, whose every page is fresh memory (a 100× import: 4.6–5.0 s to write instead of
        // 5.3–6.6 s, 100,000 fewer page faults). Two sorter threads for the indexes.
        using var connection = OpenBuildFile(path, cacheKib: 16_384);
        Execute(connection, "PRAGMA threads = 2;" + SqliteSchema.Tables);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = SqliteRowProducer.Start(graph, stop.Token);
        // The search index waits for the relationships' encoding (a 100× write: 3.00 and 2.61 s
        // against 3.15 and 2.79 s without waiting, means of two rounds of alternating writes).
        var search = SqliteSearchBuilder.Start(path + ".search", producer, stop);
        var earlyFlush = Task.CompletedTask;
        try
        {
            string version;
            using (var transaction = connection.BeginTransaction())
            {
                await InsertNodes(connection, producer, graph, progress, cancellationToken).ConfigureAwait(false);
                // The producer is still encoding and sorting the relationships (1.5–2 s at 100×):
                // the writer stores the nodes' provenance and indexes the nodes meanwhile instead
                // of waiting, and adds the provenance the relationships bring after them.
                var nodeProvenances = producer.NodeProvenances;
                InsertProvenance(connection, nodeProvenances, 0, nodeProvenances.Length, progress, cancellationToken);
                BuildIndexes(connection, 0, SqliteSchema.NodeIndexCount, progress, cancellationToken);
                var edges = await producer.Edges.ConfigureAwait(false);
                InsertEdges(connection, edges, progress, cancellationToken);
                var all = producer.Encoder.Provenances;
                InsertProvenance(connection, all, nodeProvenances.Length, all.Count, progress, cancellationToken);
                version = edges.Version;
                InsertMeta(connection, version, graph, producer.Statistics);
                transaction.Commit();
            }
            // The tables are in the file: their pages go to disk while the indexes are built,
            // instead of all at the final flush (0.25–0.3 s of waiting at 100×, 0.05 s after this).
            // Closing this second handle drops SQLite's POSIX lock on the file, which no one
            // else opens before the rename.
            earlyFlush = Task.Run(() => SqliteWriter.SyncToDisk(path), CancellationToken.None);
            // The relationship index first: the search index is still being built on its own thread.
            Execute(connection, SqliteSchema.SortInChunks);
            BuildIndexes(connection, SqliteSchema.NodeIndexCount, SqliteSchema.StatisticsStep, progress, cancellationToken);
            progress?.Report(new StoreProgress("search", 0, 1));
            await search.Completion.ConfigureAwait(false);
            search.CopyInto(connection);
            progress?.Report(new StoreProgress("search", 1, 1));
            BuildIndexes(connection, SqliteSchema.StatisticsStep, SqliteSchema.Indexes.Count, progress, cancellationToken);
            Execute(connection, SqliteSchema.Views + "PRAGMA journal_mode = DELETE;");
            await earlyFlush.ConfigureAwait(false);
            return version;
        }
        catch (OperationCanceledException) when (search.Completion.IsFaulted && !cancellationToken.IsCancellationRequested)
        {
            // The search builder stopped the others: its failure is the one to report.
            await search.Completion.ConfigureAwait(false);
            throw;
        }
        finally
        {
            // Never leave the encoder or the search builder running (or disposed under them) when the build stops early.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var task in new[] { producer.Edges, search.Completion, earlyFlush })
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Already surfaced through the channel or the tasks, or caused by our stop.
                }
            }
            producer.Encoder.Dispose();
            search.DeleteFile();
        }
    }

    private static async Task InsertNodes(
        SqliteConnection connection, SqliteRowProducer producer, GraphSnapshot graph,
        IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var nodes = graph.Nodes;
        using var insertNode = new SqliteBulkInsert(connection, "nodes",
            ["seq", "id", "label", "plan_id", "caption", "props", "prov_id"], nodes.Count);
        var done = 0;
        progress?.Report(new StoreProgress("nodes", 0, nodes.Count));
        await foreach (var batch in producer.Nodes.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var node = batch.Node[i];
                insertNode.BeginRow();
                insertNode.Add(batch.Seq[i]);
                insertNode.Add(node.Id);
                insertNode.Add(batch.LabelUtf8[i]);
                insertNode.Add(batch.PlanId[i]);
                insertNode.Add(batch.Caption[i]);
                insertNode.Add(batch.PropsOf(i));
                insertNode.Add(batch.Provenance[i]);
                insertNode.EndRow();
            }
            done += batch.Count;
            producer.Return(batch);
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new StoreProgress("nodes", done, nodes.Count));
        }
        insertNode.Complete();
    }

    private static void InsertEdges(
        SqliteConnection connection, EncodedEdges edges, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var rows = edges.Rows;
        using var insert = new SqliteBulkInsert(connection, "edges",
            ["from_seq", "type", "to_seq", "seq", "props", "prov_id"], rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            if (i % ReportEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new StoreProgress("edges", i, rows.Length));
            }
            ref readonly var row = ref rows[i];
            insert.BeginRow();
            insert.Add(row.From);
            insert.Add(EncodedEdges.TypeNamesUtf8[row.Type]);
            insert.Add(row.To);
            insert.Add(row.Seq);
            insert.Add(edges.PropsOf(row));
            insert.Add(row.Provenance);
            insert.EndRow();
        }
        insert.Complete();
        progress?.Report(new StoreProgress("edges", rows.Length, rows.Length));
    }

    /// <summary>Provenance ids <paramref name="from"/> to <paramref name="to"/> (exclusive), in id order: each call appends.</summary>
    private static void InsertProvenance(SqliteConnection connection, IReadOnlyList<Provenance> all, int from, int to,
        IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        using var insert = new SqliteBulkInsert(connection, "provenance",
            ["prov_id", "file", "line_start", "line_end", "quote"], to - from);
        // Provenance comes in runs from one file, whose name is one string: encoded once per run.
        var (file, fileUtf8) = ("", Array.Empty<byte>());
        for (var id = from; id < to; id++)
        {
            if (id % ReportEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new StoreProgress("provenance", id, to));
            }
            var provenance = all[id];
            if (!ReferenceEquals(provenance.File, file)) (file, fileUtf8) = (provenance.File, Encoding.UTF8.GetBytes(provenance.File));
            insert.BeginRow();
            insert.Add(id);
            insert.Add(fileUtf8);
            insert.Add(provenance.LineStart);
            insert.Add(provenance.LineEnd);
            insert.Add(provenance.QuoteSpan());
            insert.EndRow();
        }
        insert.Complete();
        progress?.Report(new StoreProgress("provenance", to, to));
    }

    private static void InsertMeta(SqliteConnection connection, string version, GraphSnapshot graph, StatisticsBuilder statistics)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value)";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var value = command.Parameters.Add("$value", SqliteType.Text);
        void Put(string k, string v)
        {
            key.Value = k;
            value.Value = v;
            command.ExecuteNonQuery();
        }
        Put(SqliteMeta.Format, SqliteSchema.FormatVersion.ToString(CultureInfo.InvariantCulture));
        Put(SqliteMeta.Version, version);
        Put(SqliteMeta.NodeCount, graph.Nodes.Count.ToString(CultureInfo.InvariantCulture));
        Put(SqliteMeta.EdgeCount, graph.Edges.Count.ToString(CultureInfo.InvariantCulture));
        Put(SqliteMeta.Statistics, JsonSerializer.Serialize(statistics.Build(), StatisticsJson.Options));
    }

    /// <summary>Index steps <paramref name="from"/> to <paramref name="to"/> (exclusive), reported as steps of all of them.</summary>
    private static void BuildIndexes(
        SqliteConnection connection, int from, int to, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var steps = SqliteSchema.Indexes.Count;
        for (var step = from; step < to; step++)
        {
            progress?.Report(new StoreProgress("indexes", step, steps));
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                Execute(connection, SqliteSchema.Indexes[step]);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT && step == SqliteSchema.NodeIdIndex)
            {
                throw RepeatedNodeId(connection);
            }
        }
        progress?.Report(new StoreProgress("indexes", to, steps));
    }

    /// <summary>The unique index on node ids refused a repeated id: which one, and where it occurs.</summary>
    private static InvalidGraphException RepeatedNodeId(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, min(seq), max(seq) FROM nodes GROUP BY id HAVING count(*) > 1 ORDER BY min(seq) LIMIT 1";
        using var reader = command.ExecuteReader();
        reader.Read();
        return GraphEncoder.Twice(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>
    /// Opens a private build file: no journal and no syncs (a finished graph file is synced once
    /// before the rename; a crash leaves only a stray temporary file), and 16 KiB pages: a bulk
    /// load and its index builds handle a quarter of the pages they would at the default 4 KiB
    /// (a 100× import wrote in 7.1–7.4 s instead of 8.2–8.7 s; 64 KiB pages were slower again).
    /// </summary>
    internal static SqliteConnection OpenBuildFile(string path, int cacheKib)
    {
        SqliteLibrary.EnsureConfigured();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, $"""
            PRAGMA page_size = 16384;
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA locking_mode = EXCLUSIVE;
            PRAGMA temp_store = MEMORY;
            PRAGMA cache_size = -{cacheKib};
            """);
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
