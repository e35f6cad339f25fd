using GraphQL.Types;

namespace KnowledgeGraph.Api.Agencies;

public sealed class AgencyOrderFieldEnum : EnumerationGraphType
{
    public AgencyOrderFieldEnum()
    {
        Name = "AgencyOrderField";
        Description = "Properties agencies can be sorted by.";
        Add("NAME", "name", "The agency's name.");
    }
}
