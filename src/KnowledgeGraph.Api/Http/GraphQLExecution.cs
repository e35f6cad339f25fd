using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Runs one HTTP GraphQL request through <see cref="GraphQLExecutor"/> and turns the result into
/// bytes plus an outcome (which decides the status code and whether the cache may keep it).
/// </summary>
internal sealed class GraphQLExecution(
    GraphQLExecutor executor,
    IGraphQLTextSerializer serializer,
    IOptions<ApiLimitsOptions> limits,
    ILogger<GraphQLExecution> logger)
{
    // Past the executor's own timeout, resolvers get this long to notice cancellation before the
    // HTTP layer answers anyway; a resolver that ignores cancellation cannot hold a response.
    private static readonly TimeSpan CancellationGrace = TimeSpan.FromSeconds(1);

    public long MaxRequestBodyBytes => limits.Value.MaxRequestBodyBytes;

    public async ValueTask<ExecutedResponse> ExecuteAsync(
        GraphQLHttpRequest request, IServiceProvider services, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var query = request.Query!;
        if (request.IsGet && SelectsNonQuery(query, request.OperationName) is { } operationType)
        {
            return new ExecutedResponse(
                GraphQLResponseWriter.ErrorBody("METHOD_NOT_ALLOWED", $"A {operationType} cannot be sent with GET; use POST."),
                ResponseOutcome.MutationOverGet);
        }

        var graphQLRequest = new GraphQLRequest
        {
            Query = query,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
        };

        var timeout = limits.Value.ExecutionTimeout;
        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(graphQLRequest, services, cancellationToken)
                .WaitAsync(timeout + CancellationGrace, cancellationToken);
        }
        catch (TimeoutException)
        {
            return TimedOut(timeout);
        }

        if (result.Errors?.Any(e => e is TimeoutError) == true)
        {
            return TimedOut(timeout);
        }

        var body = await executor.ToUtf8Async(result, cancellationToken);
        if (!result.Executed)
        {
            return new ExecutedResponse(body, ResponseOutcome.RequestError);
        }

        if (result.Errors is { Count: > 0 })
        {
            return new ExecutedResponse(body, ResponseOutcome.FieldErrors);
        }

        return new ExecutedResponse(body, ResponseOutcome.Success, Cacheable: result.Operation?.Operation == OperationType.Query);
    }

    private ExecutedResponse TimedOut(TimeSpan timeout)
    {
        logger.LogWarning("A GraphQL request ran past the {Timeout} s execution limit and was stopped.", timeout.TotalSeconds);
        var message = $"The query took longer than the {timeout.TotalSeconds:0.###} s limit (Api:Limits:ExecutionTimeout) and was stopped. " +
            "Ask for fewer items (first), a smaller trace maxDepth or fewer nested fields.";
        return new ExecutedResponse(GraphQLResponseWriter.ErrorBody("TIMEOUT", message), ResponseOutcome.Timeout);
    }

    /// <summary>
    /// The type of the operation a GET would run when it is not a query; null for queries and for
    /// documents that do not parse or do not say which operation (the executor reports those).
    /// Only GET pays for this parse, and only on a cache miss.
    /// </summary>
    private static string? SelectsNonQuery(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name is not null && o.Name.Value == operationName);
        return selected?.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => null,
        };
    }
}
