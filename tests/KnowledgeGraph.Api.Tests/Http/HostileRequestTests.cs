using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Http.HttpTestClient;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>Requests built to exhaust the server are refused before they cost anything, with a clear error.</summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private readonly CountingGraphStore _store = new(new InMemoryGraphStore(SampleGraph.Create()));
    private ApiFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new ApiFactory(_store, new Dictionary<string, string?> { ["Api:Limits:ExecutionTimeout"] = "00:00:00.300" });
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_query_nested_50_deep_is_refused_before_touching_the_store()
    {
        var deep = "{ plans { edges { node { " + Nest(50) + " } } } }";

        using var response = await _client.SendAsync(PostQuery(deep));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("depth", (await response.JsonAsync()).FirstErrorMessage(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, _store.Reads);
    }

    [Fact]
    public async Task A_thousand_aliases_are_refused()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: plan(id: \"plan_1\") {{ title }}"));

        using var response = await _client.SendAsync(PostQuery("{ " + aliases + " }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("alias", (await response.JsonAsync()).FirstErrorMessage(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, _store.Reads);
    }

    [Fact]
    public async Task A_page_of_a_million_is_refused_with_the_limit_named()
    {
        using var response = await _client.SendAsync(PostQuery("{ plans(first: 1000000) { totalCount } }"));

        var json = await response.JsonAsync();
        Assert.Contains("100", json.FirstErrorMessage());
        Assert.Equal(0, _store.Reads);
    }

    [Fact]
    public async Task A_ten_megabyte_body_is_refused_with_413()
    {
        var body = new byte[10 * 1024 * 1024];
        Array.Fill(body, (byte)' ');
        "{\"query\":\"{ plans { totalCount } }\"}"u8.CopyTo(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("REQUEST_TOO_LARGE", json.FirstErrorCode());
        Assert.Contains("Api:Limits:MaxRequestBodyBytes", json.FirstErrorMessage());
    }

    [Fact]
    public async Task A_ten_megabyte_body_without_content_length_is_refused_with_413()
    {
        var chunks = Enumerable.Repeat(new string(' ', 64 * 1024), 160);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new PushStreamBody("{\"query\":\"{ plans { totalCount } }\"" + string.Concat(chunks) + "}"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_query_that_outlasts_the_execution_timeout_gets_a_clear_timeout_error()
    {
        // The store ignores cancellation, so only the HTTP layer's own deadline can answer in time.
        _store.ReadDelay = TimeSpan.FromSeconds(5);

        using var response = await _client.SendAsync(PostQuery("{ plans { totalCount } }"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("TIMEOUT", json.FirstErrorCode());
        Assert.Contains("Api:Limits:ExecutionTimeout", json.FirstErrorMessage());
    }

    private static string Nest(int depth) =>
        string.Concat(Enumerable.Repeat("sections { edges { node { ", depth / 3)) + "title" + string.Concat(Enumerable.Repeat(" } } }", depth / 3));

    /// <summary>A body sent chunked (no Content-Length), as a streaming client would.</summary>
    private sealed class PushStreamBody(string text) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            for (var offset = 0; offset < bytes.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(64 * 1024, bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
