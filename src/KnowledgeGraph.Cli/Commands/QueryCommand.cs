using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg query '&lt;graphql&gt;' [--variables JSON] [--operation NAME] [--db FILE]</c>: runs a query
/// in-process against the store (no server) and prints the JSON result. Exit 0 without errors,
/// 1 when the result has errors, 2 for unusable input.
/// </summary>
internal static class QueryCommand
{
    public const int Success = 0;
    public const int ResultHasErrors = 1;
    public const int Usage = 2;

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var query = new Argument<string>("query")
        {
            Description = "The GraphQL document; '-' reads it from standard input and @FILE from a file",
        };
        var variables = new Option<string?>("--variables") { Description = "Variables as a JSON object, e.g. '{\"id\": \"plan_…\"}'" };
        var operation = new Option<string?>("--operation") { Description = "The operation to run when the document has several" };
        var db = new Option<FileInfo?>("--db") { Description = "SQLite graph file to query (default data/knowledge-graph.db)" };
        var command = new Command("query", "Run a GraphQL query against the graph without a server and print the JSON result") { query, variables, operation, db };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) => RunAsync(
            parse.GetValue(query)!, parse.GetValue(variables), parse.GetValue(operation), parse.GetValue(db), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(
        string queryArgument, string? variablesJson, string? operationName, FileInfo? db, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var (document, problem) = await ReadDocumentAsync(queryArgument, cancellationToken);
        if (problem is not null)
        {
            await errors.WriteLineAsync(problem);
            return Usage;
        }

        if (variablesJson is not null && VariablesProblem(variablesJson) is { } variablesProblem)
        {
            await errors.WriteLineAsync(variablesProblem);
            return Usage;
        }

        if (db is not null && !db.Exists)
        {
            await errors.WriteLineAsync($"No graph file at {db.FullName}; run `kg import` or pass an existing --db.");
            return Usage;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        // Standard output carries only the JSON result; anything worth logging goes to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (db is not null)
        {
            builder.Configuration[$"{GraphStoreOptions.SectionName}:Provider"] = GraphStoreOptions.SqliteProvider;
            builder.Configuration[$"{GraphStoreOptions.SectionName}:Sqlite:Path"] = db.FullName;
        }

        builder.AddGraphStore();
        builder.Services.AddKnowledgeGraphSchema(builder.Configuration);
        using var host = builder.Build();

        var store = host.Services.GetRequiredService<IGraphStore>();
        if (await store.GetVersionAsync(cancellationToken) is null)
        {
            await errors.WriteLineAsync("Note: the store holds no graph yet; run `kg import` to load the plans.");
        }

        var serializer = host.Services.GetRequiredService<IGraphQLTextSerializer>();
        var executor = host.Services.GetRequiredService<GraphQLExecutor>();
        await using var scope = host.Services.CreateAsyncScope();
        var result = await executor.ExecuteAsync(
            new GraphQLRequest
            {
                Query = document,
                OperationName = operationName,
                Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson),
            },
            scope.ServiceProvider,
            cancellationToken);

        var json = JsonNode.Parse(executor.Serialize(result))!.ToJsonString(Pretty);
        await output.WriteLineAsync(json);
        return result.Errors is { Count: > 0 } ? ResultHasErrors : Success;
    }

    private static async Task<(string? Document, string? Problem)> ReadDocumentAsync(string argument, CancellationToken cancellationToken)
    {
        string text;
        if (argument == "-")
        {
            text = await Console.In.ReadToEndAsync(cancellationToken);
        }
        else if (argument.StartsWith('@'))
        {
            var path = argument[1..];
            if (!File.Exists(path))
            {
                return (null, $"Query file not found: {Path.GetFullPath(path)}");
            }

            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        else
        {
            text = argument;
        }

        return string.IsNullOrWhiteSpace(text)
            ? (null, "The query is empty; pass a GraphQL document such as '{ plans { totalCount } }'.")
            : (text, null);
    }

    private static string? VariablesProblem(string variablesJson)
    {
        try
        {
            using var document = JsonDocument.Parse(variablesJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? null
                : "--variables must be a JSON object, e.g. '{\"id\": \"plan_…\"}'.";
        }
        catch (JsonException exception)
        {
            return $"--variables is not valid JSON: {exception.Message}";
        }
    }
}
