namespace KnowledgeGraph.Api.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest directory above the test binaries holding KnowledgeGraph.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string SchemaFile => Path.Combine(Root, "schema", "schema.graphql");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
