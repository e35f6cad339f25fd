namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Keys of the meta table.</summary>
internal static class SqliteMeta
{
    public const string Format = "format";
    public const string Version = "version";
    public const string NodeCount = "nodeCount";
    public const string EdgeCount = "edgeCount";
    public const string Statistics = "statistics";
}
