using System.Text.Json;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// One GraphQL request as read from HTTP (POST JSON body or GET query string), before the
/// persisted-query step has resolved <see cref="Query"/> from a hash.
/// </summary>
internal sealed class GraphQLHttpRequest
{
    public string? Query { get; set; }

    public string? OperationName { get; init; }

    /// <summary>The <c>variables</c> object (detached from the request buffer), or null.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>Compact JSON of <see cref="Variables"/>: part of the result-cache key.</summary>
    public string? VariablesJson { get; init; }

    /// <summary>The <c>extensions</c> object, or null.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>Whether the request came by GET (then only queries may run).</summary>
    public bool IsGet { get; init; }

    /// <summary>The APQ reference in <c>extensions.persistedQuery</c>, if any.</summary>
    public PersistedQueryReference? PersistedQuery { get; init; }
}

/// <summary>Apollo's automatic persisted query reference: <c>{ "version": 1, "sha256Hash": "…" }</c>.</summary>
internal sealed record PersistedQueryReference(int Version, string Sha256Hash);
