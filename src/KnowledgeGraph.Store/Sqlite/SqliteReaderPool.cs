using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Read-only connections to the graph file, reused between queries. A re-import (possibly by
/// another process) renames a new file over the path; an open connection keeps reading the old
/// inode, so before each query the pool compares the file's modification time and size with
/// those it opened and, when they differ, retires every connection of the old file. The check is
/// one stat call. (Microsoft.Data.Sqlite's own pool cannot tell and would serve the old graph.)
/// </summary>
internal sealed class SqliteReaderPool : IDisposable
{
    private const int MaxIdle = 16;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly TimeSpan _timeout;
    private readonly Stack<SqliteConnection> _idle = new();
    private readonly Lock _gate = new();
    private (DateTime Modified, long Length)? _identity;
    private long _generation;
    private bool _disposed;

    public SqliteReaderPool(string path, TimeSpan timeout)
    {
        _path = path;
        _timeout = timeout;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
    }

    /// <summary>Sees the text of every statement run on connections opened from now on (diagnostics and tests).</summary>
    internal Action<string>? StatementObserver { get; set; }

    /// <summary>
    /// Runs a query on a pooled connection, interrupting it when it outlives the timeout (unless
    /// <paramref name="bounded"/> is false: a bulk export) or the caller cancels. Returns
    /// <paramref name="whenMissing"/> when there is no graph file yet.
    /// </summary>
    public T Read<T>(Func<SqliteConnection, T> query, T whenMissing, CancellationToken cancellationToken, bool bounded = true)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (connection, generation) = Rent();
        if (connection is null) return whenMissing;
        var healthy = false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (bounded && _timeout > TimeSpan.Zero) timeout.CancelAfter(_timeout);
        try
        {
            T result;
            // sqlite3_interrupt is the one thread-safe way to stop a running statement.
            using (timeout.Token.Register(() => raw.sqlite3_interrupt(connection.Handle)))
            {
                result = query(connection);
            }
            healthy = true;
            return result;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_INTERRUPT)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"the graph query ran longer than {_timeout.TotalSeconds:0.#} s and was stopped", e);
        }
        finally
        {
            Return(connection, generation, healthy);
        }
    }

    /// <summary>
    /// Counts the files the pool has read: it changes whenever the file at the path is replaced (by
    /// this process or another), so values read from a file can be remembered per generation.
    /// Costs one stat call; null when there is no file.
    /// </summary>
    public long? CurrentGeneration()
    {
        var identity = Identity();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (identity != _identity)
            {
                _identity = identity;
                _generation++;
                DisposeIdle();
            }
            return identity is null ? null : _generation;
        }
    }

    /// <summary>Forgets every open connection (after this process replaced the file itself).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _identity = null;
            _generation++;
            DisposeIdle();
        }
    }

    private (SqliteConnection? Connection, long Generation) Rent()
    {
        var identity = Identity();
        long generation;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (identity != _identity)
            {
                _identity = identity;
                _generation++;
                DisposeIdle();
            }
            if (identity is null) return (null, _generation);
            generation = _generation;
            if (_idle.TryPop(out var idle)) return (idle, generation);
        }
        return (Open(), generation);
    }

    private void Return(SqliteConnection connection, long generation, bool healthy)
    {
        lock (_gate)
        {
            if (healthy && !_disposed && generation == _generation && _idle.Count < MaxIdle)
            {
                _idle.Push(connection);
                return;
            }
        }
        connection.Dispose();
    }

    private SqliteConnection Open()
    {
        SqliteLibrary.EnsureConfigured();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Memory-mapped reads skip a copy per page; the mapping follows the inode the
            // connection opened, so a rename over the path does not disturb it.
            command.CommandText = "PRAGMA mmap_size = 268435456";
            command.ExecuteNonQuery();
            command.CommandText = "SELECT value FROM meta WHERE key = $key";
            command.Parameters.AddWithValue("$key", SqliteMeta.Format);
            var format = command.ExecuteScalar() as string;
            if (format != SqliteSchema.FormatVersion.ToString(CultureInfo.InvariantCulture))
            {
                throw new InvalidDataException(
                    $"{_path} holds graph format {format ?? "unknown"}, this version reads format {SqliteSchema.FormatVersion}: run the import again");
            }
            if (StatementObserver is { } observer) raw.sqlite3_trace(connection.Handle, (_, statement) => observer(statement), null);
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"{_path} is not a readable graph file: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private (DateTime, long)? Identity()
    {
        var info = new FileInfo(_path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : null;
    }

    private void DisposeIdle()
    {
        while (_idle.TryPop(out var connection)) connection.Dispose();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            DisposeIdle();
        }
    }
}
