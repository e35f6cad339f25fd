using System.Diagnostics;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Writes a whole graph into a new file next to the target and renames it over the target.
/// The build file is private until the rename, so it is written with no journal and no syncs
/// (a crash leaves only a stray temporary file); readers of the old file are never disturbed,
/// and a failure deletes the temporary file and leaves the old graph as it was, byte for byte.
/// </summary>
internal static class SqliteWriter
{
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
            var version = await Task.Run(() => SqliteBuilder.BuildAsync(temp, graph, progress, cancellationToken), cancellationToken)
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

    /// <summary>
    /// The build ran without syncs; flush the finished file once before it replaces the target,
    /// so a power cut after the rename cannot leave a target with unwritten pages. The builder
    /// also calls this while it is still writing (the file shared with its connection), so that
    /// most pages are on disk by the time the final flush waits.
    /// </summary>
    internal static void SyncToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
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

    internal static void TryDelete(string path)
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
