using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>An item of a relationship list that exposes the relationship itself: its basis, confidence and source text.</summary>
public sealed class LinkEdgeType<TNodeType> : ObjectGraphType<NodeEdge>
    where TNodeType : IGraphType
{
    public LinkEdgeType()
    {
        var node = GraphTypeNames.Of(typeof(TNodeType));
        Name = node + "LinkEdge";
        Description = $"One linked {node}, with the relationship that links it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position of this item; pass it as 'after' to continue after it.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The linked {node}.")
            .Resolve(c => c.Source.Node);
        Field<NonNullGraphType<RelationshipTypeEnum>>("relationship").Description("The relationship type.")
            .Resolve(c => c.Source.Link?.Type);
        Field<NonNullGraphType<LinkDirectionEnum>>("direction").Description("Which way the relationship points, seen from the listing node.")
            .Resolve(c => c.Source.Outgoing ? LinkDirectionEnum.Outgoing : LinkDirectionEnum.Incoming);
        Field<StringGraphType>("basis").Description("How a derived link was made (indicator, strategy:一主六双, name…); null for stated links.")
            .Resolve(c => c.Source.Link?.Props.GetString(LinkProps.Basis));
        Field<FloatGraphType>("confidence").Description("Confidence of a derived link, 0–1; null for stated links.")
            .Resolve(c => c.Source.Link?.Props.GetNumber(LinkProps.Confidence));
        Field<StringGraphType>("role").Description("A leading body's part as printed (LED_BY: 牵头, 负责组织实施); null for other links.")
            .Resolve(c => c.Source.Link?.Props.GetString(LinkProps.Role));
        Field<ProvenanceType>("provenance").Description("The text that states the relationship (for a derived link, the text of its source end).")
            .Resolve(c => c.Source.Link?.Provenance);
    }
}
