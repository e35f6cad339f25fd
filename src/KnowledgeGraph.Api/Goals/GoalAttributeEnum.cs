using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Goals;

public sealed class GoalAttributeEnum : EnumerationGraphType
{
    public GoalAttributeEnum()
    {
        Name = "GoalAttribute";
        Description = "How binding a goal is, as the indicator table states it.";
        Add(GoalAttributes.Expected, GoalAttributes.Expected, "预期性: an expected, guiding target.");
        Add(GoalAttributes.Binding, GoalAttributes.Binding, "约束性: a binding target the government must meet.");
    }
}
