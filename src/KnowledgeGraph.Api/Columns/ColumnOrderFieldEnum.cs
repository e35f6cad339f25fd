using GraphQL.Types;

namespace KnowledgeGraph.Api.Columns;

public sealed class ColumnOrderFieldEnum : EnumerationGraphType
{
    public ColumnOrderFieldEnum()
    {
        Name = "ColumnOrderField";
        Description = "Properties columns can be sorted by.";
        Add("NUMBER", "number", "The number as printed (专栏 2, 表1).");
        Add("TITLE", "title", "The title.");
    }
}
