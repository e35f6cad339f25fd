using KnowledgeGraph.Api.Columns;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Strategies;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Sections;

public sealed class SectionType : NodeGraphType
{
    public SectionType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Section, "A part, chapter, section or numbered item of a plan's structure.", options.Value)
    {
        Text("number", "The heading number as printed (第三篇, 第二章, 第一节, 一、, （一）); null when the heading has none.");
        RequiredText("title", "The heading text.");
        Integer("depth", "Nesting depth: 1 = directly under the plan.");
        Integer("ordinal", "Position among its siblings, from 1.");
        OwningPlan();
        One<SectionType>("parent", "The enclosing section; null for a top-level section (its parent is the plan).",
            new RelationSpec(Rel.HasSection, EdgeDirection.Incoming, Labels.Section));
        Related<SectionType>("sections", "The sub-sections, in document order.",
            new RelationSpec(Rel.HasSection, EdgeDirection.Outgoing, Labels.Section, RelationOrder.Ordinal));
        Related<ColumnType>("columns", "The boxed lists and tables directly in this section (HAS_COLUMN).",
            new RelationSpec(Rel.HasColumn, EdgeDirection.Outgoing, Labels.Column, FanOut: 3));
        Related<GoalType>("goals", "The goals this section's text states (STATES).",
            new RelationSpec(Rel.States, EdgeDirection.Outgoing, Labels.Goal));
        Related<ProjectType>("projects", "The projects this section's text names (LISTS).",
            new RelationSpec(Rel.Lists, EdgeDirection.Outgoing, Labels.Project));
        Related<NodeInterface>("mentions", "Places and agencies the section mentions (MENTIONS); nodes are Place or Agency.",
            new RelationSpec(Rel.Mentions, EdgeDirection.Outgoing));
        Related<StrategyType>("strategies", "Named strategies the section refers to (REFERS_TO).",
            new RelationSpec(Rel.RefersTo, EdgeDirection.Outgoing, Labels.Strategy));
        Related<NodeInterface>("cites", "Plans and documents the section cites with 《…》 (CITES); nodes are Plan or Document.",
            new RelationSpec(Rel.Cites, EdgeDirection.Outgoing));
    }
}
