using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common;

public sealed class LineUnitEnum : EnumerationGraphType
{
    public LineUnitEnum()
    {
        Name = "LineUnit";
        Description = "What a provenance's lineStart and lineEnd count in its file.";
        Add(LineUnits.Line, LineUnits.Line, "Lines of the file: a text file's, or a web page's source.");
        Add(LineUnits.Paragraph, LineUnits.Paragraph, "Paragraphs of a Word document (.docx, .doc, .wps, .rtf) or a single-file web page (.mht), a table cell's counted too.");
        Add(LineUnits.Page, LineUnits.Page, "Pages of a PDF or an OFD.");
    }
}
