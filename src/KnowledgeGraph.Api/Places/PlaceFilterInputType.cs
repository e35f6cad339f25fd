using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Places;

public sealed class PlaceFilterInputType : FilterInputGraphType<PlaceFilterInputType>
{
    public PlaceFilterInputType()
        : base("PlaceFilter", "Conditions on places.")
    {
        Text("name", "The place's name.");
        Enum<PlaceKindEnum>("kind", "The kind of area.");
        Related<PlaceFilterInputType>("within", "The place lies within a place matching this filter (WITHIN).", RelationshipTypes.Within, EdgeDirection.Outgoing, Labels.Place);
        Related<PlanFilterInputType>("coveredBy", "A plan matching this filter covers the place (COVERS).", RelationshipTypes.Covers, EdgeDirection.Incoming, Labels.Plan);
        Related<ProjectFilterInputType>("hasProject", "A project matching this filter is located in the place (LOCATED_IN).", RelationshipTypes.LocatedIn, EdgeDirection.Incoming, Labels.Project);
    }
}
