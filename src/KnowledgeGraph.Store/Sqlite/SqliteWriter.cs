using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Writes a whole graph into a new file next to the target and renames it over the target.
/// The build file is private until the rename, so it is written with no journal and no syncs
/// (a crash leaves only a stray temporary file); readers of the old file are never disturbed,
/// and a failure deletes the temporary file and leaves the old graph as it was, byte for byte.
/// </summary>
internal static class SqliteWriter
{
    private const int ReportEvery = 20_000;

    public static async Task<string> WriteAsync(
        string targetPath, GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(targetPath);
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            // The build is CPU-bound native work; keep it off the caller's thread.
            var version = await Task.Run(() => Build(temp, graph, progress, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new StoreProgress("sync", 0, 1));
            SyncToDisk(temp);
            MakeMtimeNewer(temp, target);
            // rename(2): readers see the old file or the new one, never a mixture.
            File.Move(temp, target, overwrite: true);
            progress?.Report(new StoreProgress("sync", 1, 1));
            return version;
        }
        catch
        {
            TryDelete(temp);
            TryDelete(temp + "-journal");
            throw;
        }
    }

    private static string Build(string path, GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA locking_mode = EXCLUSIVE;
            PRAGMA temp_store = MEMORY;
            PRAGMA cache_size = -262144;
            PRAGMA threads = 2;
            """);
        Execute(connection, SqliteSchema.Tables);

        using var encoder = new GraphEncoder(graph, checkEdgeKeys: false);
        var statistics = new StatisticsBuilder();
        using (var transaction = connection.BeginTransaction())
        {
            WriteNodes(connection, encoder, statistics, progress, cancellationToken);
            WriteEdges(connection, encoder, statistics, progress, cancellationToken);
            WriteProvenance(connection, encoder, progress, cancellationToken);
            var version = encoder.FinishVersion();
            WriteMeta(connection, version, graph, statistics);
            transaction.Commit();
        }

        progress?.Report(new StoreProgress("indexes", 0, 3));
        cancellationToken.ThrowIfCancellationRequested();
        CreateIndexes(connection, encoder);
        progress?.Report(new StoreProgress("indexes", 1, 3));
        cancellationToken.ThrowIfCancellationRequested();
        Execute(connection, SqliteSchema.OptimizeSearch);
        progress?.Report(new StoreProgress("indexes", 2, 3));
        cancellationToken.ThrowIfCancellationRequested();
        // A sampled ANALYZE is cheap and lets the planner weigh the label and plan indexes.
        Execute(connection, "PRAGMA analysis_limit = 400; ANALYZE;" + SqliteSchema.Views + "PRAGMA journal_mode = DELETE;");
        progress?.Report(new StoreProgress("indexes", 3, 3));
        return ReadVersion(connection);
    }

    private static void WriteNodes(
        SqliteConnection connection, GraphEncoder encoder, StatisticsBuilder statistics,
        IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var nodes = encoder.Graph.Nodes;
        var searchRows = nodes.Count(n => n.Props.GetString(SearchFields.MainOf(n.Label)) is not null
            || SearchFields.SecondaryOf(n.Label) is { } s && n.Props.GetString(s) is not null);
        using var insertNode = new SqliteBulkInsert(connection, "nodes",
            ["seq", "id", "label", "plan_id", "caption", "props", "prov_id"], nodes.Count);
        using var insertSearch = new SqliteBulkInsert(connection, "search", ["rowid", "main", "secondary"], searchRows);
        var main = new StringBuilder(1024);
        var secondary = new StringBuilder(1024);
        for (var seq = 0; seq < nodes.Count; seq++)
        {
            if (seq % ReportEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new StoreProgress("nodes", seq, nodes.Count));
            }
            var node = nodes[seq];
            var provenance = encoder.EncodeNode(seq);
            var caption = node.Props.GetString(SearchFields.MainOf(node.Label));
            var planId = node.Label == Labels.Plan ? node.Id : node.Props.GetString("planId");
            statistics.AddNode(node, planId);

            insertNode.BeginRow();
            insertNode.Add(seq);
            insertNode.Add(node.Id);
            insertNode.Add(node.Label);
            insertNode.Add(planId);
            insertNode.Add(caption);
            insertNode.Add(encoder.PropsUtf8);
            insertNode.Add(provenance);
            insertNode.EndRow();

            var description = SearchFields.SecondaryOf(node.Label) is { } field ? node.Props.GetString(field) : null;
            if (caption is null && description is null) continue;
            main.Clear();
            secondary.Clear();
            if (caption is not null) SearchText.AppendIndexText(main, caption);
            if (description is not null) SearchText.AppendIndexText(secondary, description);
            insertSearch.BeginRow();
            insertSearch.Add(seq);
            insertSearch.Add(main);
            insertSearch.Add(secondary);
            insertSearch.EndRow();
        }
        insertNode.Complete();
        insertSearch.Complete();
        progress?.Report(new StoreProgress("nodes", nodes.Count, nodes.Count));
    }

    private static void WriteEdges(
        SqliteConnection connection, GraphEncoder encoder, StatisticsBuilder statistics,
        IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var edges = encoder.Graph.Edges;
        using var insert = new SqliteBulkInsert(connection, "edges",
            ["seq", "type", "from_seq", "to_seq", "props", "prov_id"], edges.Count);
        for (var seq = 0; seq < edges.Count; seq++)
        {
            if (seq % ReportEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new StoreProgress("edges", seq, edges.Count));
            }
            var edge = edges[seq];
            var (from, to, provenance) = encoder.EncodeEdge(seq);
            statistics.AddEdge(edge);
            insert.BeginRow();
            insert.Add(seq);
            insert.Add(edge.Type);
            insert.Add(from);
            insert.Add(to);
            insert.Add(encoder.PropsUtf8);
            insert.Add(provenance);
            insert.EndRow();
        }
        insert.Complete();
        progress?.Report(new StoreProgress("edges", edges.Count, edges.Count));
    }

    private static void WriteProvenance(
        SqliteConnection connection, GraphEncoder encoder, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var all = encoder.Provenances;
        using var insert = new SqliteBulkInsert(connection, "provenance",
            ["prov_id", "file", "line_start", "line_end", "quote"], all.Count);
        for (var id = 0; id < all.Count; id++)
        {
            if (id % ReportEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new StoreProgress("provenance", id, all.Count));
            }
            var provenance = all[id];
            insert.BeginRow();
            insert.Add(id);
            insert.Add(provenance.File);
            insert.Add(provenance.LineStart);
            insert.Add(provenance.LineEnd);
            insert.Add(provenance.Quote);
            insert.EndRow();
        }
        insert.Complete();
        progress?.Report(new StoreProgress("provenance", all.Count, all.Count));
    }

    private static void WriteMeta(SqliteConnection connection, string version, GraphSnapshot graph, StatisticsBuilder statistics)
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
        Put(SqliteMeta.Format, SqliteSchema.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Put(SqliteMeta.Version, version);
        Put(SqliteMeta.NodeCount, graph.Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Put(SqliteMeta.EdgeCount, graph.Edges.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Put(SqliteMeta.Statistics, JsonSerializer.Serialize(statistics.Build(), StatisticsJson.Options));
    }

    private static void CreateIndexes(SqliteConnection connection, GraphEncoder encoder)
    {
        try
        {
            Execute(connection, SqliteSchema.Indexes);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19 && e.Message.Contains("edges", StringComparison.Ordinal))
        {
            throw DuplicateEdge(connection, encoder, e);
        }
    }

    /// <summary>The unique index found a repeated relationship: name it in the user's terms.</summary>
    private static InvalidGraphException DuplicateEdge(SqliteConnection connection, GraphEncoder encoder, SqliteException cause)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT type, from_seq, to_seq FROM edges
            GROUP BY from_seq, type, to_seq HAVING COUNT(*) > 1 ORDER BY MIN(seq) LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return new InvalidGraphException(cause.Message);
        return new InvalidGraphException(
            $"{reader.GetString(0)} relationship from '{encoder.NodeId(reader.GetInt32(1))}' to '{encoder.NodeId(reader.GetInt32(2))}' occurs twice");
    }

    private static string ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", SqliteMeta.Version);
        return (string)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The build ran without syncs; flush the finished file once before it replaces the target,
    /// so a power cut after the rename cannot leave a target with unwritten pages.
    /// </summary>
    private static void SyncToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Readers notice a replaced file by its modification time and size. File times tick only
    /// every few milliseconds, so two quick writes could look alike: make the new file's time
    /// strictly later than the one it replaces.
    /// </summary>
    private static void MakeMtimeNewer(string temp, string target)
    {
        var stamp = DateTime.UtcNow;
        if (File.Exists(target))
        {
            var previous = File.GetLastWriteTimeUtc(target);
            if (stamp <= previous) stamp = previous.AddMilliseconds(1);
        }
        File.SetLastWriteTimeUtc(temp, stamp);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            Trace.TraceWarning($"could not delete temporary file {path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            Trace.TraceWarning($"could not delete temporary file {path}: {e.Message}");
        }
    }
}
