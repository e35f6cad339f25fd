using KnowledgeGraph.Api.Common.Filtering;

namespace KnowledgeGraph.Api.Agencies;

public sealed class AgencyFilterInputType : FilterInputGraphType<AgencyFilterInputType>
{
    public AgencyFilterInputType()
        : base("AgencyFilter", "Conditions on agencies.")
    {
        Text("name", "The agency's name.");
    }
}
