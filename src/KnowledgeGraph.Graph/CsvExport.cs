using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Graph;

/// <summary>
/// A flat export for BI tools and spreadsheets: one CSV table per label (<c>Plan.csv</c>,
/// <c>Goal.csv</c>…) and one per relationship type (<c>LISTS.csv</c>…), each row one node or
/// relationship. A node table has <c>id</c>, then every property any node of the label has (in
/// ordinal order, empty where a node has none), then its provenance; a relationship table has
/// <c>from</c>, <c>fromLabel</c>, <c>to</c>, <c>toLabel</c> — the labels say which table to join —
/// then its properties and provenance. RFC 4180: UTF-8 without a byte-order mark, comma-separated,
/// CRLF line ends, a field quoted when it holds a comma, a quote or a line break. Rows keep the
/// graph's order, so the same graph gives the same bytes.
/// </summary>
public static class CsvExport
{
    private static readonly string[] ProvenanceColumns = ["provenanceFile", "provenanceLineStart", "provenanceLineEnd", "provenanceQuote"];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the tables into <paramref name="directory"/> (which must exist) and returns the file names, in graph order.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, string directory)
    {
        var files = new List<string>();
        var labelOf = new Dictionary<string, string>(nodes.Count, StringComparer.Ordinal);
        foreach (var node in nodes) labelOf[node.Id] = node.Label;

        foreach (var group in nodes.GroupBy(n => n.Label, StringComparer.Ordinal))
        {
            var rows = group.ToList();
            var keys = PropertyKeys(rows.Select(n => n.Props));
            files.Add(WriteTable(directory, group.Key, ["id", .. keys, .. ProvenanceColumns], rows, (row, n) =>
            {
                row.Add(n.Id);
                AddProps(row, keys, n.Props);
                AddProvenance(row, n.Provenance);
            }));
        }
        foreach (var group in edges.GroupBy(e => e.Type, StringComparer.Ordinal))
        {
            var rows = group.ToList();
            var keys = PropertyKeys(rows.Select(e => e.Props));
            files.Add(WriteTable(directory, group.Key, ["from", "fromLabel", "to", "toLabel", .. keys, .. ProvenanceColumns], rows, (row, e) =>
            {
                row.Add(e.From);
                row.Add(labelOf.GetValueOrDefault(e.From, ""));
                row.Add(e.To);
                row.Add(labelOf.GetValueOrDefault(e.To, ""));
                AddProps(row, keys, e.Props);
                AddProvenance(row, e.Provenance);
            }));
        }
        return files;
    }

    private static List<string> PropertyKeys(IEnumerable<Props> all)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var props in all)
        {
            foreach (var (key, _) in props) keys.Add(key);
        }
        return [.. keys];
    }

    private static string WriteTable<T>(string directory, string name, IReadOnlyList<string> columns, List<T> rows, Action<List<string?>, T> fill)
    {
        var file = name + ".csv";
        using var writer = new StreamWriter(Path.Combine(directory, file), append: false, Utf8, 1 << 16) { NewLine = "\r\n" };
        WriteRow(writer, columns);
        var row = new List<string?>(columns.Count);
        foreach (var item in rows)
        {
            row.Clear();
            fill(row, item);
            WriteRow(writer, row);
        }
        return file;
    }

    private static void AddProps(List<string?> row, List<string> keys, Props props)
    {
        foreach (var key in keys) row.Add(props.TryGetValue(key, out var value) ? Format(value) : null);
    }

    private static void AddProvenance(List<string?> row, Provenance provenance)
    {
        row.Add(provenance.File);
        row.Add(provenance.LineStart.ToString(CultureInfo.InvariantCulture));
        row.Add(provenance.LineEnd.ToString(CultureInfo.InvariantCulture));
        row.Add(provenance.Quote);
    }

    /// <summary>Numbers in invariant culture, doubles in their shortest round-trip form (as the JSON export writes them).</summary>
    public static string Format(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new InvalidOperationException($"unsupported property value {value.GetType().Name}"),
    };

    private static void WriteRow(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i]);
        }
        writer.WriteLine();
    }

    /// <summary>A field as RFC 4180 writes it: quoted, with its quotes doubled, when it holds a separator, a quote or a line break.</summary>
    public static void WriteField(TextWriter writer, string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
