using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Tests.Fixtures;

/// <summary>Builds snapshots the way the importer does: nodes in label order, relationships in type order.</summary>
internal sealed class GraphBuilder
{
    private const string File = "001_73a71c25e4a637a2.txt";
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphEdge> _edges = [];
    private int _line = 1;

    public GraphNode Node(string label, string key, params (string Key, object? Value)[] props)
    {
        var properties = Props.Of(props);
        var quote = properties.GetString(SearchFields.MainOf(label)) ?? key;
        var line = _line++;
        var node = new GraphNode(NodeIds.For(label, key), label, properties, Provenance.Create(File, line, line + 1, quote));
        _nodes.Add(node);
        return node;
    }

    public GraphEdge Edge(string type, GraphNode from, GraphNode to, params (string Key, object? Value)[] props)
    {
        // As the importer does: a relationship carries the provenance of its source node.
        var edge = new GraphEdge(type, from.Id, to.Id, Props.Of(props), from.Provenance);
        _edges.Add(edge);
        return edge;
    }

    public GraphSnapshot Build() => new(
        _nodes.OrderBy(n => Labels.OrderOf(n.Label)).ToList(),
        _edges.OrderBy(e => RelationshipTypes.OrderOf(e.Type)).ToList());
}
