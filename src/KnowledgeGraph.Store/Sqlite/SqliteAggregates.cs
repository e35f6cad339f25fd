using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Grouped counts. Keys are read with their JSON type so that true groups as "true", not 1;
/// buckets are sorted by <see cref="FilterValues.Sort"/> so every store orders them alike.
/// </summary>
internal static class SqliteAggregates
{
    public static IReadOnlyList<AggregateBucket> Run(SqliteConnection connection, AggregateQuery query)
    {
        using var command = connection.CreateCommand();
        var sql = new SqliteFilterTranslator(command);
        var label = sql.Parameter(query.Label);
        var where = sql.Translate(query.Where, "n");
        command.CommandText = query.GroupBy switch
        {
            GroupKey.Property p => ByProperty(sql, label, where, p.Name),
            GroupKey.PlanProperty p => ByPlanProperty(sql, label, where, p.Name),
            GroupKey.Neighbour nb => ByNeighbour(sql, label, where, nb),
            _ => throw new StoreQueryException("a group key is required"),
        };
        var buckets = new List<AggregateBucket>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            buckets.Add(new AggregateBucket(KeyOf(reader), reader.GetInt32(2)));
        }
        return FilterValues.Sort(buckets);
    }

    private static string ByProperty(SqliteFilterTranslator sql, string label, string where, string name)
    {
        var (value, type) = sql.Property("n", name);
        return $"""
            SELECT {type}, {value}, COUNT(*) FROM nodes n
            WHERE n.label = {label} AND {where}
            GROUP BY 1, 2
            """;
    }

    /// <summary>Through plan_id, so a Plan groups by its own property and other nodes by their plan's.</summary>
    private static string ByPlanProperty(SqliteFilterTranslator sql, string label, string where, string name)
    {
        var (value, type) = sql.Property("pl", name);
        return $"""
            SELECT {type}, {value}, COUNT(*) FROM nodes n
            LEFT JOIN nodes pl ON pl.id = n.plan_id AND pl.label = {sql.Parameter(Labels.Plan)}
            WHERE n.label = {label} AND {where}
            GROUP BY 1, 2
            """;
    }

    /// <summary>
    /// A node counts once under each distinct value its neighbours have; a node with no
    /// neighbour holding the property counts under the absent key.
    /// </summary>
    private static string ByNeighbour(SqliteFilterTranslator sql, string label, string where, GroupKey.Neighbour key)
    {
        var type = sql.Parameter(QueryValidation.RelationshipType(key.Type));
        var (value, valueType) = sql.Property("m", key.Name);
        // Joined through the (from_seq, type) and (to_seq, type) indexes from the chosen nodes.
        string Pairs(string near, string far) => $"""
            SELECT c.seq AS seq, {valueType} AS type, {value} AS value
            FROM chosen c
            JOIN edges e ON e.{near} = c.seq AND e.type = {type}
            JOIN nodes m ON m.seq = e.{far}
            WHERE {valueType} IS NOT NULL
            """;
        var pairs = key.Direction switch
        {
            EdgeDirection.Outgoing => Pairs("from_seq", "to_seq"),
            EdgeDirection.Incoming => Pairs("to_seq", "from_seq"),
            _ => Pairs("from_seq", "to_seq") + " UNION " + Pairs("to_seq", "from_seq"),
        };
        return $"""
            WITH chosen AS MATERIALIZED (SELECT n.seq FROM nodes n WHERE n.label = {label} AND {where}),
                 pairs AS MATERIALIZED (SELECT DISTINCT seq, type, value FROM ({pairs}))
            SELECT type, value, COUNT(*) FROM pairs GROUP BY 1, 2
            UNION ALL
            SELECT NULL, NULL, COUNT(*) FROM chosen WHERE seq NOT IN (SELECT seq FROM pairs)
            """;
    }

    private static string? KeyOf(SqliteDataReader reader)
    {
        if (reader.IsDBNull(1)) return null;
        return reader.GetString(0) switch
        {
            "true" => "true",
            "false" => "false",
            "integer" => FilterValues.KeyText(reader.GetInt64(1)),
            "real" => FilterValues.KeyText(reader.GetDouble(1)),
            _ => reader.GetString(1),
        };
    }
}
