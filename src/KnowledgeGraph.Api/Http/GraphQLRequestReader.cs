using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a JSON body for POST, the query string for GET. Enforces
/// the body limit before buffering (Content-Length first, then while reading) so an oversized
/// upload is refused without holding it in memory.
/// </summary>
internal static class GraphQLRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static async ValueTask<(GraphQLHttpRequest? Request, HttpProblem? Problem)> ReadAsync(
        HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return FromQueryString(request.Query);
        }

        var contentTypeProblem = CheckContentType(request.ContentType);
        if (contentTypeProblem is not null)
        {
            return (null, contentTypeProblem);
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return (null, HttpProblem.TooLarge(maxBodyBytes));
        }

        // Let the server enforce the same limit on bodies without Content-Length (chunked uploads).
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes;
        }

        var reader = request.BodyReader;
        ReadResult read;
        try
        {
            while (true)
            {
                read = await reader.ReadAsync(cancellationToken);
                if (read.Buffer.Length > maxBodyBytes)
                {
                    reader.AdvanceTo(read.Buffer.End);
                    return (null, HttpProblem.TooLarge(maxBodyBytes));
                }

                if (read.IsCompleted)
                {
                    break;
                }

                // Nothing consumed, everything examined: wait for more data.
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, HttpProblem.TooLarge(maxBodyBytes));
        }

        try
        {
            return FromJsonBody(read.Buffer);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private static HttpProblem? CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return HttpProblem.UnsupportedMediaType(contentType);
        }

        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
        var charset = mediaType.Charset.Value;
        var isUtf8 = charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return isJson && isUtf8 ? null : HttpProblem.UnsupportedMediaType(contentType);
    }

    private static (GraphQLHttpRequest?, HttpProblem?) FromJsonBody(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, HttpProblem.InvalidJson("The request body is empty; send {\"query\": \"…\"}."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return (null, HttpProblem.InvalidJson($"The request body is not valid JSON: {exception.Message}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return (null, HttpProblem.BadRequest("Batched requests (a JSON array) are not supported; send one request object."));
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, HttpProblem.BadRequest("The request body must be a JSON object such as {\"query\": \"…\"}."));
            }

            return Build(
                isGet: false,
                String(root, "query"),
                String(root, "operationName"),
                Property(root, "variables"),
                Property(root, "extensions"));
        }
    }

    private static (GraphQLHttpRequest?, HttpProblem?) FromQueryString(IQueryCollection query)
    {
        var variables = ParseParameter(query, "variables");
        if (variables.Problem is not null)
        {
            return (null, variables.Problem);
        }

        var extensions = ParseParameter(query, "extensions");
        if (extensions.Problem is not null)
        {
            return (null, extensions.Problem);
        }

        using (variables.Document)
        using (extensions.Document)
        {
            return Build(
                isGet: true,
                Text(query, "query"),
                Text(query, "operationName"),
                variables.Document?.RootElement,
                extensions.Document?.RootElement);
        }
    }

    private static (GraphQLHttpRequest?, HttpProblem?) Build(
        bool isGet,
        (string? Value, HttpProblem? Problem) query,
        (string? Value, HttpProblem? Problem) operationName,
        JsonElement? variables,
        JsonElement? extensions)
    {
        if ((query.Problem ?? operationName.Problem) is { } problem)
        {
            return (null, problem);
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, HttpProblem.BadRequest("'variables' must be a JSON object."));
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, HttpProblem.BadRequest("'extensions' must be a JSON object."));
        }

        var vars = variables is { ValueKind: JsonValueKind.Object } v ? v.Clone() : (JsonElement?)null;
        var ext = extensions is { ValueKind: JsonValueKind.Object } e ? e.Clone() : (JsonElement?)null;
        var persisted = ReadPersistedQuery(ext, out var persistedProblem);
        if (persistedProblem is not null)
        {
            return (null, persistedProblem);
        }

        return (new GraphQLHttpRequest
        {
            IsGet = isGet,
            Query = string.IsNullOrWhiteSpace(query.Value) ? null : query.Value,
            OperationName = string.IsNullOrEmpty(operationName.Value) ? null : operationName.Value,
            Variables = vars,
            VariablesJson = vars is { } value ? Compact(value) : null,
            Extensions = ext,
            PersistedQuery = persisted,
        }, null);
    }

    private static PersistedQueryReference? ReadPersistedQuery(JsonElement? extensions, out HttpProblem? problem)
    {
        problem = null;
        if (extensions is not { } ext || !ext.TryGetProperty("persistedQuery", out var pq) || pq.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (pq.ValueKind != JsonValueKind.Object
            || !pq.TryGetProperty("version", out var version) || !version.TryGetInt32(out var versionNumber)
            || !pq.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String)
        {
            problem = HttpProblem.BadRequest("extensions.persistedQuery must be { \"version\": 1, \"sha256Hash\": \"<64 hex digits>\" }.", "PERSISTED_QUERY_INVALID");
            return null;
        }

        return new PersistedQueryReference(versionNumber, hash.GetString()!);
    }

    private static (string?, HttpProblem?) String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        return value.ValueKind == JsonValueKind.String
            ? (value.GetString(), null)
            : (null, HttpProblem.BadRequest($"'{name}' must be a string."));
    }

    private static JsonElement? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : null;

    private static (string?, HttpProblem?) Text(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count > 1
            ? (null, HttpProblem.BadRequest($"The query string has more than one '{name}'."))
            : (values.Count == 1 ? values[0] : null, null);
    }

    private static (JsonDocument? Document, HttpProblem? Problem) ParseParameter(IQueryCollection query, string name)
    {
        var (text, problem) = Text(query, name);
        if (problem is not null || string.IsNullOrEmpty(text))
        {
            return (null, problem);
        }

        try
        {
            return (JsonDocument.Parse(text, DocumentOptions), null);
        }
        catch (JsonException exception)
        {
            return (null, HttpProblem.InvalidJson($"The '{name}' parameter is not valid JSON: {exception.Message}"));
        }
    }

    private static string Compact(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = GraphQLJson.Encoder }))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
