using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Http;

public sealed class CrossOriginTests
{
    [Fact]
    public async Task Without_allowed_origins_no_cors_headers_are_sent()
    {
        await using var factory = new ApiFactory(new InMemoryGraphStore(SampleGraph.Create()));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("https://bi.example.org"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_allowed_origin_passes_the_preflight_and_sees_the_cache_header()
    {
        await using var factory = new ApiFactory(new InMemoryGraphStore(SampleGraph.Create()), new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = "https://bi.example.org",
        });
        using var client = factory.CreateClient();

        using var preflight = await client.SendAsync(Preflight("https://bi.example.org"));
        using var other = await client.SendAsync(Preflight("https://evil.example.com"));
        var post = HttpTestClient.PostQuery("{ plans { totalCount } }");
        post.Headers.Add("Origin", "https://bi.example.org");
        using var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("https://bi.example.org", preflight.Header("Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://bi.example.org", response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("KG-Cache", response.Header("Access-Control-Expose-Headers"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
