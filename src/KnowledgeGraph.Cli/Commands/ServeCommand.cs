using System.CommandLine;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Imports the plans shipped with kg into a store that holds no graph yet.</summary>
public delegate Task ImportBundledPlans(IGraphStore store, CancellationToken cancellationToken);

/// <summary><c>kg serve [--db FILE] [--urls URL]</c>: hosts the GraphQL API, GraphiQL and /healthz.</summary>
internal static class ServeCommand
{
    /// <param name="importBundledPlans">
    /// Run when the store holds no graph yet (a fresh checkout), so that <c>kg serve</c> works out
    /// of the box; null makes serve refuse an empty store and point to <c>kg import</c>.
    /// </param>
    public static Command Create(ImportBundledPlans? importBundledPlans)
    {
        var db = new Option<FileInfo?>("--db")
        {
            Description = "SQLite graph file to serve (default: GraphStore:Sqlite:Path from appsettings.json or the environment, else data/knowledge-graph.db)",
        };
        var urls = new Option<string?>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (default http://localhost:5000)",
        };
        var command = new Command("serve", "Serve the GraphQL API at /graphql (GraphiQL in a browser) and the health check at /healthz") { db, urls };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            RunAsync(parse.GetValue(db), parse.GetValue(urls), importBundledPlans, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo? db, string? urls, ImportBundledPlans? importBundledPlans, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        if (db is not null)
        {
            builder.Configuration[$"{GraphStoreOptions.SectionName}:Provider"] = GraphStoreOptions.SqliteProvider;
            builder.Configuration[$"{GraphStoreOptions.SectionName}:Sqlite:Path"] = db.FullName;
        }

        if (!string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(urls);
        }

        // One line per request is noise on a terminal; appsettings.json or the environment can turn it back on.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        builder.AddGraphStore();
        builder.AddGraphCache();
        builder.AddKnowledgeGraphApi();
        await using var app = builder.Build();
        app.MapKnowledgeGraph();

        var store = app.Services.GetRequiredService<IGraphStore>();
        if (await store.GetVersionAsync(cancellationToken) is null)
        {
            if (importBundledPlans is null)
            {
                await Console.Error.WriteLineAsync($"{Describe(store)} holds no graph yet. Run `kg import` first, then `kg serve` again.");
                return 1;
            }

            await Console.Error.WriteLineAsync($"{Describe(store)} holds no graph yet: importing the bundled plans first…");
            try
            {
                await importBundledPlans(store, cancellationToken);
            }
            catch (KnowledgeGraph.Import.Reading.PlanInputException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
            await Console.Error.WriteLineAsync($"Imported; graph version {await store.GetVersionAsync(cancellationToken)}.");
        }

        await ((IHost)app).RunAsync(cancellationToken);
        return 0;
    }

    private static string Describe(IGraphStore store) =>
        store is KnowledgeGraph.Store.Sqlite.SqliteGraphStore sqlite ? $"The graph file {sqlite.Path}" : "The graph store";
}
