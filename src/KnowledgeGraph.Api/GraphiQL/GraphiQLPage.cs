using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphiQL;

/// <summary>
/// The HTML page that hosts the IDE. Browsers navigating to the GraphQL path get it; API clients
/// (which do not ask for text/html) get GraphQL.
/// </summary>
internal sealed class GraphiQLPage(GraphiQLAssets assets, IOptions<GraphiQLOptions> options)
{
    // No inline script: the boot code is an asset, so a strict policy holds. GraphiQL sets inline styles.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public bool Enabled => options.Value.Enabled;

    /// <summary>A browser navigation: GET whose Accept names text/html (fetch() and GraphQL clients never do).</summary>
    public static bool IsWanted(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method))
        {
            return false;
        }

        foreach (var value in request.Headers.Accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public Task WriteAsync(HttpContext context, string endpointPath)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers[HeaderNames.CacheControl] = "no-cache";
        response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
        return response.WriteAsync(Render(endpointPath), context.RequestAborted);
    }

    internal string Render(string endpointPath)
    {
        var html = new StringBuilder(2048);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>KnowledgeGraph · GraphiQL</title>
            <link rel="icon" href="data:,">
            <style>html, body, #graphiql { height: 100%; margin: 0; } .kg-missing { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; }</style>
            """).Append('\n');

        var missing = assets.Missing;
        if (missing.Count > 0)
        {
            // A build without npm cannot bundle the IDE; say so instead of showing a blank page.
            html.Append("</head>\n<body>\n<div class=\"kg-missing\"><h1>GraphiQL is not available in this build</h1>")
                .Append("<p>The build could not restore the IDE's files from npm (missing: ")
                .Append(WebUtility.HtmlEncode(string.Join(", ", missing)))
                .Append("). Install Node.js with npm and rebuild. The GraphQL endpoint works: POST JSON to <code>")
                .Append(WebUtility.HtmlEncode(endpointPath))
                .Append("</code>.</p></div>\n</body>\n</html>\n");
            return html.ToString();
        }

        AppendLink(html, endpointPath, "graphiql.min.css");
        html.Append("</head>\n<body>\n<div id=\"graphiql\" data-endpoint=\"")
            .Append(WebUtility.HtmlEncode(endpointPath))
            .Append("\" data-default-query=\"")
            .Append(WebUtility.HtmlEncode(options.Value.DefaultQuery))
            .Append("\">Loading GraphiQL…</div>\n");
        foreach (var file in GraphiQLAssets.RequiredFiles.Where(f => f.EndsWith(".js", StringComparison.Ordinal)))
        {
            html.Append("<script src=\"").Append(AssetUrl(endpointPath, file)).Append("\"></script>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private void AppendLink(StringBuilder html, string endpointPath, string file) =>
        html.Append("<link rel=\"stylesheet\" href=\"").Append(AssetUrl(endpointPath, file)).Append("\">\n");

    // The content hash in the URL lets browsers keep the files for a year and still pick up a new build.
    private string AssetUrl(string endpointPath, string file) =>
        WebUtility.HtmlEncode($"{endpointPath}/assets/{file}?v={assets.Get(file)!.Hash}");
}
