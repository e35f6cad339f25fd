using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Store;

var root = new RootCommand("kg: the knowledge graph of development plans");
root.Subcommands.Add(ServeCommand.Create(ImportBundledPlansAsync));
root.Subcommands.Add(QueryCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // Usage errors exit 2, so scripts can tell them from a query whose result has errors (1).
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    return 2;
}

return await parse.InvokeAsync();

// The plans shipped in the repository (import/plans), found from the working directory upwards.
static async Task ImportBundledPlansAsync(IGraphStore store, CancellationToken cancellationToken)
{
    var directory = new DirectoryInfo(Environment.CurrentDirectory);
    while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "import", "plans")))
    {
        directory = directory.Parent;
    }

    if (directory is null)
    {
        throw new DirectoryNotFoundException("The bundled plans (import/plans) were not found above " + Environment.CurrentDirectory);
    }

    var result = ImportPipeline.Run(new ImportOptions(Path.Combine(directory.FullName, "import", "plans")), null, cancellationToken);
    await store.ReplaceAsync(result.Graph, null, cancellationToken);
}
