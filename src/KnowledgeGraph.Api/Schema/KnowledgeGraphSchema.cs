using KnowledgeGraph.Api.Agencies;
using KnowledgeGraph.Api.Columns;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Goals;
using KnowledgeGraph.Api.Indicators;
using KnowledgeGraph.Api.Places;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Projects;
using KnowledgeGraph.Api.Sections;
using KnowledgeGraph.Api.Strategies;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

public sealed class KnowledgeGraphSchema : GraphQL.Types.Schema
{
    public KnowledgeGraphSchema(IServiceProvider services)
        : base(services)
    {
        Description = "The knowledge graph of Chinese development plans: plans, their structure, goals, indicators, projects, places, agencies, strategies and cited documents.";
        Query = services.GetRequiredService<QueryType>();
        // Every label can come back from Query.node, so each type is registered even if no field names it.
        RegisterType(typeof(PlanType));
        RegisterType(typeof(SectionType));
        RegisterType(typeof(ColumnType));
        RegisterType(typeof(GoalType));
        RegisterType(typeof(IndicatorType));
        RegisterType(typeof(ProjectType));
        RegisterType(typeof(PlaceType));
        RegisterType(typeof(AgencyType));
        RegisterType(typeof(StrategyType));
        RegisterType(typeof(DocumentType));
    }
}
