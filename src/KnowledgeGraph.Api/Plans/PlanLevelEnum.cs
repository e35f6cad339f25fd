using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Plans;

public sealed class PlanLevelEnum : EnumerationGraphType
{
    public PlanLevelEnum()
    {
        Name = "PlanLevel";
        Description = "The tier of government whose area a plan covers.";
        Add(PlanLevels.Province, PlanLevels.Province, "A province (省).");
        Add(PlanLevels.City, PlanLevels.City, "A city (市).");
        Add(PlanLevels.District, PlanLevels.District, "A district or county (区/县).");
        Add(PlanLevels.Zone, PlanLevels.Zone, "A development zone or resort area (开发区/度假区), ranked with districts.");
    }
}
