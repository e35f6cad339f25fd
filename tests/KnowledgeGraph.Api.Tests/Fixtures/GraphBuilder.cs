using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Tests.Fixtures;

/// <summary>Builds a snapshot with ids made the importer's way (label + key through NodeIds.For).</summary>
internal sealed class GraphBuilder
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphEdge> _edges = [];

    public GraphNode Node(string label, string key, string file, int line, string quote, params (string Key, object? Value)[] props)
    {
        var node = new GraphNode(NodeIds.For(label, key), label, Props.Of(props), Provenance.Create(file, line, line, quote));
        _nodes.Add(node);
        return node;
    }

    public void Edge(string type, GraphNode from, GraphNode to, params (string Key, object? Value)[] props)
    {
        // A relationship keeps the text that states it: for structure (a chapter holding a section, a
        // table holding a row) that is the child's own text; otherwise the text of the source end.
        var stated = type is RelationshipTypes.HasSection or RelationshipTypes.HasColumn or RelationshipTypes.States or RelationshipTypes.Lists
            ? to.Provenance
            : from.Provenance;
        _edges.Add(new GraphEdge(type, from.Id, to.Id, Props.Of(props), stated));
    }

    public void Derived(string type, GraphNode from, GraphNode to, string basis, double confidence) =>
        Edge(type, from, to, ("basis", basis), ("confidence", confidence));

    public GraphSnapshot Build() => new(
        _nodes.OrderBy(n => Labels.OrderOf(n.Label)).ToList(),
        _edges.OrderBy(e => RelationshipTypes.OrderOf(e.Type)).ToList());
}
