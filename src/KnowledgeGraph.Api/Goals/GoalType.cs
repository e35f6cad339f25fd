using GraphQL.Types;
using KnowledgeGraph.Api.Columns;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Indicators;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Sections;
using KnowledgeGraph.Api.Strategies;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Goals;

public sealed class GoalType : NodeGraphType
{
    public GoalType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Goal, "A target a plan sets: an indicator-table row, or a stated aim. Printed values keep their marks (6.5左右, ＞70, 按省下达); the *Value fields hold the numbers.", options.Value)
    {
        RequiredText("text", "The goal as printed: the indicator name of a table row, or the sentence stating the aim.");
        Enum<GoalKindEnum>("kind", "Indicator-table row or stated aim.");
        Text("category", "The indicator-table category (经济发展, 创新驱动, 绿色发展…).");
        Text("baseline", "The baseline as printed.");
        Integer("baselineYear", "The year of the baseline.");
        Text("target", "The target as printed.");
        Integer("targetYear", "The year the target is for.");
        Text("growth", "The average annual growth as printed, when the table gives one.");
        Enum<GoalAttributeEnum>("attribute", "EXPECTED (预期性) or BINDING (约束性); null when the table has no attribute column.");
        Text("unit", "The unit as printed (%, 亿元, 万吨标准煤…).");
        Number("baselineValue", "The baseline as a number, when the printed baseline has one.");
        Number("targetValue", "The target as a number, when the printed target has one.");
        Number("targetMin", "The lower bound of a target printed as a range (3-5个 → 3); null otherwise.");
        Number("targetMax", "The upper bound of a target printed as a range (3-5个 → 5); null otherwise.");

        One<IndicatorType>("indicator", "The canonical measure this goal targets (MEASURES); null for goals without one.",
            new RelationSpec(Rel.Measures, EdgeDirection.Outgoing, Labels.Indicator));
        Linked<GoalType>("alignsWith", "Higher-level goals this goal serves (ALIGNS_WITH, derived), most confident first.",
            new RelationSpec(Rel.AlignsWith, EdgeDirection.Outgoing, Labels.Goal, RelationOrder.Confidence, FanOut: 3));
        Linked<GoalType>("alignedFrom", "Lower-level goals serving this goal (ALIGNS_WITH, derived), most confident first.",
            new RelationSpec(Rel.AlignsWith, EdgeDirection.Incoming, Labels.Goal, RelationOrder.Confidence));
        Linked<ProjectType>("supportedBy", "Projects serving this goal (SUPPORTS, derived), most confident first.",
            new RelationSpec(Rel.Supports, EdgeDirection.Incoming, Labels.Project, RelationOrder.Confidence));
        One<NodeInterface>("statedIn", "The Section or Column whose text states the goal (STATES).",
            new RelationSpec(Rel.States, EdgeDirection.Incoming));
        Field<SectionType>("section").Description("The section stating the goal, or holding the column that states it.")
            .Resolve(c => Relations.EnclosingSection(c, c.Source.Id, Rel.States));
        One<ColumnType>("column", "The column (专栏/表) stating the goal; null when a section's text states it.",
            new RelationSpec(Rel.States, EdgeDirection.Incoming, Labels.Column));
        OwningPlan();
        Related<NodeInterface>("mentions", "Places and agencies the goal mentions (MENTIONS); nodes are Place or Agency.",
            new RelationSpec(Rel.Mentions, EdgeDirection.Outgoing));
        Related<StrategyType>("strategies", "Named strategies the goal refers to (REFERS_TO).",
            new RelationSpec(Rel.RefersTo, EdgeDirection.Outgoing, Labels.Strategy));
    }
}
