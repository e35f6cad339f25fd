using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>The rows of a Query API answer: <c>{"data": {"fields": [...], "values": [[...], ...]}}</c>.</summary>
internal sealed class Neo4jResult
{
    private readonly Dictionary<string, int> _columns;

    public Neo4jResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows)
    {
        Fields = fields;
        Rows = rows;
        _columns = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<JsonElement[]> Rows { get; }

    /// <summary>A column of a row by field name; a missing field is a server/statement mismatch.</summary>
    public JsonElement Get(JsonElement[] row, string field) =>
        _columns.TryGetValue(field, out var index)
            ? row[index]
            : throw new InvalidDataException($"the Neo4j answer has no field '{field}' (fields: {string.Join(", ", Fields)})");

    public static Neo4jResult Parse(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data)) return new Neo4jResult([], []);
        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = data.TryGetProperty("values", out var v)
            ? v.EnumerateArray().Select(row => row.EnumerateArray().Select(x => x.Clone()).ToArray()).ToList()
            : [];
        return new Neo4jResult(fields, rows);
    }
}
