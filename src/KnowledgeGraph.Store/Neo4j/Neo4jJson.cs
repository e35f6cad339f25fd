using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// JSON for the Query API. Parameters: a double is always sent with a fraction (1.0), because the
/// server types a JSON number without one as an Integer. Results: a number without a fraction or
/// exponent reads as an integer, any other as a double — the server prints floats as 1.0.
/// </summary>
internal static class Neo4jJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Request(Cypher cypher)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", cypher.Text);
            writer.WritePropertyName("parameters");
            WriteValue(writer, cypher.Parameters);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteRawValue(PropsJson.DoubleText(d), skipInputValidation: true); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"cannot send a {value.GetType().Name} to Neo4j");
        }
    }

    /// <summary>A scalar of a result: string, long, double, bool or null.</summary>
    public static object? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => PropsJson.IsIntegral(System.Text.Encoding.UTF8.GetBytes(element.GetRawText()))
            && element.TryGetInt64(out var l) ? (object)l : (object)element.GetDouble(),
        _ => throw new InvalidDataException($"expected a scalar from Neo4j, got {element.ValueKind}"),
    };
}
