namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// How the graph is laid out in Neo4j. Every node carries the shared label <c>Node</c> (unique id
/// constraint, seq and planId indexes, full-text index) besides its own; its properties are
/// the graph properties flattened, plus these bookkeeping properties, which a read strips again.
/// </summary>
internal static class Neo4jNames
{
    public const string NodeLabel = "Node";
    public const string MetaLabel = "GraphMeta";

    public const string Id = "id";
    public const string Seq = "seq";
    public const string File = "provenanceFile";
    public const string LineStart = "provenanceLineStart";
    public const string LineEnd = "provenanceLineEnd";
    public const string Quote = "provenanceQuote";

    /// <summary>Pre-tokenised copies of the searchable text (see SearchText), for the full-text index.</summary>
    public const string SearchMain = "searchMain";
    public const string SearchSecondary = "searchSecondary";

    public const string SearchIndex = "node_search";

    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Seq, File, LineStart, LineEnd, Quote, SearchMain, SearchSecondary,
    };

    /// <summary>Schema statements, each run on its own (Neo4j refuses schema changes inside a write transaction).</summary>
    public static readonly IReadOnlyList<string> Schema =
    [
        $"CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:{NodeLabel}) REQUIRE n.{Id} IS UNIQUE",
        $"CREATE INDEX node_seq IF NOT EXISTS FOR (n:{NodeLabel}) ON (n.{Seq})",
        $"CREATE INDEX node_plan IF NOT EXISTS FOR (n:{NodeLabel}) ON (n.planId)",
        // The text is split by SearchText before it is stored, so Lucene's whitespace analyzer
        // sees the same tokens as the SQLite index: phrase queries find 1-, 2- and 3+-character terms.
        $"CREATE FULLTEXT INDEX {SearchIndex} IF NOT EXISTS FOR (n:{NodeLabel}) ON EACH [n.{SearchMain}, n.{SearchSecondary}] " +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
    ];
}
