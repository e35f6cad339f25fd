namespace KnowledgeGraph.Import.Pipeline;

/// <param name="PlansDirectory">The folder of plan files (*.txt, *.docx, *.html) to import, or one plan file.</param>
/// <param name="ImportDirectory">Where manifest.json and gazetteers/ live; when not given, see <see cref="ResolvedImportDirectory"/>.</param>
/// <param name="SkipInvalid">Import the readable files and list the rest, instead of failing on the first bad file.</param>
public sealed record ImportOptions(string PlansDirectory, string? ImportDirectory = null, bool SkipInvalid = false)
{
    /// <summary>
    /// The import directory given; else the plans directory's parent when it holds gazetteers/ (a
    /// folder laid out as import/ is); else the bundled import/ (<see cref="FindBundledImportDirectory(string)"/>),
    /// so that plans kept anywhere are read with the bundled gazetteers; failing that, the parent,
    /// whose missing gazetteer is then what the import reports.
    /// </summary>
    public string ResolvedImportDirectory => ImportDirectory ?? DefaultImportDirectory(PlansDirectory, Environment.CurrentDirectory, AppContext.BaseDirectory);

    internal static string DefaultImportDirectory(string plansDirectory, string workingDirectory, string programDirectory)
    {
        // A single plan file stands for the folder it lies in.
        if (File.Exists(plansDirectory)) plansDirectory = Path.GetDirectoryName(Path.GetFullPath(plansDirectory)) ?? ".";
        var parent = Path.GetDirectoryName(Path.GetFullPath(plansDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        return HasGazetteers(parent) ? parent : FindBundledImportDirectory(workingDirectory, programDirectory) ?? parent;
    }

    /// <summary>
    /// The bundled import/: the nearest one holding gazetteers/ from <paramref name="workingDirectory"/>
    /// upwards (a checkout of the repository, whose plans and gazetteers a user may have edited), else
    /// the copy shipped beside the program, so that kg run from anywhere has its gazetteers and plans.
    /// </summary>
    public static string? FindBundledImportDirectory(string workingDirectory) =>
        FindBundledImportDirectory(workingDirectory, AppContext.BaseDirectory);

    internal static string? FindBundledImportDirectory(string workingDirectory, string programDirectory)
    {
        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "import");
            if (HasGazetteers(candidate)) return candidate;
        }
        var shipped = Path.Combine(programDirectory, "import");
        return HasGazetteers(shipped) ? shipped : null;
    }

    private static bool HasGazetteers(string directory) => Directory.Exists(Path.Combine(directory, "gazetteers"));
}
