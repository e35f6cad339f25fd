using System.Text.Json;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Pipeline;

namespace KnowledgeGraph.Cli.Tests;

public class ExportCommandTests
{
    /// <summary>Imports the workspace's plans into <paramref name="database"/> and exports them to <paramref name="exportName"/> in the workspace.</summary>
    internal static async Task<string> ImportAndExport(TempWorkspace workspace, string database, string exportName, string format = "jsonl")
    {
        var error = new StringWriter();
        var code = await ImportCommand.RunAsync(new ImportOptions(workspace.Plans), database, new StringWriter(), error, CancellationToken.None);
        Assert.True(code == ExitCodes.Ok, error.ToString());
        var target = Path.Combine(workspace.Root, exportName);
        Assert.Equal(ExitCodes.Ok, await ExportCommand.RunAsync(database, target, new StringWriter(), CancellationToken.None, format));
        return target;
    }

    [Fact]
    public async Task The_export_follows_the_model_contract()
    {
        using var workspace = new TempWorkspace();
        var path = await ImportAndExport(workspace, workspace.Database, "graph.jsonl");

        var lines = await File.ReadAllLinesAsync(path);
        var ids = new HashSet<string>();
        var seenEdge = false;
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var kind = root.GetProperty("kind").GetString();
            if (kind == "node")
            {
                Assert.False(seenEdge, "nodes come first");
                Assert.Equal(["kind", "id", "label", "props", "provenance"], root.EnumerateObject().Select(p => p.Name));
                Assert.True(ids.Add(root.GetProperty("id").GetString()!));
                Assert.Contains(root.GetProperty("label").GetString(), Labels.All);
                var provenance = root.GetProperty("provenance");
                Assert.Equal(["file", "lineStart", "lineEnd", "quote"], provenance.EnumerateObject().Select(p => p.Name));
                Assert.True(File.Exists(Path.Combine(workspace.Plans, provenance.GetProperty("file").GetString()!)));
                Assert.InRange(provenance.GetProperty("quote").GetString()!.Length, 1, 200);
                Assert.True(provenance.GetProperty("lineStart").GetInt32() <= provenance.GetProperty("lineEnd").GetInt32());
            }
            else
            {
                Assert.Equal("edge", kind);
                seenEdge = true;
                Assert.Equal(["kind", "type", "from", "to", "props", "provenance"], root.EnumerateObject().Select(p => p.Name));
                Assert.Contains(root.GetProperty("type").GetString(), RelationshipTypes.All);
                Assert.Contains(root.GetProperty("from").GetString()!, ids);
                Assert.Contains(root.GetProperty("to").GetString()!, ids);
                if (RelationshipTypes.Derived.Contains(root.GetProperty("type").GetString()!))
                {
                    var props = root.GetProperty("props");
                    Assert.False(string.IsNullOrEmpty(props.GetProperty("basis").GetString()));
                    Assert.InRange(props.GetProperty("confidence").GetDouble(), 0, 1);
                }
            }
        }
        Assert.True(seenEdge);
        // Chinese is written as is, not \u-escaped.
        Assert.Contains("长春市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Re_importing_the_same_input_gives_a_byte_identical_export()
    {
        using var workspace = new TempWorkspace();
        var first = await ImportAndExport(workspace, workspace.Database, "first.jsonl");
        var second = await ImportAndExport(workspace, Path.Combine(workspace.Root, "data", "second.db"), "second.jsonl");

        Assert.Equal(TempWorkspace.Hash(first), TempWorkspace.Hash(second));
    }

    [Fact]
    public async Task Exporting_without_a_graph_says_what_to_do()
    {
        var error = new StringWriter();

        var code = await ExportCommand.RunAsync("/nonexistent/kg.db", "-", error, CancellationToken.None);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("run 'kg import' first", error.ToString());
    }
}
