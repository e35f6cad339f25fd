using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Goals;

public sealed class GoalKindEnum : EnumerationGraphType
{
    public GoalKindEnum()
    {
        Name = "GoalKind";
        Description = "Where a goal comes from.";
        Add(GoalKinds.Indicator, GoalKinds.Indicator, "A row of an indicator table.");
        Add(GoalKinds.Qualitative, GoalKinds.Qualitative, "An aim stated in the text, such as “到2025年，…突破1000亿元”.");
    }
}
