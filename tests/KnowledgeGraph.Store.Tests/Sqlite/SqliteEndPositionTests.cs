using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Tests.Fixtures;

namespace KnowledgeGraph.Store.Tests.Sqlite;

/// <summary>A snapshot's end positions only spare lookups: right, wrong or absent, the stored graph is the same.</summary>
public sealed class SqliteEndPositionTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public static TheoryData<string> Hints => ["right", "shifted", "out of range", "too few"];

    [Theory]
    [MemberData(nameof(Hints))]
    public async Task The_stored_graph_and_its_version_do_not_depend_on_the_hints(string hints)
    {
        var graph = PlanGraph.Build();
        var plain = await StoreAndRead(graph, "plain.db");

        var hinted = await StoreAndRead(graph with { EndPositions = Hint(graph, hints) }, "hinted.db");

        Assert.Equal(Export.Bytes(graph), Export.Bytes(hinted.Graph));
        Assert.Equal(plain.Version, hinted.Version);
    }

    [Fact]
    public async Task A_hint_to_an_existing_node_does_not_hide_a_relationship_end_the_graph_lacks()
    {
        var graph = PlanGraph.Build();
        var edges = graph.Edges.ToList();
        edges[0] = edges[0] with { To = NodeIds.For(Labels.Place, "nowhere") };
        var broken = new GraphSnapshot(graph.Nodes, edges) { EndPositions = Hint(graph, "right") };
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = _directory.File("broken.db") });

        var error = await Assert.ThrowsAsync<InvalidGraphException>(() => store.ReplaceAsync(broken, null, CancellationToken.None));

        Assert.Contains($"ends at '{NodeIds.For(Labels.Place, "nowhere")}', which is not a node of the graph", error.Message, StringComparison.Ordinal);
    }

    private static (int From, int To)[] Hint(GraphSnapshot graph, string kind)
    {
        var position = graph.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var right = graph.Edges.Select(e => (position[e.From], position[e.To])).ToArray();
        var count = graph.Nodes.Count;
        return kind switch
        {
            "right" => right,
            "shifted" => right.Select(p => ((p.Item1 + 1) % count, (p.Item2 + 3) % count)).ToArray(),
            "out of range" => right.Select(p => (-1 - p.Item1, count + p.Item2)).ToArray(),
            "too few" => right[..(right.Length / 2)],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private async Task<(GraphSnapshot Graph, string? Version)> StoreAndRead(GraphSnapshot graph, string file)
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = _directory.File(file) });
        await store.ReplaceAsync(graph, null, CancellationToken.None);
        return (await store.ReadAllAsync(CancellationToken.None), await store.GetVersionAsync(CancellationToken.None));
    }

    public void Dispose() => _directory.Dispose();
}
