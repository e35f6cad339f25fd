using KnowledgeGraph.Api.Common.Filtering;

namespace KnowledgeGraph.Api.Strategies;

public sealed class StrategyFilterInputType : FilterInputGraphType<StrategyFilterInputType>
{
    public StrategyFilterInputType()
        : base("StrategyFilter", "Conditions on strategies.")
    {
        Text("name", "The strategy's normalised name (一主六双, not 一主、六双).");
    }
}
