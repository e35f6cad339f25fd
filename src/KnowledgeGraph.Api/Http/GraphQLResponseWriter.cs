using System.Buffers;
using System.Text.Json;
using KnowledgeGraph.Api.Caching;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Writes GraphQL responses with the status codes of the GraphQL-over-HTTP spec.</summary>
internal static class GraphQLResponseWriter
{
    public const string CacheHeader = "KG-Cache";

    /// <summary>
    /// With <c>application/graphql-response+json</c>, a request that was not executed is a 4xx/5xx;
    /// with legacy <c>application/json</c> the spec asks for 200 and the errors in the body, because
    /// older clients treat any other status as a transport failure.
    /// </summary>
    public static int StatusCode(ResponseOutcome outcome, string mediaType) => outcome switch
    {
        ResponseOutcome.Success or ResponseOutcome.FieldErrors => StatusCodes.Status200OK,
        ResponseOutcome.MutationOverGet => StatusCodes.Status405MethodNotAllowed,
        ResponseOutcome.RequestError => mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
        ResponseOutcome.Timeout => mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static Task WriteAsync(HttpContext context, ExecutedResponse response, string mediaType, CacheStatus cache)
    {
        var http = context.Response;
        http.StatusCode = StatusCode(response.Outcome, mediaType);
        if (response.Outcome == ResponseOutcome.MutationOverGet)
        {
            http.Headers[HeaderNames.Allow] = "POST";
        }

        http.Headers[CacheHeader] = cache switch
        {
            CacheStatus.Hit => "hit",
            CacheStatus.Miss => "miss",
            _ => "bypass",
        };
        return WriteBodyAsync(context, response.Utf8Json, mediaType);
    }

    public static Task WriteProblemAsync(HttpContext context, HttpProblem problem, string? mediaType, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        context.Response.StatusCode = problem.StatusCode;
        foreach (var (name, value) in headers ?? [])
        {
            context.Response.Headers[name] = value;
        }

        return WriteBodyAsync(context, ErrorBody(problem.Code, problem.Message), mediaType ?? GraphQLMediaTypes.Json);
    }

    /// <summary><c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> as UTF-8.</summary>
    public static byte[] ErrorBody(string code, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, GraphQLJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            json.WriteStartObject();
            json.WriteString("message", message);
            json.WriteStartObject("extensions");
            json.WriteString("code", code);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Bytes go out as they are: a cache hit is never parsed or re-serialised.
    private static Task WriteBodyAsync(HttpContext context, byte[] body, string mediaType)
    {
        var http = context.Response;
        http.ContentType = mediaType + "; charset=utf-8";
        http.ContentLength = body.Length;
        http.Headers[HeaderNames.Vary] = HeaderNames.Accept;
        return http.Body.WriteAsync(body, 0, body.Length, context.RequestAborted);
    }
}
