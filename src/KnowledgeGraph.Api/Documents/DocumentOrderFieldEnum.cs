using GraphQL.Types;

namespace KnowledgeGraph.Api.Documents;

public sealed class DocumentOrderFieldEnum : EnumerationGraphType
{
    public DocumentOrderFieldEnum()
    {
        Name = "DocumentOrderField";
        Description = "Properties documents can be sorted by.";
        Add("TITLE", "title", "The document's title.");
    }
}
