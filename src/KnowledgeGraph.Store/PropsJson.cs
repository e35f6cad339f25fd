using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Properties as a JSON object that keeps each value's type: a double is always written with a
/// fraction or exponent (1.0, not 1), so reading it back gives a double again and the graph read
/// from a store equals the graph written. (The export prints 1.0 as 1; a store must not lose
/// the difference, because the API types confidence as a float and planId-like integers as ints.)
/// </summary>
internal static class PropsJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static byte[] ToUtf8(Props props)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        Write(buffer, props);
        return buffer.WrittenSpan.ToArray();
    }

    public static string ToJson(Props props) => Encoding.UTF8.GetString(ToUtf8(props));

    /// <summary>Writes into a buffer.</summary>
    public static void Write(IBufferWriter<byte> output, Props props)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(writer, props);
    }

    /// <summary>A writer reusable across calls (Reset it on the buffer first): the bulk writer's hot path.</summary>
    public static Utf8JsonWriter CreateWriter(IBufferWriter<byte> output) => new(output, WriterOptions);

    public static void Write(Utf8JsonWriter writer, Props props)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in props)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
        writer.Flush();
    }

    public static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string s: writer.WriteStringValue(s); break;
            case long l: writer.WriteNumberValue(l); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case double d: writer.WriteRawValue(DoubleText(d), skipInputValidation: true); break;
            default: throw new InvalidOperationException($"unsupported property value {value.GetType().Name}");
        }
    }

    /// <summary>Shortest round-trip text with a fraction or exponent, so the value reads back as a double.</summary>
    public static string DoubleText(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0";
    }

    public static Props Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    public static Props Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= 2) return Props.Empty;
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("stored properties are not a JSON object");
        }
        var values = new List<KeyValuePair<string, object?>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            values.Add(new(key, ReadValue(ref reader)));
        }
        return Props.From(values);
    }

    /// <summary>Reads one scalar; numbers without a fraction or exponent are integers.</summary>
    public static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        // Both branches boxed: a conditional of long and double would widen the long to a double.
        JsonTokenType.Number => IsIntegral(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)
            && reader.TryGetInt64(out var l) ? (object)l : (object)reader.GetDouble(),
        _ => throw new FormatException($"unsupported JSON value {reader.TokenType} in stored properties"),
    };

    public static bool IsIntegral(ReadOnlySpan<byte> number) => number.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0;
}
