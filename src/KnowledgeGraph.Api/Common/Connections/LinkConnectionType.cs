using GraphQL.Types;

namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>A page of linked nodes whose edges carry the relationship (Relay connection).</summary>
public sealed class LinkConnectionType<TNodeType> : ObjectGraphType<Connection<NodeEdge>>
    where TNodeType : IGraphType
{
    public LinkConnectionType()
    {
        var node = GraphTypeNames.Of(typeof(TNodeType));
        Name = node + "LinkConnection";
        Description = $"A page of linked {node} nodes; each edge carries the relationship's basis, confidence and provenance.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkEdgeType<TNodeType>>>>>("edges")
            .Description("The links of this page, in list order.")
            .Resolve(c => c.Source.Edges)
            .FieldType.Inner();
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the list.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many links the whole list holds.")
            .Resolve(c => c.Source.TotalCount);
    }
}
