using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Agencies;

public sealed class AgencyType : NodeGraphType
{
    public AgencyType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Agency, "A government body or organisation named as issuer, lead or partner.", options.Value)
    {
        RequiredText("name", "The agency's name.");
        Related<PlanType>("issuedPlans", "Plans this agency issued (ISSUED_BY).",
            new RelationSpec(Rel.IssuedBy, EdgeDirection.Incoming, Labels.Plan));
        Related<ProjectType>("ledProjects", "Projects this agency leads (LED_BY).",
            new RelationSpec(Rel.LedBy, EdgeDirection.Incoming, Labels.Project));
        Linked<PlanType>("ledPlans", "Plans whose implementation this agency leads or coordinates (LED_BY), with its part as printed (role).",
            new RelationSpec(Rel.LedBy, EdgeDirection.Incoming, Labels.Plan));
        Related<NodeInterface>("mentionedBy", "Sections, goals and projects mentioning this agency (MENTIONS).",
            new RelationSpec(Rel.Mentions, EdgeDirection.Incoming));
    }
}
