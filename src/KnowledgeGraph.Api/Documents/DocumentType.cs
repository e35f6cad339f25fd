using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Documents;

public sealed class DocumentType : NodeGraphType
{
    public DocumentType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Document, "A document cited with 《…》 that is not one of the plans in the corpus.", options.Value)
    {
        RequiredText("title", "The document's title, without 《》.");
        Related<NodeInterface>("citedBy", "Plans and sections citing this document (CITES).",
            new RelationSpec(RelationshipTypes.Cites, EdgeDirection.Incoming));
    }
}
