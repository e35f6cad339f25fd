using System.CommandLine;
using KnowledgeGraph.Store;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg export</c>: the whole graph in the export format of MODEL.md (JSON Lines, nodes first),
/// to a file (written beside it and renamed into place, so a reader never sees half an export)
/// or to standard output with <c>--out -</c>; or, with <c>--format csv</c>, as one CSV table per
/// label and relationship type in a directory (<see cref="CsvExport"/>), written beside it and
/// put in place the same way.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var format = new Option<string>("--format") { Description = "Export format: jsonl (one file) or csv (a directory of tables).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string>("--out")
        {
            Description = "jsonl: file to write, or - for standard output (default -); csv: the directory to write the tables into.",
            DefaultValueFactory = _ => "-",
        };
        var command = new Command("export", "Export the graph (nodes and relationships) as JSON Lines or CSV tables.") { db, format, output };
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
            await RunAsync(StoreOptions.Resolve(parse.GetValue(db)), parse.GetValue(output)!, Console.Error, ct, parse.GetValue(format)!));
        return command;
    }

    /// <summary>Exports the SQLite file <paramref name="database"/>.</summary>
    public static Task<int> RunAsync(string database, string output, TextWriter error, CancellationToken cancellationToken, string format = "jsonl") =>
        RunAsync(StoreOptions.Resolve(database), output, error, cancellationToken, format);

    public static async Task<int> RunAsync(GraphStoreOptions source, string output, TextWriter error, CancellationToken cancellationToken, string format = "jsonl")
    {
        if (format == "csv" && CsvTargetProblem(output) is { } problem)
        {
            await error.WriteLineAsync($"error: {problem}");
            return ExitCodes.Usage;
        }
        await using var store = await StoreOptions.OpenExistingAsync(source, error, cancellationToken);
        if (store is null) return ExitCodes.BadInput;
        var graph = await store.ReadAllAsync(cancellationToken);
        if (format == "csv")
        {
            var tables = WriteTables(graph, Path.GetFullPath(output));
            await error.WriteLineAsync($"exported {graph.Nodes.Count:N0} nodes and {graph.Edges.Count:N0} relationships from {StoreOptions.Describe(source)} to {output} ({tables} tables)");
            return ExitCodes.Ok;
        }
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

    /// <summary>
    /// Why <paramref name="output"/> cannot take the tables: standard output, a file, or a directory
    /// holding anything but an earlier export's tables (which the new export replaces).
    /// </summary>
    private static string? CsvTargetProblem(string output)
    {
        if (output == "-") return "--format csv writes one table per label and relationship type: give --out a directory";
        var full = Path.GetFullPath(output);
        if (File.Exists(full)) return $"{output} is a file: --format csv writes a directory of tables";
        if (Directory.Exists(full)
            && (Directory.EnumerateDirectories(full).Any() || Directory.EnumerateFiles(full).Any(f => !f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))))
        {
            return $"{output} holds other files than an earlier export's tables: give --out a new or an export's directory";
        }
        return null;
    }

    /// <summary>
    /// Writes the tables into a new directory beside <paramref name="directory"/> and moves it into
    /// place; a directory already there is moved aside first and removed after, so the tables a
    /// reader finds are all of one export. Returns how many tables were written.
    /// </summary>
    private static int WriteTables(GraphSnapshot graph, string directory)
    {
        var partial = directory + ".partial";
        var previous = directory + ".previous";
        foreach (var stale in new[] { partial, previous })
        {
            if (Directory.Exists(stale)) Directory.Delete(stale, recursive: true);
        }
        Directory.CreateDirectory(partial);
        var tables = CsvExport.Write(graph.Nodes, graph.Edges, partial).Count;
        if (Directory.Exists(directory)) Directory.Move(directory, previous);
        Directory.Move(partial, directory);
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        return tables;
    }
}
