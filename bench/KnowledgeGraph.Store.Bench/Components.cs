using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Bench;

/// <summary>Times the parts of a node write one by one (CPU time), to see where the write spends.</summary>
internal static class Components
{
    public static void Run(GraphSnapshot graph, string directory)
    {
        Time("encode nodes+edges (validate, props JSON, digest)", () =>
        {
            using var encoder = new GraphEncoder(graph, checkEdgeKeys: false);
            for (var i = 0; i < graph.Nodes.Count; i++) encoder.EncodeNode(i);
            for (var i = 0; i < graph.Edges.Count; i++) encoder.EncodeEdge(i, graph.Edges[i]);
            encoder.FinishVersion();
        });
        Time("  props JSON only", () =>
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using var writer = PropsJson.CreateWriter(buffer);
            foreach (var node in graph.Nodes) { buffer.ResetWrittenCount(); writer.Reset(buffer); PropsJson.Write(writer, node.Props); }
            foreach (var edge in graph.Edges) { buffer.ResetWrittenCount(); writer.Reset(buffer); PropsJson.Write(writer, edge.Props); }
        });
        Time("  digest only (ids, labels, quotes)", () =>
        {
            using var digest = new GraphDigest();
            foreach (var node in graph.Nodes) { digest.Add(node.Id); digest.Add(node.Label); digest.Add(node.Provenance.Quote); }
            foreach (var edge in graph.Edges) { digest.Add(edge.Type); digest.Add(1); digest.Add(2); }
            digest.Finish();
        });
        Time("  id dictionary only", () =>
        {
            var ids = new Dictionary<string, int>(graph.Nodes.Count, StringComparer.Ordinal);
            for (var i = 0; i < graph.Nodes.Count; i++) ids.Add(graph.Nodes[i].Id, i);
            long sum = 0;
            foreach (var edge in graph.Edges) sum += ids[edge.From] + ids[edge.To];
        });
        long chars = 0;
        Time("search index text", () =>
        {
            var builder = new StringBuilder();
            foreach (var node in graph.Nodes)
            {
                builder.Clear();
                SearchText.AppendIndexText(builder, node.Props.GetString(SearchFields.MainOf(node.Label)) ?? "");
                chars += builder.Length;
            }
        });
        Console.WriteLine($"    ({chars / 1e6:F1} M chars of index text)");
        foreach (var (name, ddl, columns) in new[]
        {
            ("insert nodes rows", "CREATE TABLE t (seq INTEGER PRIMARY KEY, id TEXT, label TEXT, plan_id TEXT, caption TEXT, props TEXT, prov_id INTEGER)", 7),
            ("insert search rows", "CREATE VIRTUAL TABLE t USING fts5(main, secondary, content='', tokenize='unicode61 remove_diacritics 2'); INSERT INTO t(t, rank) VALUES ('automerge', 0)", 3),
            ("insert search rows (ascii)", "CREATE VIRTUAL TABLE t USING fts5(main, secondary, content='', tokenize='ascii'); INSERT INTO t(t, rank) VALUES ('automerge', 0)", 3),
        })
        {
            var texts = graph.Nodes.Select(n => SearchText.ToIndexText(n.Props.GetString(SearchFields.MainOf(n.Label)))).ToList();
            var path = Path.Combine(directory, "component.db");
            File.Delete(path);
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;" + ddl;
                command.ExecuteNonQuery();
            }
            Time(name, () =>
            {
                using var transaction = connection.BeginTransaction();
                var cols = columns == 7
                    ? new[] { "seq", "id", "label", "plan_id", "caption", "props", "prov_id" }
                    : new[] { "rowid", "main", "secondary" };
                using var insert = new SqliteBulkInsert(connection, "t", cols, graph.Nodes.Count);
                var props = "{\"title\":\"x\"}"u8.ToArray();
                for (var i = 0; i < graph.Nodes.Count; i++)
                {
                    var node = graph.Nodes[i];
                    insert.BeginRow();
                    insert.Add(i);
                    if (columns == 7)
                    {
                        insert.Add(node.Id);
                        insert.Add(node.Label);
                        insert.Add(node.Props.GetString("planId"));
                        insert.Add(node.Props.GetString(SearchFields.MainOf(node.Label)));
                        insert.Add(props);
                        insert.Add(i);
                    }
                    else
                    {
                        insert.Add(texts[i]);
                        insert.Add((string?)null);
                    }
                    insert.EndRow();
                }
                insert.Complete();
                transaction.Commit();
            });
        }
    }

    private static void Time(string what, Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        process.Refresh();
        Console.WriteLine($"  {what,-50} {clock.Elapsed.TotalSeconds,6:F2} s wall {(process.TotalProcessorTime - cpu).TotalSeconds,6:F2} s cpu");
    }
}
