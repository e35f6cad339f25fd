using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Graph;

/// <summary>
/// The export format of MODEL.md: one JSON object per line, nodes first. Chinese text is written
/// as is (not \u-escaped) and keys keep a fixed order, so the same graph gives the same bytes.
/// </summary>
public static class JsonlExport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public static void Write(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        foreach (var node in nodes)
        {
            WriteNode(writer, node);
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset(output);
        }
        foreach (var edge in edges)
        {
            WriteEdge(writer, edge);
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset(output);
        }
    }

    public static void WriteNode(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "node");
        writer.WriteString("id", node.Id);
        writer.WriteString("label", node.Label);
        writer.WritePropertyName("props");
        WriteProps(writer, node.Props);
        writer.WritePropertyName("provenance");
        WriteProvenance(writer, node.Provenance);
        writer.WriteEndObject();
    }

    public static void WriteEdge(Utf8JsonWriter writer, GraphEdge edge)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "edge");
        writer.WriteString("type", edge.Type);
        writer.WriteString("from", edge.From);
        writer.WriteString("to", edge.To);
        writer.WritePropertyName("props");
        WriteProps(writer, edge.Props);
        writer.WritePropertyName("provenance");
        WriteProvenance(writer, edge.Provenance);
        writer.WriteEndObject();
    }

    public static void WriteProps(Utf8JsonWriter writer, Props props)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in props)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    public static void WriteProvenance(Utf8JsonWriter writer, Provenance provenance)
    {
        writer.WriteStartObject();
        writer.WriteString("file", provenance.File);
        writer.WriteNumber("lineStart", provenance.LineStart);
        writer.WriteNumber("lineEnd", provenance.LineEnd);
        writer.WriteString("quote", provenance.QuoteSpan());
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string s: writer.WriteStringValue(s); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            default: throw new InvalidOperationException($"unsupported property value {value.GetType().Name}");
        }
    }
}
