using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Sections;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Columns;

public sealed class ColumnType : NodeGraphType
{
    public ColumnType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Column, "A boxed list (专栏) or table (表) inside a section.", options.Value)
    {
        Text("number", "The number as printed (专栏 2, 表1); null when the plan prints none (a table titled only by its words) or extraction lost it.");
        Text("title", "The title; null when extraction lost the title line.");
        One<SectionType>("section", "The section holding the column (HAS_COLUMN).",
            new RelationSpec(Rel.HasColumn, EdgeDirection.Incoming, Labels.Section));
        OwningPlan();
        Related<GoalType>("goals", "The goals the column states, such as indicator-table rows (STATES).",
            new RelationSpec(Rel.States, EdgeDirection.Outgoing, Labels.Goal));
        Related<ProjectType>("projects", "The projects the column lists (LISTS).",
            new RelationSpec(Rel.Lists, EdgeDirection.Outgoing, Labels.Project));
    }
}
