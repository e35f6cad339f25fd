using GraphQL.Types;

namespace KnowledgeGraph.Api.Projects;

public sealed class ProjectOrderFieldEnum : EnumerationGraphType
{
    public ProjectOrderFieldEnum()
    {
        Name = "ProjectOrderField";
        Description = "Properties projects can be sorted by.";
        Add("NAME", "name", "The project's name.");
    }
}
