using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Tests.Shared;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The README's GraphQL examples, run as printed against the bundled plans: the answers it shows
/// are the answers the API gives.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed partial class ReadmeExampleTests(CorpusFixture fixture)
{
    /// <summary>The query block of the example after <paramref name="marker"/> (the one after <paramref name="skip"/> others) and the block showing its answer.</summary>
    private static (string Query, string Answer) Example(string marker, int skip = 0)
    {
        var blocks = ReadmeBlocks.After(marker, 2 * skip + 2);
        return (blocks[^2], blocks[^1]);
    }

    private async Task<JObject> Run(string query)
    {
        await using var api = new TestApi(fixture.Store);
        return await api.DataAsync(query);
    }

    /// <summary>Runs the example after <paramref name="marker"/>: the API's data and the answer's lines.</summary>
    private async Task<(JObject Data, string[] Lines)> RunExample(string marker, int skip = 0)
    {
        var (query, answer) = Example(marker, skip);
        return (await Run(query), answer.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^(?<score>\d+\.\d\d)\s+(?<snippet>\S+)\s+(?<title>\S+)$")]
    private static partial Regex SearchLine();

    [Fact]
    public async Task The_search_example()
    {
        var (data, lines) = await RunExample("**Chinese full-text search**");
        Assert.Equal(lines[0], $"totalCount {data["search"]!["totalCount"]}");
        var edges = (JArray)data["search"]!["edges"]!;
        Assert.Equal(lines.Length - 1, edges.Count);
        for (var i = 1; i < lines.Length; i++)
        {
            var m = SearchLine().Match(lines[i]);
            Assert.True(m.Success, lines[i]);
            var edge = edges[i - 1];
            Assert.Equal(m.Groups["score"].Value, ((double)edge["score"]!).ToString("0.00", CultureInfo.InvariantCulture));
            Assert.Equal(m.Groups["snippet"].Value, (string)edge["snippet"]!);
            Assert.Equal(m.Groups["title"].Value, (string)edge["node"]!["plan"]!["title"]!);
        }
    }

    [Fact]
    public async Task The_aggregation_examples()
    {
        var (goals, lines) = await RunExample("**Aggregations**");
        Assert.Equal(lines[0], $"total {goals["aggregate"]!["total"]}");
        Assert.Equal(lines.Skip(1).Select(l => l.Trim().Split(' ')[0]), goals.Strings("$.aggregate.buckets[*].count"));

        var (projectsQuery, projectsAnswer) = Example("**Aggregations**", skip: 1);
        var projects = await Run(projectsQuery);
        var printed = projectsAnswer.Trim().TrimEnd('…', ' ', '·').Split([": ", " · "], StringSplitOptions.None);
        Assert.Equal(printed[0], $"total {projects["aggregate"]!["total"]}");
        var buckets = projects.Strings("$.aggregate.buckets[*].key").Zip(projects.Strings("$.aggregate.buckets[*].count"), (k, c) => $"{k} {c}");
        Assert.Equal(printed.Skip(1), buckets.Take(printed.Length - 1));
    }

    [Fact]
    public async Task The_relationship_filter_example()
    {
        var (query, answer) = Example("**Projects in district plans that serve a measure**");
        var data = await Run(query);
        var printed = JObject.Parse(answer)["data"]!;
        Assert.True(JToken.DeepEquals(printed, data), data.ToString());
    }

    [Fact]
    public async Task The_trace_example()
    {
        var (query, answer) = Example("**Tracing across levels**");
        var data = await Run(query);
        var first = answer.Split('\n')[0];
        var nodes = ((long)data["trace"]!["nodesSearched"]!).ToString("N0", CultureInfo.InvariantCulture);
        var paths = ((JArray)data["trace"]!["paths"]!).Count;
        Assert.Equal($"truncated {((bool)data["trace"]!["truncated"]!).ToString().ToLowerInvariant()} · nodesSearched {nodes} · {paths} paths, e.g.", first);
        // The API reference tells the same example.
        var reference = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "graphql.md"));
        Assert.Contains($"finds {paths} paths ({nodes} nodes searched)", reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_indicator_comparison_example()
    {
        var (query, _) = Example("**One indicator's targets across levels**");
        var data = await Run(query);
        // The table under the query: level, region, printed text and target, row by row.
        var table = ReadmeBlocks.Text[ReadmeBlocks.Text.IndexOf("| level | region | text (as printed) |", StringComparison.Ordinal)..];
        var rows = table.Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.Equal(rows.Select(r => r[1]), data.Strings("$.compareIndicator.rows[*].level"));
        Assert.Equal(rows.Select(r => r[2]), data.Strings("$.compareIndicator.rows[*].region"));
        Assert.Equal(rows.Select(r => r[3]), data.Strings("$.compareIndicator.rows[*].text"));
        Assert.Equal(rows.Select(r => r[5]), data.Strings("$.compareIndicator.rows[*].target"));
    }
}
