using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.GraphiQL;
using KnowledgeGraph.Store;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// POST and GET /graphql per the GraphQL-over-HTTP spec: GraphiQL for browsers, persisted-query
/// resolution, then the result cache in front of execution. A cache hit costs reading the
/// request, lexing the query for the key and one in-memory lookup; the stored bytes go out as is.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    GraphQLExecution execution,
    QueryResultCache resultCache,
    PersistedQueryStore persistedQueries,
    IGraphStore store,
    GraphiQLPage graphiQL,
    ILogger<GraphQLHttpEndpoint> logger)
{
    // Apollo's clients expect these answers with 200, and they must never be cached by a proxy.
    private static readonly KeyValuePair<string, string>[] PersistedQueryErrorHeaders =
        [new(HeaderNames.CacheControl, "private, no-cache, must-revalidate")];

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCoreAsync(context);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Resolver failures are already field errors; this is the store or the server itself failing.
            logger.LogError(exception, "GraphQL request failed");
            if (!context.Response.HasStarted)
            {
                await GraphQLResponseWriter.WriteProblemAsync(context, new HttpProblem(
                    StatusCodes.Status500InternalServerError,
                    "INTERNAL_SERVER_ERROR",
                    "The server failed to answer this request; the error is in the server log."), GraphQLMediaTypes.Negotiate(context.Request));
            }
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        if (graphiQL.Enabled && GraphiQLPage.IsWanted(request))
        {
            await graphiQL.WriteAsync(context, request.PathBase.Add(request.Path));
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request);
        if (mediaType is null)
        {
            await GraphQLResponseWriter.WriteProblemAsync(context, new HttpProblem(
                StatusCodes.Status406NotAcceptable,
                "NOT_ACCEPTABLE",
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."), GraphQLMediaTypes.Json);
            return;
        }

        var (graphQLRequest, problem) = await GraphQLRequestReader.ReadAsync(request, execution.MaxRequestBodyBytes, cancellationToken);
        if (problem is not null)
        {
            await GraphQLResponseWriter.WriteProblemAsync(context, problem, mediaType);
            return;
        }

        var (register, persistedProblem) = await ResolvePersistedQueryAsync(graphQLRequest!, cancellationToken);
        if (persistedProblem is not null)
        {
            var headers = persistedProblem.StatusCode == StatusCodes.Status200OK ? PersistedQueryErrorHeaders : null;
            await GraphQLResponseWriter.WriteProblemAsync(context, persistedProblem, mediaType, headers);
            return;
        }

        if (graphQLRequest!.Query is null)
        {
            await GraphQLResponseWriter.WriteProblemAsync(context, HttpProblem.BadRequest(
                "The request has no query: send {\"query\": \"{ … }\"} (POST) or ?query=… (GET).", "QUERY_MISSING"), mediaType);
            return;
        }

        var lookup = await ExecuteAsync(context, graphQLRequest, cancellationToken);
        if (register && lookup.Response.Outcome != ResponseOutcome.RequestError)
        {
            // Registered only once the query proved valid, so junk cannot fill the store.
            await persistedQueries.SaveAsync(graphQLRequest.PersistedQuery!.Sha256Hash, graphQLRequest.Query, cancellationToken);
        }

        await GraphQLResponseWriter.WriteAsync(context, lookup.Response, mediaType, lookup.Status);
    }

    private async ValueTask<CacheLookup> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        var version = resultCache.Enabled ? await store.GetVersionAsync(cancellationToken) : null;
        var key = version is null ? null : QueryCacheKey.Create(version, request.Query!, request.OperationName, request.VariablesJson);
        if (key is null)
        {
            var response = await execution.ExecuteAsync(request, context.RequestServices, context.User, cancellationToken);
            return new CacheLookup(response, CacheStatus.Bypass);
        }

        // Concurrent identical requests share one execution, which may outlive the request that
        // started it: it runs in its own service scope rather than borrowing that request's.
        return await resultCache.GetOrExecuteAsync(
            key,
            (execution, request, context.RequestServices.GetRequiredService<IServiceScopeFactory>(), context.User),
            static async (state, ct) =>
            {
                await using var scope = state.Item3.CreateAsyncScope();
                return await state.execution.ExecuteAsync(state.request, scope.ServiceProvider, state.User, ct);
            },
            cancellationToken);
    }

    /// <summary>Resolves or checks <c>extensions.persistedQuery</c>; says whether the query is to be registered.</summary>
    private async ValueTask<(bool Register, HttpProblem? Problem)> ResolvePersistedQueryAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        if (request.PersistedQuery is not { } reference)
        {
            return (false, null);
        }

        if (!persistedQueries.Enabled)
        {
            return (false, new HttpProblem(StatusCodes.Status200OK, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported"));
        }

        if (reference.Version != 1)
        {
            return (false, HttpProblem.BadRequest($"Unsupported persisted query version {reference.Version}; only version 1 exists.", "PERSISTED_QUERY_INVALID"));
        }

        if (!PersistedQueryStore.IsWellFormed(reference.Sha256Hash))
        {
            return (false, HttpProblem.BadRequest("extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits.", "PERSISTED_QUERY_INVALID"));
        }

        if (request.Query is null)
        {
            request.Query = await persistedQueries.FindAsync(reference.Sha256Hash, cancellationToken);
            return request.Query is null
                ? (false, new HttpProblem(StatusCodes.Status200OK, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"))
                : (false, null);
        }

        return string.Equals(PersistedQueryStore.Hash(request.Query), reference.Sha256Hash, StringComparison.OrdinalIgnoreCase)
            ? (true, null)
            : (false, HttpProblem.BadRequest("provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH"));
    }
}
