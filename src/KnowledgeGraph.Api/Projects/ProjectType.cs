using GraphQL.Types;
using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Columns;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Api.Sections;
using KnowledgeGraph.Api.Strategies;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Projects;

public sealed class ProjectType : NodeGraphType
{
    public ProjectType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Project, "A named project or programme, from a 专栏 list or the text of a plan.", options.Value)
    {
        RequiredText("name", "The project's name as printed.");
        Text("description", "What the plan says about the project.");
        Related<PlaceType>("places", "Where the project is (LOCATED_IN).",
            new RelationSpec(Rel.LocatedIn, EdgeDirection.Outgoing, Labels.Place, FanOut: 3));
        Related<AgencyType>("agencies", "The bodies leading the project (LED_BY).",
            new RelationSpec(Rel.LedBy, EdgeDirection.Outgoing, Labels.Agency, FanOut: 3));
        Related<NodeInterface>("mentions", "Places and agencies the project's text mentions (MENTIONS); nodes are Place or Agency.",
            new RelationSpec(Rel.Mentions, EdgeDirection.Outgoing));
        Linked<GoalType>("supports", "Goals this project serves (SUPPORTS, derived), most confident first.",
            new RelationSpec(Rel.Supports, EdgeDirection.Outgoing, Labels.Goal, RelationOrder.Confidence, FanOut: 3));
        Linked<ProjectType>("sameAs", "The same project named in plans of other levels (SAME_AS, derived, either direction), most confident first.",
            new RelationSpec(Rel.SameAs, EdgeDirection.Both, Labels.Project, RelationOrder.Confidence, FanOut: 3));
        OwningPlan();
        Related<NodeInterface>("listedIn", "The Columns and Sections naming the project (LISTS).",
            new RelationSpec(Rel.Lists, EdgeDirection.Incoming, FanOut: 2));
        One<ColumnType>("column", "The column (专栏) listing the project; null when only a section's text names it.",
            new RelationSpec(Rel.Lists, EdgeDirection.Incoming, Labels.Column));
        Field<SectionType>("section").Description("The section naming the project, or holding the column that lists it.")
            .Resolve(c => Relations.EnclosingSection(c, c.Source.Id, Rel.Lists));
        Related<StrategyType>("strategies", "Named strategies the project refers to (REFERS_TO).",
            new RelationSpec(Rel.RefersTo, EdgeDirection.Outgoing, Labels.Strategy));
    }
}
