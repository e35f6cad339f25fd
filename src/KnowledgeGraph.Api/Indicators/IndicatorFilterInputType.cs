using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Indicators;

public sealed class IndicatorFilterInputType : FilterInputGraphType<IndicatorFilterInputType>
{
    public IndicatorFilterInputType()
        : base("IndicatorFilter", "Conditions on indicators.")
    {
        Text("name", "The canonical name (地区生产总值增长, 森林覆盖率…).");
        Text("unit", "The canonical unit.");
        Related<GoalFilterInputType>("measuredBy", "A goal matching this filter measures the indicator (MEASURES).", RelationshipTypes.Measures, EdgeDirection.Incoming, Labels.Goal);
    }
}
