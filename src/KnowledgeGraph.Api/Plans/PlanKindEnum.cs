using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Plans;

public sealed class PlanKindEnum : EnumerationGraphType
{
    public PlanKindEnum()
    {
        Name = "PlanKind";
        Description = "What sort of plan it is.";
        Add(PlanKinds.FiveYear, PlanKinds.FiveYear, "A five-year plan (规划纲要), often with a long-range vision.");
        Add(PlanKinds.Special, PlanKinds.Special, "A special plan (专项规划) on one field.");
        Add(PlanKinds.Collection, PlanKinds.Collection, "A compilation of special plans; its parts are plans too (subPlans).");
    }
}
