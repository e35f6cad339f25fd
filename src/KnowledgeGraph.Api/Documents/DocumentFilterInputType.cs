using KnowledgeGraph.Api.Common.Filtering;

namespace KnowledgeGraph.Api.Documents;

public sealed class DocumentFilterInputType : FilterInputGraphType<DocumentFilterInputType>
{
    public DocumentFilterInputType()
        : base("DocumentFilter", "Conditions on cited documents.")
    {
        Text("title", "The document's title, without 《》.");
    }
}
