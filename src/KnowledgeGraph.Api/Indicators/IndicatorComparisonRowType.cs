using GraphQL.Types;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Indicators;

public sealed class IndicatorComparisonRowType : ObjectGraphType<IndicatorComparisonRow>
{
    public IndicatorComparisonRowType()
    {
        Name = "IndicatorComparisonRow";
        Description = "One plan's goal for the indicator, flattened for tables: printed values keep their marks, the *Value fields hold the numbers.";
        Field<PlanType>("plan").Description("The plan setting the goal.").Resolve(c => c.Source.Plan);
        Field<PlanLevelEnum>("level").Description("The plan's level.").Resolve(c => c.Source.Plan?.Props.GetString("level"));
        Field<StringGraphType>("region").Description("The plan's region.").Resolve(c => c.Source.Plan?.Props.GetString("region"));
        Field<NonNullGraphType<GoalType>>("goal").Description("The goal.").Resolve(c => c.Source.Goal);
        Text("text", "The goal as printed (the indicator's name in that plan).");
        Text("category", "The plan's category for the goal.");
        Text("baseline", "The baseline as printed.");
        Number("baselineValue", "The baseline as a number.");
        Whole("baselineYear", "The baseline year.");
        Text("target", "The target as printed.");
        Number("targetValue", "The target as a number.");
        Whole("targetYear", "The target year.");
        Text("growth", "The average annual growth as printed.");
        Text("unit", "The unit as printed in that plan.");
        Field<GoalAttributeEnum>("attribute").Description("EXPECTED or BINDING in that plan.").Resolve(c => c.Source.Goal.Props.GetString("attribute"));
    }

    private void Text(string name, string description) =>
        Field<StringGraphType>(name).Description(description).Resolve(c => c.Source.Goal.Props.GetString(name));

    private void Number(string name, string description) =>
        Field<FloatGraphType>(name).Description(description).Resolve(c => c.Source.Goal.Props.GetNumber(name));

    private void Whole(string name, string description) =>
        Field<IntGraphType>(name).Description(description).Resolve(c => c.Source.Goal.Props.GetNumber(name) is { } n ? (int?)n : null);
}
