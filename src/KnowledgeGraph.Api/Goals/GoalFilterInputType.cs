using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Indicators;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Strategies;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Goals;

public sealed class GoalFilterInputType : FilterInputGraphType<GoalFilterInputType>
{
    public GoalFilterInputType()
        : base("GoalFilter", "Conditions on goals.")
    {
        Text("text", "The goal's text.");
        Enum<GoalKindEnum>("kind", "Indicator-table row or stated aim.");
        Enum<GoalAttributeEnum>("attribute", "EXPECTED (预期性) or BINDING (约束性).");
        Text("category", "The indicator-table category (经济发展, 绿色发展…).");
        Text("unit", "The unit as printed.");
        Text("baseline", "The baseline as printed.");
        Text("target", "The target as printed.");
        Text("growth", "The growth rate as printed.");
        Number("targetValue", "The target as a number.");
        Number("targetMin", "The lower bound of a target printed as a range.");
        Number("targetMax", "The upper bound of a target printed as a range.");
        Number("baselineValue", "The baseline as a number.");
        Integer("targetYear", "The target year.");
        Integer("baselineYear", "The baseline year.");
        OnPlan<PlanFilterInputType>("The goal's plan matches this filter.");
        Related<IndicatorFilterInputType>("indicator", "The goal measures an indicator matching this filter (MEASURES).", RelationshipTypes.Measures, EdgeDirection.Outgoing, Labels.Indicator);
        Related<GoalFilterInputType>("alignsWith", "The goal serves a higher-level goal matching this filter (ALIGNS_WITH).", RelationshipTypes.AlignsWith, EdgeDirection.Outgoing, Labels.Goal);
        Related<GoalFilterInputType>("alignedFrom", "A lower-level goal matching this filter serves this goal (ALIGNS_WITH).", RelationshipTypes.AlignsWith, EdgeDirection.Incoming, Labels.Goal);
        Related<ProjectFilterInputType>("supportedBy", "A project matching this filter supports the goal (SUPPORTS).", RelationshipTypes.Supports, EdgeDirection.Incoming, Labels.Project);
        Related<StrategyFilterInputType>("refersTo", "The goal refers to a strategy matching this filter.", RelationshipTypes.RefersTo, EdgeDirection.Outgoing, Labels.Strategy);
        Related<PlaceFilterInputType>("mentionsPlace", "The goal mentions a place matching this filter.", RelationshipTypes.Mentions, EdgeDirection.Outgoing, Labels.Place);
        Related<AgencyFilterInputType>("mentionsAgency", "The goal mentions an agency matching this filter.", RelationshipTypes.Mentions, EdgeDirection.Outgoing, Labels.Agency);
    }
}
