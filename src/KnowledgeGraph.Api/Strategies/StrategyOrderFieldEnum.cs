using GraphQL.Types;

namespace KnowledgeGraph.Api.Strategies;

public sealed class StrategyOrderFieldEnum : EnumerationGraphType
{
    public StrategyOrderFieldEnum()
    {
        Name = "StrategyOrderField";
        Description = "Properties strategies can be sorted by.";
        Add("NAME", "name", "The strategy's normalised name.");
    }
}
