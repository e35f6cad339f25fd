using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static KnowledgeGraph.Api.Tests.Http.HttpTestClient;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>Status codes and media types of the GraphQL-over-HTTP spec.</summary>
public sealed class GraphQLOverHttpTests : IAsyncLifetime
{
    private const string PlansQuery = "{ plans { totalCount edges { node { id title level } } } }";

    private readonly ApiFactory _factory = new(new InMemoryGraphStore(SampleGraph.Create()));
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Post_runs_the_query_and_answers_graphql_response_json_with_chinese_unescaped()
    {
        using var response = await _client.SendAsync(PostQuery(PlansQuery));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            """{"data":{"plans":{"totalCount":1,"edges":[{"node":{"id":"plan_1","title":"长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要","level":"CITY"}}]}}}""",
            body);
    }

    [Fact]
    public async Task Get_runs_a_query_from_the_query_string_with_variables()
    {
        using var response = await _client.SendAsync(Get(
            "query Plan($id: ID!) { plan(id: $id) { title region } }", variables: """{"id":"plan_1"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("长春市", (string?)json["data"]!["plan"]!["region"]);
    }

    [Fact]
    public async Task Get_with_a_mutation_is_405_with_allow_post()
    {
        using var response = await _client.SendAsync(Get("mutation { importPlans }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        var json = await response.JsonAsync();
        Assert.Equal("METHOD_NOT_ALLOWED", json.FirstErrorCode());
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Malformed_json_is_400(string body)
    {
        using var response = await _client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("INVALID_JSON", json.FirstErrorCode());
    }

    [Theory]
    [InlineData("""{"query": 42}""", "'query' must be a string.")]
    [InlineData("""{"query": "{ plans { totalCount } }", "variables": [1]}""", "'variables' must be a JSON object.")]
    [InlineData("""[{"query": "{ plans { totalCount } }"}]""", "Batched requests (a JSON array) are not supported; send one request object.")]
    [InlineData("""{"operationName": "Plans"}""", "The request has no query: send {\"query\": \"{ … }\"} (POST) or ?query=… (GET).")]
    public async Task Unusable_requests_are_400_with_a_clear_message(string body, string message)
    {
        using var response = await _client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public async Task Validation_errors_are_400()
    {
        using var response = await _client.SendAsync(PostQuery("{ plans { noSuchField } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        var json = await response.JsonAsync();
        Assert.Null(json["data"]);
        Assert.Contains("noSuchField", json.FirstErrorMessage());
    }

    [Fact]
    public async Task Syntax_errors_are_400()
    {
        using var response = await _client.SendAsync(PostQuery("{ plans { totalCount "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]);
    }

    [Fact]
    public async Task Legacy_application_json_gets_200_for_validation_errors_as_the_spec_asks()
    {
        using var response = await _client.SendAsync(PostQuery("{ plans { noSuchField } }", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        Assert.Contains("noSuchField", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Unsupported_content_types_are_415(string contentType)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ plans { totalCount } }"}""", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_post_without_content_type_is_415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{}"u8.ToArray()) };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "application/graphql-response+json")]
    [InlineData("*/*", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/*", "application/graphql-response+json")]
    public async Task The_response_media_type_follows_accept(string? accept, string expected)
    {
        using var response = await _client.SendAsync(PostQuery(PlansQuery, accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    public async Task An_accept_header_without_a_json_type_is_406(string accept)
    {
        using var response = await _client.SendAsync(PostQuery(PlansQuery, accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Health_reports_the_store_and_the_graph_version()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("Healthy", (string?)json["status"]);
        Assert.Equal(true, (bool?)json["checks"]!["store"]!["reachable"]);
        Assert.Equal("v", (string?)json["checks"]!["store"]!["graphVersion"]);
    }

    [Fact]
    public async Task The_root_redirects_to_the_ide()
    {
        using var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.ToString());
    }
}
