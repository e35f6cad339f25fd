using GraphQL.Types;
using KnowledgeGraph.Api.Common.Connections;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>One sort key of a list: a property (from the label's order-field enum) and a direction.</summary>
public sealed class OrderInputType<TFieldEnum> : InputObjectGraphType
    where TFieldEnum : EnumerationGraphType
{
    public OrderInputType()
    {
        // GoalOrderFieldEnum → GoalOrder
        var label = GraphTypeNames.Of(typeof(TFieldEnum)).Replace("OrderFieldEnum", "", StringComparison.Ordinal);
        Name = label + "Order";
        Description = $"A sort key for {label} lists; later keys break ties of earlier ones, and the node id breaks any remaining tie.";
        Field<NonNullGraphType<TFieldEnum>>("field").Description("The property to sort by.");
        Field<SortDirectionEnum>("direction").Description("ASC (default) or DESC.").DefaultValue(false);
    }
}
