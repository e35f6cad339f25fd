using GraphQL.Types;

namespace KnowledgeGraph.Api.Common;

public sealed class SortDirectionEnum : EnumerationGraphType
{
    public SortDirectionEnum()
    {
        Name = "SortDirection";
        Description = "Sort order; absent values sort as the store places them and the node id breaks ties.";
        Add("ASC", false, "Ascending: smallest or earliest first.");
        Add("DESC", true, "Descending: largest or latest first.");
    }
}
