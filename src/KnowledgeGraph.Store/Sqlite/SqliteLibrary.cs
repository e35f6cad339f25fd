using SQLitePCL;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Process-wide SQLite settings, applied before the first connection opens (SQLite takes them
/// only before it initialises). Memory statistics are off: with them on, every allocation in every
/// connection takes one global lock, and an import's writer and search-index builder allocate on
/// two threads at once — a 100× import's write took 6.8–7.8 s with them and 5.0–6.4 s without.
/// Nothing here reads those statistics. Connections are not serialised by SQLite either: each
/// is used by one thread at a time (the readers are rented from a pool; the build's writer and
/// search builder each own theirs; a reader's timeout interrupts it from another thread, which
/// SQLite allows, and the interrupt is unregistered before the connection goes back to the pool),
/// and the lock SQLite would take and release on every call — each bind and step of a bulk
/// insert — was 3–4 % of a 100× import's write.
/// </summary>
internal static class SqliteLibrary
{
    static SqliteLibrary()
    {
        Batteries_V2.Init();
        // SQLITE_MISUSE when SQLite was initialised already (a connection opened elsewhere first):
        // the setting is then simply not applied, which costs speed, not correctness.
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
    }

    /// <summary>Applies the settings if this is the first call in the process.</summary>
    public static void EnsureConfigured()
    {
        // The static constructor does the work, once.
    }
}
