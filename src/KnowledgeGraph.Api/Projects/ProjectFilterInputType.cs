using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Strategies;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Projects;

public sealed class ProjectFilterInputType : FilterInputGraphType<ProjectFilterInputType>
{
    public ProjectFilterInputType()
        : base("ProjectFilter", "Conditions on projects.")
    {
        Text("name", "The project's name.");
        Text("description", "The project's description.");
        OnPlan<PlanFilterInputType>("The project's plan matches this filter.");
        Related<GoalFilterInputType>("supports", "The project supports a goal matching this filter (SUPPORTS).", RelationshipTypes.Supports, EdgeDirection.Outgoing, Labels.Goal);
        Related<PlaceFilterInputType>("locatedIn", "The project is located in a place matching this filter (LOCATED_IN).", RelationshipTypes.LocatedIn, EdgeDirection.Outgoing, Labels.Place);
        Related<AgencyFilterInputType>("ledBy", "The project is led by an agency matching this filter (LED_BY).", RelationshipTypes.LedBy, EdgeDirection.Outgoing, Labels.Agency);
        Related<PlaceFilterInputType>("mentionsPlace", "The project mentions a place matching this filter.", RelationshipTypes.Mentions, EdgeDirection.Outgoing, Labels.Place);
        Related<StrategyFilterInputType>("refersTo", "The project refers to a strategy matching this filter.", RelationshipTypes.RefersTo, EdgeDirection.Outgoing, Labels.Strategy);
        Related<ProjectFilterInputType>("sameAs", "The project is the same as a project (of another plan) matching this filter (SAME_AS, either direction).", RelationshipTypes.SameAs, EdgeDirection.Both, Labels.Project);
    }
}
