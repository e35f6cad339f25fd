using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Reads the whole graph with three table scans and no joins: provenance into an array by id,
/// nodes in seq order, relationships placed by their seq. Joining per row (to name each end and
/// fetch each provenance) would cost two or three b-tree lookups per relationship instead.
/// </summary>
internal static class SqliteExport
{
    public static GraphSnapshot ReadAll(SqliteConnection connection)
    {
        var provenance = new List<Provenance>();
        using (var command = Command(connection, "SELECT prov_id, file, line_start, line_end, quote FROM provenance ORDER BY prov_id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.GetInt64(0) != provenance.Count) throw new InvalidDataException("provenance ids are not dense");
                provenance.Add(new Provenance(reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4)));
            }
        }

        var nodes = new List<GraphNode>();
        using (var command = Command(connection, "SELECT seq, id, label, props, prov_id FROM nodes ORDER BY seq"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                nodes.Add(new GraphNode(reader.GetString(1), reader.GetString(2),
                    PropsJson.Parse(reader.GetFieldValue<byte[]>(3)), provenance[reader.GetInt32(4)]));
            }
        }

        // The table is in key order; placing each row at its seq restores graph order without a sort.
        GraphEdge?[] edges;
        using (var count = Command(connection, "SELECT COUNT(*) FROM edges"))
        {
            edges = new GraphEdge?[Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)];
        }
        using (var command = Command(connection, "SELECT seq, type, from_seq, to_seq, props, prov_id FROM edges"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                edges[reader.GetInt32(0)] = new GraphEdge(reader.GetString(1),
                    nodes[reader.GetInt32(2)].Id, nodes[reader.GetInt32(3)].Id,
                    PropsJson.Parse(reader.GetFieldValue<byte[]>(4)), provenance[reader.GetInt32(5)]);
            }
        }
        return new GraphSnapshot(nodes, edges.Select(e => e ?? throw new InvalidDataException("relationship seq has gaps")).ToList());
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
