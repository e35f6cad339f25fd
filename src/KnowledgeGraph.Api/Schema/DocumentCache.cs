using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Common;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// Keeps parsed documents that passed validation, by query text, so that a repeated query is
/// neither parsed nor validated again: only the rules that depend on the variables run for it
/// (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>: the complexity limit), and
/// variables and arguments are still coerced and checked on every request. Bounded by
/// <see cref="ApiLimitsOptions.MaxCachedDocuments"/>; when full, it is emptied and refills with
/// what is asked for next, which costs one parse per query and needs no bookkeeping per hit.
/// </summary>
internal sealed class DocumentCache(IOptions<ApiLimitsOptions> limits) : IConfigureExecution
{
    // Longer documents are rare and would weigh much in memory: they are parsed every time.
    private const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>After the configurations that add validation rules (100), so that both rule lists are complete.</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var max = limits.Value.MaxCachedDocuments;
        if (options.Document is not null || options.Query is not { Length: > 0 and <= MaxQueryLength } query || max == 0)
        {
            return await next(options).ConfigureAwait(false);
        }
        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options).ConfigureAwait(false);
        }
        var result = await next(options).ConfigureAwait(false);
        // Executed is false when the document did not parse or failed validation: such documents are not kept.
        if (result.Executed && result.Document is { } parsed)
        {
            if (_documents.Count >= max) _documents.Clear();
            _documents.TryAdd(query, parsed);
        }
        return result;
    }
}
