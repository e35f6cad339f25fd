using GraphQL.Types;

namespace KnowledgeGraph.Api.Sections;

public sealed class SectionOrderFieldEnum : EnumerationGraphType
{
    public SectionOrderFieldEnum()
    {
        Name = "SectionOrderField";
        Description = "Properties sections can be sorted by.";
        Add("ORDINAL", "ordinal", "Position among its siblings.");
        Add("DEPTH", "depth", "Nesting depth (1 = directly under the plan).");
        Add("TITLE", "title", "The heading text.");
    }
}
