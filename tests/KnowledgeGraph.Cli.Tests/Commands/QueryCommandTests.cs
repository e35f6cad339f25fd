using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary><c>kg query</c> runs in-process against a graph file and prints the JSON result.</summary>
public sealed class QueryCommandTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kg-query-tests-").FullName;
    private FileInfo _db = null!;

    public async Task InitializeAsync()
    {
        _db = new FileInfo(Path.Combine(_directory, "graph.db"));
        var provenance = Provenance.Create("001.txt", 1, 1, "长春市国民经济和社会发展第十四个五年规划");
        var plan = new GraphNode("plan_1", Labels.Plan, Props.Of(("title", "长春市国民经济和社会发展第十四个五年规划"), ("level", "CITY")), provenance);
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = _db.FullName });
        await store.ReplaceAsync(new GraphSnapshot([plan], []), null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_query_prints_indented_json_with_chinese_unescaped_and_exits_0()
    {
        var (exit, output, _) = await RunAsync("query ($id: ID!) { plan(id: $id) { title level } }", """{"id": "plan_1"}""");

        Assert.Equal(0, exit);
        Assert.Equal(
            """
            {
              "data": {
                "plan": {
                  "title": "长春市国民经济和社会发展第十四个五年规划",
                  "level": "CITY"
                }
              }
            }
            """.ReplaceLineEndings(),
            output.TrimEnd().ReplaceLineEndings());
    }

    [Fact]
    public async Task A_result_with_errors_exits_1_and_still_prints_it()
    {
        var (exit, output, _) = await RunAsync("{ plans { noSuchField } }");

        Assert.Equal(1, exit);
        Assert.Contains("noSuchField", output);
    }

    [Theory]
    [InlineData("   ", null, "The query is empty")]
    [InlineData("{ plans { totalCount } }", "[1, 2]", "--variables must be a JSON object")]
    [InlineData("{ plans { totalCount } }", "{ nope", "--variables is not valid JSON")]
    [InlineData("@/no/such/file.graphql", null, "Query file not found")]
    public async Task Unusable_input_exits_2_with_a_message(string query, string? variables, string message)
    {
        var (exit, output, errors) = await RunAsync(query, variables);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, errors);
    }

    [Fact]
    public async Task A_missing_graph_file_exits_2()
    {
        var errors = new StringWriter();

        var exit = await QueryCommand.RunAsync("{ plans { totalCount } }", null, null, new FileInfo(Path.Combine(_directory, "missing.db")), new StringWriter(), errors, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("No graph file", errors.ToString());
    }

    [Fact]
    public async Task The_introspection_query_of_graphiql_is_answered_as_over_http()
    {
        var (exit, output, _) = await RunAsync(ClientQueries.GraphiQLIntrospection);

        Assert.Equal(0, exit);
        var types = System.Text.Json.Nodes.JsonNode.Parse(output)!["data"]!["__schema"]!["types"]!.AsArray();
        Assert.Contains(types, t => (string?)t!["name"] == "Plan");
        Assert.Contains(types, t => (string?)t!["name"] == "Trace");
    }

    [Fact]
    public async Task Nested_type_walking_introspection_is_refused_as_too_complex()
    {
        var (exit, output, _) = await RunAsync("{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }");

        Assert.Equal(1, exit);
        Assert.Contains("complex", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"data\"", output, StringComparison.Ordinal);
    }


    private async Task<(int Exit, string Output, string Errors)> RunAsync(string query, string? variables = null)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await QueryCommand.RunAsync(query, variables, null, _db, output, errors, CancellationToken.None);
        return (exit, output.ToString(), errors.ToString());
    }
}
