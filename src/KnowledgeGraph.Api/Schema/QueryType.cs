using GraphQL.Types;
using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Aggregates;
using KnowledgeGraph.Api.Columns;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Indicators;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Search;
using KnowledgeGraph.Api.Sections;
using KnowledgeGraph.Api.Strategies;
using KnowledgeGraph.Api.Trace;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Schema;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<ApiLimitsOptions> options)
    {
        var limits = options.Value;
        Name = "Query";
        Description = "Entry points into the plan graph: fetch by id, list and filter each label, search, trace goals across levels, compare indicators and aggregate.";
        NodeQueries.Add(this, limits);
        PlanQueries.Add(this, limits);
        this.AddNodeList<SectionType, SectionFilterInputType, SectionOrderFieldEnum>("sections", Labels.Section,
            "Sections of all plans.", limits);
        this.AddNodeList<ColumnType, ColumnFilterInputType, ColumnOrderFieldEnum>("columns", Labels.Column,
            "Columns (专栏) and tables (表) of all plans.", limits);
        this.AddNodeList<GoalType, GoalFilterInputType, GoalOrderFieldEnum>("goals", Labels.Goal,
            "Goals of all plans.", limits);
        this.AddNodeList<ProjectType, ProjectFilterInputType, ProjectOrderFieldEnum>("projects", Labels.Project,
            "Projects of all plans.", limits);
        this.AddNodeList<IndicatorType, IndicatorFilterInputType, IndicatorOrderFieldEnum>("indicators", Labels.Indicator,
            "Canonical indicators.", limits);
        this.AddNodeList<PlaceType, PlaceFilterInputType, PlaceOrderFieldEnum>("places", Labels.Place,
            "Places.", limits);
        this.AddNodeList<AgencyType, AgencyFilterInputType, AgencyOrderFieldEnum>("agencies", Labels.Agency,
            "Agencies.", limits);
        this.AddNodeList<StrategyType, StrategyFilterInputType, StrategyOrderFieldEnum>("strategies", Labels.Strategy,
            "Named strategies.", limits);
        this.AddNodeList<DocumentType, DocumentFilterInputType, DocumentOrderFieldEnum>("documents", Labels.Document,
            "Cited documents outside the corpus.", limits);
        SearchQueries.Add(this, limits);
        TraceQueries.Add(this, limits);
        IndicatorComparisonQueries.Add(this, limits);
        AggregateQueries.Add(this, limits);
    }
}
