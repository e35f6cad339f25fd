using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>The IDE page and the npm assets embedded in the API assembly.</summary>
public sealed partial class GraphiQLTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly ApiFactory _factory = new(new InMemoryGraphStore(SampleGraph.Create()));
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_browser_gets_the_ide_page_with_a_strict_content_security_policy()
    {
        var html = await GetPageAsync();

        Assert.Contains("<div id=\"graphiql\" data-endpoint=\"/graphql\"", html);
        Assert.DoesNotContain("GraphiQL is not available", html);
        Assert.Equal(
            ["react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "kg-graphiql.js"],
            ScriptSource().Matches(html).Select(m => m.Groups["file"].Value).ToArray());
    }

    [Fact]
    public async Task Every_asset_the_page_names_is_served_with_its_type_and_long_caching()
    {
        var html = await GetPageAsync();
        var urls = AssetUrl().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();
        Assert.Equal(5, urls.Count);

        foreach (var url in urls)
        {
            using var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expected = url.Contains(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 200, url);
        }
    }

    [Fact]
    public async Task The_graphiql_bundle_is_the_3_9_umd_build_and_is_served_compressed_on_request()
    {
        using var plain = await _client.GetAsync("/graphql/assets/graphiql.min.js");
        var original = await plain.Content.ReadAsByteArrayAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/assets/graphiql.min.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");

        using var compressed = await _client.SendAsync(request);

        Assert.Equal("gzip", string.Join(",", compressed.Content.Headers.ContentEncoding));
        var gzip = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(gzip.Length < original.Length / 2);
        using var unzip = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await unzip.CopyToAsync(copy);
        Assert.Equal(original, copy.ToArray());
        Assert.True(original.AsSpan().IndexOf("createFetcher"u8) >= 0, "graphiql.min.js should define GraphiQL.createFetcher");
    }

    [Fact]
    public async Task An_unchanged_asset_is_answered_with_304()
    {
        using var first = await _client.GetAsync("/graphql/assets/react.production.min.js");
        var etag = first.Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/assets/react.production.min.js");
        request.Headers.IfNoneMatch.Add(etag);

        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Unknown_assets_are_404()
    {
        using var response = await _client.GetAsync("/graphql/assets/graphiql.min.js.map");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_clients_never_get_the_page()
    {
        using var response = await _client.SendAsync(HttpTestClient.Get("{ plans { totalCount } }", accept: "application/json"));

        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task The_page_can_be_turned_off()
    {
        await using var factory = new ApiFactory(new InMemoryGraphStore(SampleGraph.Create()), new Dictionary<string, string?> { ["GraphiQL:Enabled"] = "false" });
        using var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ plans { totalCount } }"));
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await client.SendAsync(request);

        Assert.Equal("application/graphql-response+json", response.MediaType());
    }

    private async Task<string> GetPageAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<script src=\"/graphql/assets/(?<file>[^?\"]+)\\?v=[0-9a-f]{16}\"></script>")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("(?:src|href)=\"(?<url>/graphql/assets/[^\"]+)\"")]
    private static partial Regex AssetUrl();
}
