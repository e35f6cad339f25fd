using System.CommandLine;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: Chinese development plans as a knowledge graph — import, serve, query, export, stats.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return await CommandLineApp.RunAsync(root, args);
