using GraphQL.Types;

namespace KnowledgeGraph.Api.Places;

public sealed class PlaceOrderFieldEnum : EnumerationGraphType
{
    public PlaceOrderFieldEnum()
    {
        Name = "PlaceOrderField";
        Description = "Properties places can be sorted by.";
        Add("NAME", "name", "The place's name.");
        Add("KIND", "kind", "The kind of area.");
    }
}
