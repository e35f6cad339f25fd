using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Places;

public sealed class PlaceType : NodeGraphType
{
    public PlaceType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Place, "An administrative area, development zone, park or corridor.", options.Value)
    {
        RequiredText("name", "The place's name.");
        Enum<PlaceKindEnum>("kind", "The kind of area.");
        Related<PlaceType>("within", "The areas containing this place (WITHIN).",
            new RelationSpec(Rel.Within, EdgeDirection.Outgoing, Labels.Place, FanOut: 2));
        Related<PlaceType>("contains", "The areas this place contains (WITHIN).",
            new RelationSpec(Rel.Within, EdgeDirection.Incoming, Labels.Place));
        Related<PlanType>("plans", "The plans covering this place (COVERS).",
            new RelationSpec(Rel.Covers, EdgeDirection.Incoming, Labels.Plan));
        Related<ProjectType>("projects", "The projects located here (LOCATED_IN).",
            new RelationSpec(Rel.LocatedIn, EdgeDirection.Incoming, Labels.Project));
        Related<NodeInterface>("mentionedBy", "Sections, goals and projects mentioning this place (MENTIONS).",
            new RelationSpec(Rel.Mentions, EdgeDirection.Incoming));
    }
}
