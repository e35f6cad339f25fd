using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Columns;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Sections;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Plans;

public sealed class PlanType : NodeGraphType
{
    public PlanType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Plan, "A plan: a five-year plan of a province, city, district or zone, a special plan, or a compilation of special plans.", options.Value)
    {
        Text("title", "The plan's title as printed (nullable like every title, so fragments on several labels can select it together).");
        Enum<PlanLevelEnum>("level", "The tier of government whose area the plan covers.");
        Enum<PlanKindEnum>("kind", "Five-year plan, special plan or compilation.");
        Text("region", "The area the plan covers, as named in the title (吉林省, 长春市, 二道区…).");
        Integer("periodStart", "First year of the plan period.");
        Integer("periodEnd", "Last year of the plan period.");
        Integer("visionYear", "Year of the long-range vision (远景目标), when the plan has one.");
        Text("issuer", "The issuing body as printed; see issuedBy for the Agency node.");
        Text("issuedOn", "The issue date as printed: a title page's month (2021-11), or the day a congress adopted the plan (2026-01-20).");

        Related<SectionType>("sections", "The plan's top-level sections (parts or chapters), in document order.",
            new RelationSpec(Rel.HasSection, EdgeDirection.Outgoing, Labels.Section, RelationOrder.Ordinal));
        PlanScoped<SectionType, SectionFilterInputType, SectionOrderFieldEnum>("allSections",
            "Every section of the plan at any depth; filter by depth to pick a level.", Labels.Section);
        PlanScoped<ColumnType, ColumnFilterInputType, ColumnOrderFieldEnum>("columns",
            "The boxed lists (专栏) and tables (表) of the plan.", Labels.Column);
        PlanScoped<GoalType, GoalFilterInputType, GoalOrderFieldEnum>("goals",
            "The goals the plan sets: indicator-table rows and stated aims.", Labels.Goal);
        PlanScoped<ProjectType, ProjectFilterInputType, ProjectOrderFieldEnum>("projects",
            "The projects the plan names.", Labels.Project);
        Related<PlanType>("subPlans", "For a compilation: the special plans it contains (PART_OF).",
            new RelationSpec(Rel.PartOf, EdgeDirection.Incoming, Labels.Plan));
        One<PlanType>("collection", "For a special plan inside a compilation: the compilation (PART_OF).",
            new RelationSpec(Rel.PartOf, EdgeDirection.Outgoing, Labels.Plan));
        Linked<PlanType>("implements", "Higher-level plans this plan implements (IMPLEMENTS, derived), most confident first.",
            new RelationSpec(Rel.Implements, EdgeDirection.Outgoing, Labels.Plan, RelationOrder.Confidence, FanOut: 2));
        Linked<PlanType>("implementedBy", "Lower-level plans implementing this plan (IMPLEMENTS, derived), most confident first.",
            new RelationSpec(Rel.Implements, EdgeDirection.Incoming, Labels.Plan, RelationOrder.Confidence));
        Related<NodeInterface>("cites", "Plans and documents this plan cites with 《…》 (CITES); nodes are Plan or Document.",
            new RelationSpec(Rel.Cites, EdgeDirection.Outgoing));
        Related<NodeInterface>("citedBy", "Plans and sections citing this plan (CITES); nodes are Plan or Section.",
            new RelationSpec(Rel.Cites, EdgeDirection.Incoming));
        Related<PlaceType>("covers", "The places that make up the plan's area (COVERS).",
            new RelationSpec(Rel.Covers, EdgeDirection.Outgoing, Labels.Place, FanOut: 3));
        Related<AgencyType>("issuedBy", "The bodies that issued the plan (ISSUED_BY).",
            new RelationSpec(Rel.IssuedBy, EdgeDirection.Outgoing, Labels.Agency, FanOut: 2));
        Linked<AgencyType>("ledBy", "The bodies the plan names as leading or coordinating its implementation (LED_BY), with their part as printed (role).",
            new RelationSpec(Rel.LedBy, EdgeDirection.Outgoing, Labels.Agency, FanOut: 2));
    }
}
