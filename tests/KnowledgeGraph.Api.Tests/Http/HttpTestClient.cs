using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>Request helpers for the GraphQL endpoint.</summary>
internal static class HttpTestClient
{
    public static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage PostQuery(string query, object? variables = null, string? accept = null) =>
        Post(new JObject { ["query"] = query, ["variables"] = variables is null ? null : JObject.FromObject(variables) }.ToString(), accept: accept);

    public static HttpRequestMessage Get(string query, string? accept = null, string? variables = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static async Task<JObject> JsonAsync(this HttpResponseMessage response) =>
        JObject.Parse(await response.Content.ReadAsStringAsync());

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public static string? FirstErrorCode(this JObject json) => (string?)json["errors"]?[0]?["extensions"]?["code"];

    public static string FirstErrorMessage(this JObject json) => (string?)json["errors"]?[0]?["message"] ?? "";
}
