namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The layout of a graph file. Relationships point at nodes by their <c>seq</c> (the node's
/// position in graph order, also its rowid), which keeps the relationship keys small;
/// provenance is stored once per distinct value because relationships repeat their source's.
/// Secondary indexes are built after the bulk insert, which is faster than maintaining them row
/// by row; the search index is built beside the file and copied in.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Bumped when the layout changes; a reader refuses a file of another format.</summary>
    public const int FormatVersion = 1;

    public const string Tables = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE provenance (
            prov_id    INTEGER PRIMARY KEY,
            file       TEXT NOT NULL,
            line_start INTEGER NOT NULL,
            line_end   INTEGER NOT NULL,
            quote      TEXT NOT NULL
        );

        -- seq: position in graph order (label order, then import order); export reads by it.
        -- plan_id: the node's planId, or its own id for a Plan (what OnPlan and PlanProperty join on).
        -- caption: the searchable main text (title, name or text), for exact-match ranking.
        CREATE TABLE nodes (
            seq     INTEGER PRIMARY KEY,
            id      TEXT NOT NULL,
            label   TEXT NOT NULL,
            plan_id TEXT,
            caption TEXT,
            props   TEXT NOT NULL,
            prov_id INTEGER NOT NULL
        );

        -- Clustered by (from_seq, type, to_seq): the key is the outgoing lookup and enforces one
        -- relationship of a type between two nodes; rows arrive sorted, so the insert appends.
        -- seq is the position in graph order (export sorts by it).
        CREATE TABLE edges (
            from_seq INTEGER NOT NULL,
            type     TEXT NOT NULL,
            to_seq   INTEGER NOT NULL,
            seq      INTEGER NOT NULL,
            props    TEXT NOT NULL,
            prov_id  INTEGER NOT NULL,
            PRIMARY KEY (from_seq, type, to_seq)
        ) WITHOUT ROWID;

        """;

    /// <summary>
    /// One row per node (rowid = nodes.seq): the main text and the secondary text, split into
    /// tokens by SearchText (one token per ideograph, lower-cased words) so that phrase queries
    /// find Chinese terms of any length. The text arrives already split and folded, so the
    /// plain 'ascii' tokenizer (split on ASCII space and punctuation) reproduces exactly those
    /// tokens, at less cost than unicode61. Contentless: snippets come from the nodes' properties.
    /// Built in a file of its own and copied in (<see cref="SqliteSearchBuilder"/>).
    /// </summary>
    public const string SearchTable = """
        CREATE VIRTUAL TABLE search USING fts5(
            main, secondary,
            content = '',
            tokenize = 'ascii'
        );
        """;

    /// <summary>
    /// Bulk load without incremental merging; <see cref="SearchOptimize"/> merges once at the end.
    /// The pending terms may grow to 64 MiB before FTS5 writes them out as a segment (the default
    /// is 1 MiB): the index of a 100× import, 20 MB, is written as one segment, and the final
    /// merge has nothing left to do.
    /// </summary>
    public const string SearchBulkLoad = """
        INSERT INTO search(search, rank) VALUES ('automerge', 0);
        INSERT INTO search(search, rank) VALUES ('hashsize', 67108864);
        """;

    public const string SearchOptimize = "INSERT INTO search(search) VALUES ('optimize');";

    /// <summary>The tables in which the search table keeps its index.</summary>
    public static readonly IReadOnlyList<string> SearchShadowTables = ["search_config", "search_data", "search_idx", "search_docsize"];

    /// <summary>
    /// Secondary indexes and statistics, built one by one after the bulk insert of their table (each
    /// is a progress step). The first <see cref="NodeIndexCount"/> read only the nodes: they are
    /// built as soon as the nodes are in, while the relationships are still being encoded.
    /// </summary>
    public static readonly IReadOnlyList<string> Indexes =
    [
        "CREATE UNIQUE INDEX nodes_by_id ON nodes(id)",
        "CREATE INDEX nodes_by_label ON nodes(label)",
        "CREATE INDEX nodes_by_plan ON nodes(plan_id, label) WHERE plan_id IS NOT NULL",
        "CREATE INDEX edges_by_to ON edges(to_seq, type)",
        // A sampled ANALYZE is cheap and lets the planner weigh the label and plan indexes.
        "PRAGMA analysis_limit = 400; ANALYZE",
    ];

    public const int NodeIndexCount = 3;

    /// <summary>The step of the unique index on node ids, which rejects a graph that repeats one.</summary>
    public const int NodeIdIndex = 0;

    /// <summary>The last step, statistics: after every table and index is in.</summary>
    public static int StatisticsStep => Indexes.Count - 1;

    /// <summary>
    /// Set before the indexes built after the commit. SQLite sorts an index's keys in one piece on
    /// one thread when they fit its cache and temporary data lives in memory; with a small cache
    /// and temporary files it sorts them in chunks on its worker threads (<c>PRAGMA threads</c>)
    /// and merges them. The relationship index of a 100× import: 0.6 s instead of 1.1–1.3 s.
    /// </summary>
    public const string SortInChunks = "PRAGMA temp_store = FILE; PRAGMA cache_size = -8192;";

    /// <summary>Readable views for people who open the file with the sqlite3 shell.</summary>
    public const string Views = """
        CREATE VIEW node_list AS
            SELECT n.seq, n.id, n.label, n.props, p.file, p.line_start, p.line_end, p.quote
            FROM nodes n JOIN provenance p ON p.prov_id = n.prov_id;
        CREATE VIEW edge_list AS
            SELECT e.seq, e.type, a.id AS from_id, b.id AS to_id, e.props, p.file, p.line_start, p.line_end, p.quote
            FROM edges e
            JOIN nodes a ON a.seq = e.from_seq
            JOIN nodes b ON b.seq = e.to_seq
            JOIN provenance p ON p.prov_id = e.prov_id;
        """;
}
