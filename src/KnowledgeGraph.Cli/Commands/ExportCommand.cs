using System.CommandLine;
using KnowledgeGraph.Store;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg export</c>: the whole graph in the export format of MODEL.md (JSON Lines, nodes first),
/// to a file (written beside it and renamed into place, so a reader never sees half an export)
/// or to standard output with <c>--out -</c>.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var format = new Option<string>("--format") { Description = "Export format: jsonl.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<string>("--out") { Description = "File to write, or - for standard output (default -).", DefaultValueFactory = _ => "-" };
        var command = new Command("export", "Export the graph (nodes and relationships) as JSON Lines.") { db, format, output };
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
            await RunAsync(StoreOptions.Resolve(parse.GetValue(db)), parse.GetValue(output)!, Console.Error, ct));
        return command;
    }

    /// <summary>Exports the SQLite file <paramref name="database"/>.</summary>
    public static Task<int> RunAsync(string database, string output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(StoreOptions.Resolve(database), output, error, cancellationToken);

    public static async Task<int> RunAsync(GraphStoreOptions source, string output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var store = await StoreOptions.OpenExistingAsync(source, error, cancellationToken);
        if (store is null) return ExitCodes.BadInput;
        var graph = await store.ReadAllAsync(cancellationToken);
        if (output == "-")
        {
            await using var stdout = Console.OpenStandardOutput();
            await using var buffered = new BufferedStream(stdout, 1 << 16);
            JsonlExport.Write(graph.Nodes, graph.Edges, buffered);
            return ExitCodes.Ok;
        }
        var full = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        await using (var file = File.Create(temporary))
        {
            JsonlExport.Write(graph.Nodes, graph.Edges, file);
        }
        File.Move(temporary, full, overwrite: true);
        await error.WriteLineAsync($"exported {graph.Nodes.Count:N0} nodes and {graph.Edges.Count:N0} relationships from {StoreOptions.Describe(source)} to {output}");
        return ExitCodes.Ok;
    }
}
