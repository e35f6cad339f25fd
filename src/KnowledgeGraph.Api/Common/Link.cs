using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common;

/// <summary>A relationship seen from one of its ends: <see cref="Outgoing"/> when that end is its start.</summary>
public readonly record struct Link(GraphEdge Edge, bool Outgoing)
{
    public string OtherId => Outgoing ? Edge.To : Edge.From;
}
