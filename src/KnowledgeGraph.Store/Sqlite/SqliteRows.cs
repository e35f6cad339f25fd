using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>The column lists the queries select and how a row becomes a node or a relationship.</summary>
internal sealed class SqliteRows
{
    /// <summary>Columns 0–8 of every node query (alias n for the node, pv for its provenance).</summary>
    public const string NodeColumns = "n.seq, n.id, n.label, n.props, n.prov_id, pv.file, pv.line_start, pv.line_end, pv.quote";

    public const string NodeProvenanceJoin = "JOIN provenance pv ON pv.prov_id = n.prov_id";

    /// <summary>Columns 0–9 of every relationship query (alias e).</summary>
    public const string EdgeColumns =
        "e.seq, e.type, a.id, b.id, e.props, e.prov_id, pv.file, pv.line_start, pv.line_end, pv.quote";

    public const string EdgeJoins = """
        JOIN nodes a ON a.seq = e.from_seq
        JOIN nodes b ON b.seq = e.to_seq
        JOIN provenance pv ON pv.prov_id = e.prov_id
        """;

    // Relationships repeat their source's provenance: share one instance per stored row.
    private readonly Dictionary<long, Provenance> _provenance = new();

    public GraphNode Node(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.GetString(2),
        PropsJson.Parse(reader.GetFieldValue<byte[]>(3)),
        Provenance(reader, 4));

    public GraphEdge Edge(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        PropsJson.Parse(reader.GetFieldValue<byte[]>(4)),
        Provenance(reader, 5));

    public static List<GraphNode> Nodes(SqliteCommand command)
    {
        var rows = new SqliteRows();
        var nodes = new List<GraphNode>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) nodes.Add(rows.Node(reader));
        return nodes;
    }

    public static List<GraphEdge> Edges(SqliteCommand command)
    {
        var rows = new SqliteRows();
        var edges = new List<GraphEdge>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) edges.Add(rows.Edge(reader));
        return edges;
    }

    /// <summary>Reads prov_id and, the first time it is seen, the provenance columns after it.</summary>
    private Provenance Provenance(SqliteDataReader reader, int first)
    {
        var id = reader.GetInt64(first);
        if (_provenance.TryGetValue(id, out var known)) return known;
        var provenance = new Provenance(
            reader.GetString(first + 1), reader.GetInt32(first + 2), reader.GetInt32(first + 3), reader.GetString(first + 4));
        _provenance.Add(id, provenance);
        return provenance;
    }
}
