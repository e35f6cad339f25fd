using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphiQL;

/// <summary>Serves the embedded IDE files, compressed when the browser allows, with long-lived caching.</summary>
internal static class GraphiQLAssetEndpoint
{
    public static IEndpointConventionBuilder MapGraphiQLAssets(this IEndpointRouteBuilder endpoints, string endpointPath) =>
        endpoints.MapGet(endpointPath + "/assets/{file}", Serve).ExcludeFromDescription();

    private static IResult Serve(string file, HttpContext context, GraphiQLAssets assets)
    {
        if (!assets.TryGet(file, out var asset))
        {
            return Results.NotFound();
        }

        var request = context.Request;
        var headers = context.Response.Headers;
        headers[HeaderNames.Vary] = HeaderNames.AcceptEncoding;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.CacheControl] = request.Query["v"] == asset.Hash
            ? "public, max-age=31536000, immutable"
            : "public, max-age=300";

        var encoding = ChooseEncoding(request);
        var body = encoding switch
        {
            "br" => asset.Brotli,
            "gzip" => asset.Gzip,
            _ => asset.Content,
        };
        if (encoding is not null)
        {
            headers[HeaderNames.ContentEncoding] = encoding;
        }

        // Each encoding is its own representation, so each gets its own validator.
        var etag = new EntityTagHeaderValue($"\"{asset.Hash}{(encoding is null ? "" : "-" + encoding)}\"");
        return Results.Bytes(body, asset.ContentType, entityTag: etag);
    }

    private static string? ChooseEncoding(HttpRequest request)
    {
        var accepted = request.Headers.AcceptEncoding.ToString();
        if (accepted.Contains("br", StringComparison.OrdinalIgnoreCase))
        {
            return "br";
        }

        return accepted.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip" : null;
    }
}
