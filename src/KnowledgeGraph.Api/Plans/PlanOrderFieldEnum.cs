using GraphQL.Types;

namespace KnowledgeGraph.Api.Plans;

public sealed class PlanOrderFieldEnum : EnumerationGraphType
{
    public PlanOrderFieldEnum()
    {
        Name = "PlanOrderField";
        Description = "Properties plans can be sorted by.";
        Add("TITLE", "title", "The plan's title.");
        Add("LEVEL", "level", "The level name (alphabetical: CITY, DISTRICT, PROVINCE, ZONE).");
        Add("REGION", "region", "The region name.");
        Add("PERIOD_START", "periodStart", "First year of the plan period.");
        Add("PERIOD_END", "periodEnd", "Last year of the plan period.");
        Add("ISSUED_ON", "issuedOn", "Issue date as printed.");
    }
}
