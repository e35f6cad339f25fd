using GraphQL.Types;

namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>A page of nodes (Relay connection).</summary>
public sealed class NodeConnectionType<TNodeType> : ObjectGraphType<Connection<NodeEdge>>
    where TNodeType : IGraphType
{
    public NodeConnectionType()
    {
        var node = GraphTypeNames.Of(typeof(TNodeType));
        Name = node + "Connection";
        Description = $"A page of {node} nodes with Relay page information and the size of the whole list.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeEdgeType<TNodeType>>>>>("edges")
            .Description("The items of this page, in list order.")
            .Resolve(c => c.Source.Edges)
            .FieldType.Inner();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of this page without cursors, for clients that do not need them.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node))
            .FieldType.Inner();
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the list.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items the whole list holds.")
            .Resolve(c => c.Source.TotalCount);
    }
}
