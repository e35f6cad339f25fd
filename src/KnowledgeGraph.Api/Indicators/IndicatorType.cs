using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Indicators;

public sealed class IndicatorType : NodeGraphType
{
    public IndicatorType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Indicator, "A canonical measure shared by goals at several levels (地区生产总值增长, 森林覆盖率…); use Query.compareIndicator to line its targets up by level.", options.Value)
    {
        RequiredText("name", "The canonical name.");
        Text("unit", "The canonical unit.");
        Related<GoalType>("goals", "The goals measuring this indicator, in every plan (MEASURES).",
            new RelationSpec(RelationshipTypes.Measures, EdgeDirection.Incoming, Labels.Goal));
    }
}
