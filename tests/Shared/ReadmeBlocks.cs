namespace KnowledgeGraph.Tests.Shared;

/// <summary>The README's fenced blocks, for the API and CLI tests that run its examples.</summary>
internal static class ReadmeBlocks
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(FindRoot(), "README.md"));

    /// <summary>The whole README, for examples printed outside fenced blocks (tables).</summary>
    public static string Text => Readme;

    /// <summary>The contents of the first <paramref name="count"/> fenced blocks after <paramref name="marker"/>.</summary>
    public static List<string> After(string marker, int count)
    {
        var at = Readme.IndexOf(marker, StringComparison.Ordinal);
        Xunit.Assert.True(at >= 0, $"README has no “{marker}”");
        var blocks = new List<string>(count);
        while (blocks.Count < count)
        {
            var open = Readme.IndexOf("```", at, StringComparison.Ordinal);
            var start = Readme.IndexOf('\n', open) + 1;
            var close = Readme.IndexOf("```", start, StringComparison.Ordinal);
            blocks.Add(Readme[start..close]);
            at = close + 3;
        }
        return blocks;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
