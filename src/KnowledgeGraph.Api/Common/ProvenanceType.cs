using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common;

public sealed class ProvenanceType : ObjectGraphType<Provenance>
{
    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "Where a fact was read: the plan file, its 1-based lines as shipped, and the source text.";
        Field<NonNullGraphType<StringGraphType>>("file").Description("The plan file, named by its path under the plans folder (003_….txt, or 长春/二道区.txt for one kept in a subfolder).")
            .Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("lineStart").Description("First line (1-based) of the source text in the original file; in a Word document (.docx, .doc, .wps, .rtf) or a single-file web page (.mht), its paragraph; in a PDF or an OFD, its page.")
            .Resolve(c => c.Source.LineStart);
        Field<NonNullGraphType<IntGraphType>>("lineEnd").Description("Last line (1-based, inclusive) of the source text in the original file; in a Word document (.docx, .doc, .wps, .rtf) or a single-file web page (.mht), its paragraph; in a PDF or an OFD, its page.")
            .Resolve(c => c.Source.LineEnd);
        Field<NonNullGraphType<LineUnitEnum>>("lineUnit").Description("What lineStart and lineEnd count in this file: its lines, a Word document's paragraphs, or the pages of a PDF or an OFD.")
            .Resolve(c => LineUnits.Of(c.Source.File));
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The source text, at most 200 characters.")
            .Resolve(c => c.Source.Quote);
    }
}
