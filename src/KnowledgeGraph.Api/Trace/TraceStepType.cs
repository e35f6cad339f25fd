using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Common;

namespace KnowledgeGraph.Api.Trace;

public sealed class TraceStepType : ObjectGraphType<TraceStep>
{
    public TraceStepType()
    {
        Name = "TraceStep";
        Description = "A node reached by a trace, the link that reached it from its parent step, and the steps reached from it.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node reached.")
            .Resolve(c => c.Source.Node);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Links from the start node: 0 for the start, 1 for its neighbours, …")
            .Resolve(c => c.Source.Depth);
        Field<IdGraphType>("parentId").Description("Id of the parent step's node; null for the start.")
            .Resolve(c => c.Source.Parent?.Node.Id);
        Field<RelationshipTypeEnum>("relationship").Description("Type of the link from the parent; null for the start.")
            .Resolve(c => c.Source.Link?.Type);
        Field<LinkDirectionEnum>("direction").Description("OUTGOING when the link points from the parent to this node, INCOMING when it points from this node to the parent; null for the start.")
            .Resolve(c => c.Source.Link is null ? null : c.Source.Outgoing ? LinkDirectionEnum.Outgoing : LinkDirectionEnum.Incoming);
        Field<StringGraphType>("basis").Description("How a derived link was made (indicator, strategy:一主六双, name…); null for stated links and the start.")
            .Resolve(c => c.Source.Link?.Props.GetString(LinkProps.Basis));
        Field<FloatGraphType>("confidence").Description("Confidence of a derived link, 0–1; null for stated links and the start.")
            .Resolve(c => c.Source.Link?.Props.GetNumber(LinkProps.Confidence));
        Field<ProvenanceType>("linkProvenance").Description("The text stating the link from the parent; null for the start.")
            .Resolve(c => c.Source.Link?.Provenance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TraceStepType>>>>("children")
            .Description("The steps reached from this node, in order: by relationship type, then by position in the documents.")
            .Resolve(c => c.Source.Children)
            // A trace holds at most MaxTraceNodes steps in all, so a nested selection must not be priced as 20^depth.
            .FieldType.WithComplexityImpact(1, 2);
    }
}
