using System.CommandLine;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: Chinese development plans as a knowledge graph — import, serve, query, export, stats, text.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ServeCommand.Create(ImportCommand.ImportBundledPlansAsync));
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(TextCommand.Create());
return await CommandLineApp.RunAsync(root, args);
