using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, replaced whole by each import (see <see cref="SqliteWriter"/>)
/// and read through a pool of read-only connections that follows the file when another process
/// replaces it (see <see cref="SqliteReaderPool"/>). Many readers, one writer.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private readonly SqliteReaderPool _readers;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private VersionOfGeneration? _version;

    public SqliteGraphStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path)) throw new ArgumentException("the SQLite store needs a file path");
        Path = System.IO.Path.GetFullPath(options.Path);
        _readers = new SqliteReaderPool(Path, options.CommandTimeout);
    }

    /// <summary>The graph file.</summary>
    public string Path { get; }

    /// <summary>Sees every SQL statement reads run on connections opened afterwards (tests count them).</summary>
    internal Action<string>? StatementObserver
    {
        get => _readers.StatementObserver;
        set => _readers.StatementObserver = value;
    }

    public async Task ReplaceAsync(GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SqliteWriter.WriteAsync(Path, graph, progress, cancellationToken).ConfigureAwait(false);
            _readers.Invalidate();
        }
        finally
        {
            _writer.Release();
        }
    }

    public Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        // Asked once per request (caches key on it): one stat call while the file stays the same,
        // a query only after it changed. The generation is taken before the read, so a version read
        // from a newer file is at worst remembered under an older generation and never used again.
        long? generation;
        try
        {
            generation = _readers.CurrentGeneration();
        }
        catch (Exception e)
        {
            return Task.FromException<string?>(e);
        }
        if (generation is null) return Task.FromResult<string?>(null);
        if (Volatile.Read(ref _version) is { } known && known.Generation == generation) return known.Task;
        var read = Read(connection => Meta(connection, SqliteMeta.Version), null, cancellationToken);
        if (read.IsCompletedSuccessfully) Volatile.Write(ref _version, new VersionOfGeneration(generation.Value, read));
        return read;
    }

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        QueryValidation.Ids(ids);
        if (ids.Count == 0) return Task.FromResult<IReadOnlyList<GraphNode>>([]);
        return Read<IReadOnlyList<GraphNode>>(connection =>
        {
            using var command = connection.CreateCommand();
            var sql = new SqliteFilterTranslator(command);
            command.CommandText = $"""
                SELECT {SqliteRows.NodeColumns} FROM nodes n {SqliteRows.NodeProvenanceJoin}
                WHERE n.id IN (SELECT value FROM json_each({sql.JsonArray(ids)}))
                ORDER BY n.seq
                """;
            return SqliteRows.Nodes(command);
        }, [], cancellationToken);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryValidation.Node(query);
        return Read(connection =>
        {
            using var command = connection.CreateCommand();
            var sql = new SqliteFilterTranslator(command);
            var label = sql.Parameter(query.Label);
            var where = sql.Translate(query.Where, "n");
            var order = string.Concat((query.OrderBy ?? []).Select(key =>
            {
                var (value, _) = sql.Property("n", key.Property);
                // Nodes without the property sort last in either direction.
                return $"({value} IS NULL), {value}{(key.Descending ? " DESC" : "")}, ";
            }));
            command.CommandText = $"""
                SELECT {SqliteRows.NodeColumns} FROM nodes n {SqliteRows.NodeProvenanceJoin}
                WHERE n.label = {label} AND {where}
                ORDER BY {order}n.seq
                LIMIT {sql.Parameter(query.First)} OFFSET {sql.Parameter(query.Offset)};
                SELECT COUNT(*) FROM nodes n WHERE n.label = {label} AND {where};
                """;
            var rows = new SqliteRows();
            var nodes = new List<GraphNode>();
            using var reader = command.ExecuteReader();
            while (reader.Read()) nodes.Add(rows.Node(reader));
            reader.NextResult();
            reader.Read();
            return new NodePage(nodes, reader.GetInt32(0));
        }, new NodePage([], 0), cancellationToken);
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryValidation.Edge(query);
        if (query.NodeIds.Count == 0 || query.Types is { Count: 0 }) return Task.FromResult<IReadOnlyList<GraphEdge>>([]);
        return Read<IReadOnlyList<GraphEdge>>(connection =>
        {
            using var command = connection.CreateCommand();
            var sql = new SqliteFilterTranslator(command);
            var ids = sql.JsonArray(query.NodeIds);
            var types = query.Types is { } t ? $" AND e.type IN (SELECT value FROM json_each({sql.JsonArray(t)}))" : "";
            string Side(string condition) =>
                $"SELECT {SqliteRows.EdgeColumns} FROM edges e {SqliteRows.EdgeJoins} WHERE {condition}{types}";
            // Outgoing reads the table's own key, incoming the (to_seq, type) index; with both
            // directions, a relationship between two chosen nodes is taken from the first half only.
            var sides = query.Direction switch
            {
                EdgeDirection.Outgoing => Side("e.from_seq IN chosen"),
                EdgeDirection.Incoming => Side("e.to_seq IN chosen"),
                _ => Side("e.from_seq IN chosen") + " UNION ALL " + Side("e.to_seq IN chosen AND e.from_seq NOT IN chosen"),
            };
            // One statement for the whole batch: the ids travel as one JSON array parameter,
            // so a batch of any size stays within SQLite's bound-parameter limit.
            command.CommandText = $"""
                WITH chosen AS MATERIALIZED (SELECT seq FROM nodes WHERE id IN (SELECT value FROM json_each({ids})))
                {sides}
                ORDER BY 1
                """;
            return SqliteRows.Edges(command);
        }, [], cancellationToken);
    }

    public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryValidation.Search(query);
        var terms = SearchText.ParseTerms(query.Text);
        if (terms.Count == 0) return Task.FromResult(new SearchPage([], 0));
        return Read(connection => SqliteSearch.Run(connection, query, terms), new SearchPage([], 0), cancellationToken);
    }

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryValidation.Aggregate(query);
        return Read(connection => SqliteAggregates.Run(connection, query), [], cancellationToken);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        Read(connection =>
        {
            var json = Meta(connection, SqliteMeta.Statistics)
                ?? throw new InvalidDataException($"{Path} has no statistics: run the import again");
            return JsonSerializer.Deserialize<GraphStatistics>(json, StatisticsJson.Options)!;
        }, StatisticsBuilder.Empty, cancellationToken);

    /// <summary>A bulk export: bounded by cancellation, not by <see cref="SqliteStoreOptions.CommandTimeout"/>.</summary>
    public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken) =>
        Read(SqliteExport.ReadAll, GraphSnapshot.Empty, cancellationToken, bounded: false);

    public ValueTask DisposeAsync()
    {
        _readers.Dispose();
        _writer.Dispose();
        return ValueTask.CompletedTask;
    }

    // Reads run synchronously on the caller's thread: SQLite has no asynchronous I/O, and
    // Microsoft.Data.Sqlite's async methods would run the same code synchronously anyway.
    private Task<T> Read<T>(Func<SqliteConnection, T> query, T whenMissing, CancellationToken cancellationToken, bool bounded = true)
    {
        try
        {
            return Task.FromResult(_readers.Read(query, whenMissing, cancellationToken, bounded));
        }
        catch (OperationCanceledException e) when (e.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(e.CancellationToken);
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    private sealed record VersionOfGeneration(long Generation, Task<string?> Task);

    private static string? Meta(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }
}
