namespace KnowledgeGraph.Api.Http;

/// <summary>
/// A request refused before GraphQL execution. Sent as a GraphQL response body
/// (<c>{"errors":[{"message","extensions":{"code"}}]}</c>) so clients need only one error path.
/// </summary>
internal sealed record HttpProblem(int StatusCode, string Code, string Message)
{
    public static HttpProblem BadRequest(string message, string code = "BAD_REQUEST") => new(StatusCodes.Status400BadRequest, code, message);

    public static HttpProblem InvalidJson(string message) => new(StatusCodes.Status400BadRequest, "INVALID_JSON", message);

    public static HttpProblem TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        "REQUEST_TOO_LARGE",
        $"The request body is larger than the limit of {limit} bytes (Api:Limits:MaxRequestBodyBytes).");

    public static HttpProblem UnsupportedMediaType(string? contentType) => new(
        StatusCodes.Status415UnsupportedMediaType,
        "UNSUPPORTED_MEDIA_TYPE",
        string.IsNullOrEmpty(contentType)
            ? "Send the request with Content-Type: application/json."
            : $"Content-Type '{contentType}' is not supported; send application/json (UTF-8).");
}
