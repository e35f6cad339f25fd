namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Cross-origin access to the GraphQL endpoint from web pages on other sites. Section <c>Cors</c>.
/// Off by default: same-origin pages (GraphiQL) and non-browser clients never need it.
/// </summary>
public sealed class CrossOriginOptions
{
    public const string SectionName = "Cors";

    /// <summary>
    /// Origins allowed to call the API from a browser, e.g. <c>https://bi.example.org</c>; <c>*</c>
    /// allows any origin (the API has no cookies or credentials, so that is safe for public data).
    /// Empty (default): no CORS headers are sent.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long browsers may cache a preflight answer (default 10 minutes).</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
