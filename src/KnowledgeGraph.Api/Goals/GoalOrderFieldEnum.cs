using GraphQL.Types;

namespace KnowledgeGraph.Api.Goals;

public sealed class GoalOrderFieldEnum : EnumerationGraphType
{
    public GoalOrderFieldEnum()
    {
        Name = "GoalOrderField";
        Description = "Properties goals can be sorted by.";
        Add("TEXT", "text", "The goal's text.");
        Add("CATEGORY", "category", "The indicator-table category.");
        Add("TARGET_VALUE", "targetValue", "The target as a number.");
        Add("BASELINE_VALUE", "baselineValue", "The baseline as a number.");
        Add("TARGET_YEAR", "targetYear", "The target year.");
        Add("BASELINE_YEAR", "baselineYear", "The baseline year.");
        Add("ATTRIBUTE", "attribute", "EXPECTED or BINDING.");
    }
}
