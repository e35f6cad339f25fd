using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Text;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Replaces the graph in one explicit transaction: delete everything, create the nodes and then
/// the relationships in parameterised UNWIND batches, write the GraphMeta node, commit. Any
/// failure (or cancellation) rolls the transaction back, so readers keep the previous graph.
/// The whole graph is one transaction: the server's transaction memory must hold it.
/// </summary>
internal sealed class Neo4jWriter(Neo4jQueryClient client, int batchSize)
{
    public async Task ReplaceAsync(GraphSnapshot graph, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        // Check the whole graph before touching the server: a bad graph never opens a transaction.
        var (nodeRows, edgeRows, meta) = Encode(graph);
        foreach (var statement in Neo4jNames.Schema)
        {
            await client.RunAsync(new Cypher(statement), cancellationToken).ConfigureAwait(false);
        }

        var transaction = await client.BeginAsync(
            new Cypher($"MATCH (n:{Neo4jNames.NodeLabel}) DETACH DELETE n"), cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteBatches(transaction, graph.Nodes, nodeRows, n => n.Label, NodeStatement, "nodes", progress, cancellationToken)
                .ConfigureAwait(false);
            await WriteBatches(transaction, graph.Edges, edgeRows, e => e.Type, EdgeStatement, "edges", progress, cancellationToken)
                .ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(meta, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Best effort: an abandoned transaction also expires on the server by itself.
            try
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception rollback) when (rollback is Neo4jException or TimeoutException or HttpRequestException)
            {
                System.Diagnostics.Trace.TraceWarning($"rolling back the Neo4j import failed: {rollback.Message}");
            }
            throw;
        }
    }

    private static string NodeStatement(string label) =>
        $"UNWIND $rows AS row CREATE (n:{Neo4jNames.NodeLabel}:{CypherFilterTranslator.Label(label)}) SET n = row";

    private static string EdgeStatement(string type) =>
        $"UNWIND $rows AS row MATCH (a:{Neo4jNames.NodeLabel} {{id: row.from}}) MATCH (b:{Neo4jNames.NodeLabel} {{id: row.to}}) " +
        $"CREATE (a)-[r:{CypherFilterTranslator.Type(type)}]->(b) SET r = row.props";

    /// <summary>Sends runs of one label (or type) in batches; labels and types go into the text, rows are a parameter.</summary>
    private async Task WriteBatches<T>(
        Neo4jTransaction transaction, IReadOnlyList<T> items, IReadOnlyList<Dictionary<string, object?>> rows,
        Func<T, string> kind, Func<string, string> statement, string stage,
        IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var start = 0;
        while (start < items.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new StoreProgress(stage, start, items.Count));
            var current = kind(items[start]);
            var end = start;
            while (end < items.Count && end - start < batchSize && kind(items[end]) == current) end++;
            var batch = new List<Dictionary<string, object?>>(end - start);
            for (var i = start; i < end; i++) batch.Add(rows[i]);
            await transaction.RunAsync(
                new Cypher(statement(current), new Dictionary<string, object?> { ["rows"] = batch }), cancellationToken)
                .ConfigureAwait(false);
            start = end;
        }
        progress?.Report(new StoreProgress(stage, items.Count, items.Count));
    }

    private static (List<Dictionary<string, object?>> Nodes, List<Dictionary<string, object?>> Edges, Cypher Meta) Encode(GraphSnapshot graph)
    {
        using var encoder = new GraphEncoder(graph, checkEdgeKeys: true);
        var statistics = new StatisticsBuilder();
        var nodes = new List<Dictionary<string, object?>>(graph.Nodes.Count);
        for (var seq = 0; seq < graph.Nodes.Count; seq++)
        {
            encoder.EncodeNode(seq);
            var node = graph.Nodes[seq];
            statistics.AddNode(node, node.Label == Labels.Plan ? node.Id : node.Props.GetString("planId"));
            var row = Flatten(node.Props, node.Provenance, seq, $"node '{node.Id}'");
            row[Neo4jNames.Id] = node.Id;
            var main = node.Props.GetString(SearchFields.MainOf(node.Label));
            var secondary = SearchFields.SecondaryOf(node.Label) is { } field ? node.Props.GetString(field) : null;
            if (main is not null) row[Neo4jNames.SearchMain] = SearchText.ToIndexText(main);
            if (secondary is not null) row[Neo4jNames.SearchSecondary] = SearchText.ToIndexText(secondary);
            nodes.Add(row);
        }
        var edges = new List<Dictionary<string, object?>>(graph.Edges.Count);
        for (var seq = 0; seq < graph.Edges.Count; seq++)
        {
            var edge = graph.Edges[seq];
            encoder.EncodeEdge(seq, edge);
            statistics.AddEdge(edge);
            edges.Add(new Dictionary<string, object?>
            {
                ["from"] = edge.From,
                ["to"] = edge.To,
                ["props"] = Flatten(edge.Props, edge.Provenance, seq, $"{edge.Type} relationship from '{edge.From}' to '{edge.To}'"),
            });
        }
        var meta = new Cypher(
            $"MATCH (m:{Neo4jNames.MetaLabel}) DELETE m WITH count(*) AS removed " +
            $"CREATE (:{Neo4jNames.MetaLabel} {{version: $version, format: 1, nodeCount: $nodes, edgeCount: $edges, statistics: $statistics}})",
            new Dictionary<string, object?>
            {
                ["version"] = encoder.FinishVersion(),
                ["nodes"] = (long)graph.Nodes.Count,
                ["edges"] = (long)graph.Edges.Count,
                ["statistics"] = JsonSerializer.Serialize(statistics.Build(), StatisticsJson.Options),
            });
        return (nodes, edges, meta);
    }

    private static Dictionary<string, object?> Flatten(Props props, Provenance provenance, int seq, string what)
    {
        var row = new Dictionary<string, object?>(props.Count + 6, StringComparer.Ordinal);
        foreach (var (key, value) in props)
        {
            if (Neo4jNames.Reserved.Contains(key))
            {
                throw new InvalidGraphException($"{what} has a property '{key}', a name the Neo4j store keeps for itself");
            }
            row[key] = value;
        }
        row[Neo4jNames.Seq] = (long)seq;
        row[Neo4jNames.File] = provenance.File;
        row[Neo4jNames.LineStart] = (long)provenance.LineStart;
        row[Neo4jNames.LineEnd] = (long)provenance.LineEnd;
        row[Neo4jNames.Quote] = provenance.Quote;
        return row;
    }
}
