using GraphQL.Types;

namespace KnowledgeGraph.Api.Indicators;

public sealed class IndicatorOrderFieldEnum : EnumerationGraphType
{
    public IndicatorOrderFieldEnum()
    {
        Name = "IndicatorOrderField";
        Description = "Properties indicators can be sorted by.";
        Add("NAME", "name", "The canonical name.");
        Add("UNIT", "unit", "The canonical unit.");
    }
}
