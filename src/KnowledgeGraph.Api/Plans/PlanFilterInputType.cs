using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Plans;

public sealed class PlanFilterInputType : FilterInputGraphType<PlanFilterInputType>
{
    public PlanFilterInputType()
        : base("PlanFilter", "Conditions on plans.")
    {
        Text("title", "The plan's title.");
        Enum<PlanLevelEnum>("level", "The plan's level.");
        Enum<PlanKindEnum>("kind", "The plan's kind.");
        Text("region", "The region the plan covers (吉林省, 长春市, 二道区…).");
        Text("issuer", "The issuing body as printed.");
        Integer("periodStart", "First year of the plan period.");
        Integer("periodEnd", "Last year of the plan period.");
        Integer("visionYear", "Year of the long-range vision (2035).");
        Clause<IntGraphType>("activeIn", "The plan period includes this year.", (v, _) =>
        {
            var year = Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture);
            return new NodeFilter.And([
                new NodeFilter.PropertyRange("periodStart", null, year),
                new NodeFilter.PropertyRange("periodEnd", year, null),
            ]);
        });
        Related<PlaceFilterInputType>("covers", "The plan covers a place matching this filter.", RelationshipTypes.Covers, EdgeDirection.Outgoing, Labels.Place);
        Related<AgencyFilterInputType>("issuedBy", "The plan was issued by an agency matching this filter.", RelationshipTypes.IssuedBy, EdgeDirection.Outgoing, Labels.Agency);
        Related<PlanFilterInputType>("implements", "The plan implements a plan matching this filter.", RelationshipTypes.Implements, EdgeDirection.Outgoing, Labels.Plan);
        Related<PlanFilterInputType>("implementedBy", "A plan matching this filter implements this plan.", RelationshipTypes.Implements, EdgeDirection.Incoming, Labels.Plan);
        Related<PlanFilterInputType>("collection", "The plan is part of a compilation matching this filter.", RelationshipTypes.PartOf, EdgeDirection.Outgoing, Labels.Plan);
    }
}
