using GraphQL.Types;
using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Columns;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Indicators;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Sections;
using KnowledgeGraph.Api.Strategies;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class AggregateFilterInputType : InputObjectGraphType
{
    /// <summary>The field of this input that holds the filter for each label.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldByLabel = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Labels.Plan] = "plan",
        [Labels.Section] = "section",
        [Labels.Column] = "column",
        [Labels.Goal] = "goal",
        [Labels.Indicator] = "indicator",
        [Labels.Project] = "project",
        [Labels.Place] = "place",
        [Labels.Agency] = "agency",
        [Labels.Strategy] = "strategy",
        [Labels.Document] = "document",
    };

    public AggregateFilterInputType()
    {
        Name = "AggregateFilter";
        Description = "Which nodes Query.aggregate counts: set only the field of the label being counted.";
        Field<PlanFilterInputType>("plan").Description("Filter for label PLAN.");
        Field<SectionFilterInputType>("section").Description("Filter for label SECTION.");
        Field<ColumnFilterInputType>("column").Description("Filter for label COLUMN.");
        Field<GoalFilterInputType>("goal").Description("Filter for label GOAL.");
        Field<IndicatorFilterInputType>("indicator").Description("Filter for label INDICATOR.");
        Field<ProjectFilterInputType>("project").Description("Filter for label PROJECT.");
        Field<PlaceFilterInputType>("place").Description("Filter for label PLACE.");
        Field<AgencyFilterInputType>("agency").Description("Filter for label AGENCY.");
        Field<StrategyFilterInputType>("strategy").Description("Filter for label STRATEGY.");
        Field<DocumentFilterInputType>("document").Description("Filter for label DOCUMENT.");
    }
}
