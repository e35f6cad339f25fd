using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg import</c>: reads the plan files, builds the graph and swaps it into the store. A bad
/// file fails the whole import (exit 1) and leaves the previous graph as it was, unless
/// --skip-invalid is given.
/// </summary>
public static class ImportCommand
{
    public const string DefaultPlans = "import/plans";

    public static Command Create()
    {
        var plans = new Option<string?>("--plans") { Description = $"Directory of plan files (*.txt, *.pdf, *.ofd, *.docx, *.doc, *.wps, *.rtf, *.html and *.mht, its subfolders too), or one plan file (default: the bundled {DefaultPlans})." };
        var db = StoreOptions.Database();
        var importDirectory = new Option<string?>("--import-dir")
        {
            Description = "Directory holding manifest.json and gazetteers/ (default: the plans directory's parent when it holds gazetteers/, else the bundled import/).",
        };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the files that can be read and list the ones skipped, instead of failing." };
        var command = new Command("import", "Import plan documents into the graph store.") { plans, db, importDirectory, skipInvalid };
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
        {
            ImportOptions options;
            try
            {
                options = parse.GetValue(plans) is { } given ? new ImportOptions(given) : BundledPlans(Environment.CurrentDirectory);
            }
            catch (PlanInputException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
            options = options with { SkipInvalid = parse.GetValue(skipInvalid) };
            if (parse.GetValue(importDirectory) is { } chosen) options = options with { ImportDirectory = chosen };
            return await RunAsync(options, StoreOptions.Resolve(parse.GetValue(db)), Console.Out, Console.Error, ct);
        });
        return command;
    }

    /// <summary>
    /// <c>kg serve</c>'s first run: the plans shipped in the repository (import/plans, found from
    /// the working directory upwards) imported into an empty store.
    /// </summary>
    public static async Task ImportBundledPlansAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var options = BundledPlans(Environment.CurrentDirectory);
        using var collection = BatchCollection.Begin();
        var result = await Task.Run(() => ImportPipeline.Run(options, null, cancellationToken), cancellationToken);
        await store.ReplaceAsync(result.Graph, null, cancellationToken);
    }

    /// <summary>
    /// The bundled plans with their manifest and gazetteers: the import/ of the repository the
    /// working directory lies in, else the copy shipped beside kg (so a published kg imports them
    /// from any directory).
    /// </summary>
    internal static ImportOptions BundledPlans(string workingDirectory)
    {
        var import = ImportOptions.FindBundledImportDirectory(workingDirectory)
            ?? throw new PlanInputException(DefaultPlans, null,
                $"the bundled plans were found neither above {workingDirectory} nor beside kg ({AppContext.BaseDirectory}); give --plans DIR");
        return new ImportOptions(Path.Combine(import, "plans"), import);
    }

    /// <summary>Imports into the SQLite file <paramref name="database"/>; returns the exit code.</summary>
    public static Task<int> RunAsync(ImportOptions options, string database, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(options, StoreOptions.Resolve(database), output, error, cancellationToken);

    /// <summary>Imports into the configured store; returns the exit code.</summary>
    public static async Task<int> RunAsync(ImportOptions options, GraphStoreOptions target, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var database = StoreOptions.Describe(target);
        await using var store = StoreOptions.Open(target);
        try
        {
            var result = await ProgressDisplay.RunAsync(output, async reporter =>
            {
                using var collection = BatchCollection.Begin();
                var imported = await Task.Run(() => ImportPipeline.Run(options, reporter.ForImport(), cancellationToken), cancellationToken);
                await store.ReplaceAsync(imported.Graph, reporter.ForStore(), cancellationToken);
                return imported;
            });
            foreach (var note in result.Notes) await output.WriteLineAsync($"note: {note}");
            foreach (var skipped in result.Skipped) await error.WriteLineAsync($"skipped: {skipped}");
            await output.WriteLineAsync(
                $"imported {result.Files.Count} file(s), {result.Graph.Nodes.Count(n => n.Label == "Plan")} plans: " +
                $"{result.Graph.Nodes.Count:N0} nodes, {result.Graph.Edges.Count:N0} relationships in {clock.Elapsed.TotalSeconds:0.00} s → {database}");
            return ExitCodes.Ok;
        }
        catch (PlanInputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            var hadGraph = StoreOptions.IsSqlite(target) ? File.Exists(target.Sqlite.Path) : await store.GetVersionAsync(cancellationToken) is not null;
            await error.WriteLineAsync(hadGraph ? $"nothing was written: {database} still holds the previous graph" : "nothing was written");
            return ExitCodes.BadInput;
        }
    }
}
