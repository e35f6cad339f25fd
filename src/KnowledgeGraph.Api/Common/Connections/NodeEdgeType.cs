using GraphQL.Types;

namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>An item of a plain node list: the node and its cursor.</summary>
public sealed class NodeEdgeType<TNodeType> : ObjectGraphType<NodeEdge>
    where TNodeType : IGraphType
{
    public NodeEdgeType()
    {
        var node = GraphTypeNames.Of(typeof(TNodeType));
        Name = node + "Edge";
        Description = $"One {node} in a list, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position of this item; pass it as 'after' to continue after it.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {node}.")
            .Resolve(c => c.Source.Node);
    }
}
