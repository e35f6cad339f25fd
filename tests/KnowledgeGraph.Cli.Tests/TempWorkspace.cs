using System.Security.Cryptography;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>A scratch directory with a copy of the bundled import/ folder (plans, manifest, gazetteers), removed afterwards.</summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "kg-test-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(RepositoryRoot, "import"), Path.Combine(Root, "import"));
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public string Root { get; }
    public string Plans => Path.Combine(Root, "import", "plans");
    public string Database => Path.Combine(Root, "data", "knowledge-graph.db");

    public string PlanPath(string prefix) => Directory.GetFiles(Plans, prefix + "*.txt").Single();

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the OS temp cleaner will have it.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above the test directory");
    }
}
