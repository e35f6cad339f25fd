using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Response media types of the GraphQL-over-HTTP spec and the choice between them.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with: <c>application/graphql-response+json</c> unless the client
    /// prefers (or only accepts) <c>application/json</c>; null when it accepts neither (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return GraphQLResponse;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var candidate = Match(range);
            var quality = range.Quality ?? 1.0;
            // On equal quality the spec's own type wins over the legacy one.
            if (candidate is not null && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && best != GraphQLResponse)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return bestQuality > 0 ? best : null;
    }

    private static string? Match(MediaTypeHeaderValue range)
    {
        var type = range.MediaType;
        if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponse;
        }

        if (type.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return Json;
        }

        return type.Equals("*/*", StringComparison.Ordinal) || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            ? GraphQLResponse
            : null;
    }
}
