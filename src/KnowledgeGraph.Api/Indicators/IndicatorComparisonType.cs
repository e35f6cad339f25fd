using GraphQL.Types;

namespace KnowledgeGraph.Api.Indicators;

public sealed class IndicatorComparisonType : ObjectGraphType<IndicatorComparison>
{
    public IndicatorComparisonType()
    {
        Name = "IndicatorComparison";
        Description = "One indicator's targets across plans, ordered province → city → district/zone, then by region and plan title.";
        Field<NonNullGraphType<IndicatorType>>("indicator").Description("The indicator compared.")
            .Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorComparisonRowType>>>>("rows")
            .Description("One row per goal measuring the indicator.")
            .Resolve(c => c.Source.Rows);
    }
}
