namespace KnowledgeGraph.Import.Pipeline;

/// <param name="PlansDirectory">The plan files (*.txt) to import.</param>
/// <param name="ImportDirectory">Where manifest.json and gazetteers/ live; when not given, see <see cref="ResolvedImportDirectory"/>.</param>
/// <param name="SkipInvalid">Import the readable files and list the rest, instead of failing on the first bad file.</param>
public sealed record ImportOptions(string PlansDirectory, string? ImportDirectory = null, bool SkipInvalid = false)
{
    /// <summary>
    /// The import directory given; else the plans directory's parent when it holds gazetteers/ (a
    /// folder laid out as import/ is); else the nearest import/ with gazetteers/ from the working
    /// directory upwards (the bundled one), so that plans kept anywhere are read with the bundled
    /// gazetteers; failing both, the parent, whose missing gazetteer is then what the import reports.
    /// </summary>
    public string ResolvedImportDirectory => ImportDirectory ?? DefaultImportDirectory(PlansDirectory, Environment.CurrentDirectory);

    internal static string DefaultImportDirectory(string plansDirectory, string workingDirectory)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(plansDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        return HasGazetteers(parent) ? parent : FindBundledImportDirectory(workingDirectory) ?? parent;
    }

    /// <summary>The nearest import/ holding gazetteers/ from <paramref name="workingDirectory"/> upwards: the bundled one when run from the repository.</summary>
    public static string? FindBundledImportDirectory(string workingDirectory)
    {
        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "import");
            if (HasGazetteers(candidate)) return candidate;
        }
        return null;
    }

    private static bool HasGazetteers(string directory) => Directory.Exists(Path.Combine(directory, "gazetteers"));
}
