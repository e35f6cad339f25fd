using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// Runs GraphQL requests against the knowledge-graph schema for any transport (HTTP, CLI, tests) and
/// writes results as JSON with Chinese unescaped. Validation and parse failures come back with
/// <see cref="ExecutionResult.Executed"/> false (an HTTP 400); resolver failures are reported in
/// <c>errors</c> without internal details.
/// </summary>
public sealed class GraphQLExecutor(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    IOptions<ApiLimitsOptions> limits,
    ILogger<GraphQLExecutor> logger)
{
    public ISchema Schema => schema;

    /// <param name="requestServices">The request's service scope: the loaders batch and cache per scope.</param>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(requestServices);
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = requestServices,
            UserContext = new RequestContext(requestServices),
            CancellationToken = cancellationToken,
            Timeout = limits.Value.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                if (context.OriginalException is StoreQueryException refused)
                {
                    // The store refused the query as asked (its messages are written for users).
                    context.ErrorMessage = refused.Message;
                    context.Exception = new ExecutionError(refused.Message) { Code = "QUERY_REFUSED" };
                    return Task.CompletedTask;
                }
                logger.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name);
                context.ErrorMessage = "Internal error while resolving this field.";
                return Task.CompletedTask;
            },
        });
    }

    /// <summary>The result as JSON (UTF-16 string), Chinese unescaped.</summary>
    public string Serialize(ExecutionResult result) => serializer.Serialize(result);

    /// <summary>Writes the result as UTF-8 JSON to a stream, Chinese unescaped.</summary>
    public Task WriteAsync(Stream stream, ExecutionResult result, CancellationToken cancellationToken) =>
        serializer.WriteAsync(stream, result, cancellationToken);

    /// <summary>The result as UTF-8 JSON bytes, Chinese unescaped (what the HTTP endpoint sends and caches).</summary>
    public async Task<byte[]> ToUtf8Async(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBufferStream();
        await serializer.WriteAsync(buffer, result, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Reads a request body (query, operationName, variables, extensions) from JSON.</summary>
    public ValueTask<GraphQLRequest?> ReadRequestAsync(Stream stream, CancellationToken cancellationToken) =>
        serializer.ReadAsync<GraphQLRequest>(stream, cancellationToken);

    /// <summary>The schema as SDL with descriptions (the content of schema/schema.graphql).</summary>
    public string PrintSchema() => schema.Print();
}
