using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Columns;

public sealed class ColumnFilterInputType : FilterInputGraphType<ColumnFilterInputType>
{
    public ColumnFilterInputType()
        : base("ColumnFilter", "Conditions on columns (专栏) and tables (表).")
    {
        Text("number", "The number as printed (专栏 2, 表1).");
        Text("title", "The title.");
        OnPlan<PlanFilterInputType>("The column's plan matches this filter.");
        Related<GoalFilterInputType>("states", "The column states a goal matching this filter.", RelationshipTypes.States, EdgeDirection.Outgoing, Labels.Goal);
        Related<ProjectFilterInputType>("lists", "The column lists a project matching this filter.", RelationshipTypes.Lists, EdgeDirection.Outgoing, Labels.Project);
    }
}
