using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Indicators;

/// <summary>One indicator's goals lined up by plan level.</summary>
public sealed record IndicatorComparison(GraphNode Indicator, IReadOnlyList<IndicatorComparisonRow> Rows);

/// <summary>A goal measuring the indicator and the plan that sets it (null when the goal has no plan).</summary>
public sealed record IndicatorComparisonRow(GraphNode Goal, GraphNode? Plan);
