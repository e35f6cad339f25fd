using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Rebuilds nodes and relationships from the property maps the statements return.</summary>
internal static class Neo4jRows
{
    /// <summary>Cypher returning a node variable as [labels, properties].</summary>
    public static string NodeColumns(string n) => $"labels({n}) AS labels, properties({n}) AS props";

    public static string EdgeColumns(string r) =>
        $"type({r}) AS type, startNode({r}).id AS from, endNode({r}).id AS to, properties({r}) AS props";

    public static GraphNode Node(JsonElement labels, JsonElement properties)
    {
        var label = labels.EnumerateArray().Select(l => l.GetString()).FirstOrDefault(l => l != Neo4jNames.NodeLabel)
            ?? throw new InvalidDataException("a Neo4j node has no label besides Node");
        var (props, provenance, bookkeeping) = Split(properties);
        var id = bookkeeping.GetValueOrDefault(Neo4jNames.Id) as string ?? throw new InvalidDataException("a Neo4j node has no id");
        return new GraphNode(id, label, props, provenance);
    }

    public static GraphEdge Edge(JsonElement type, JsonElement from, JsonElement to, JsonElement properties)
    {
        var (props, provenance, _) = Split(properties);
        return new GraphEdge(type.GetString()!, from.GetString()!, to.GetString()!, props, provenance);
    }

    public static long Seq(JsonElement properties) =>
        properties.TryGetProperty(Neo4jNames.Seq, out var seq) ? seq.GetInt64() : long.MaxValue;

    private static (Props Props, Provenance Provenance, Dictionary<string, object?> Bookkeeping) Split(JsonElement properties)
    {
        var values = new List<KeyValuePair<string, object?>>();
        var bookkeeping = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            var value = Neo4jJson.Scalar(property.Value);
            if (Neo4jNames.Reserved.Contains(property.Name)) bookkeeping[property.Name] = value;
            else values.Add(new(property.Name, value));
        }
        var provenance = new Provenance(
            bookkeeping.GetValueOrDefault(Neo4jNames.File) as string ?? "",
            (int)(bookkeeping.GetValueOrDefault(Neo4jNames.LineStart) as long? ?? 0),
            (int)(bookkeeping.GetValueOrDefault(Neo4jNames.LineEnd) as long? ?? 0),
            bookkeeping.GetValueOrDefault(Neo4jNames.Quote) as string ?? "");
        return (Props.From(values), provenance, bookkeeping);
    }
}
