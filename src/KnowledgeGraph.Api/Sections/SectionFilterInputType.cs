using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Strategies;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Sections;

public sealed class SectionFilterInputType : FilterInputGraphType<SectionFilterInputType>
{
    public SectionFilterInputType()
        : base("SectionFilter", "Conditions on sections.")
    {
        Text("number", "The heading number as printed (第三篇, 第二章, 第一节, 一、, （一）).");
        Text("title", "The heading text.");
        Integer("depth", "Nesting depth (1 = directly under the plan).");
        Integer("ordinal", "Position among its siblings.");
        OnPlan<PlanFilterInputType>("The section's plan matches this filter.");
        Related<GoalFilterInputType>("states", "The section states a goal matching this filter.", RelationshipTypes.States, EdgeDirection.Outgoing, Labels.Goal);
        Related<ProjectFilterInputType>("lists", "The section names a project matching this filter.", RelationshipTypes.Lists, EdgeDirection.Outgoing, Labels.Project);
        Related<PlaceFilterInputType>("mentionsPlace", "The section mentions a place matching this filter.", RelationshipTypes.Mentions, EdgeDirection.Outgoing, Labels.Place);
        Related<AgencyFilterInputType>("mentionsAgency", "The section mentions an agency matching this filter.", RelationshipTypes.Mentions, EdgeDirection.Outgoing, Labels.Agency);
        Related<StrategyFilterInputType>("refersTo", "The section refers to a strategy matching this filter.", RelationshipTypes.RefersTo, EdgeDirection.Outgoing, Labels.Strategy);
    }
}
