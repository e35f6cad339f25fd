namespace KnowledgeGraph.Import.Pipeline;

/// <param name="PlansDirectory">The plan files (*.txt) to import.</param>
/// <param name="ImportDirectory">Where manifest.json and gazetteers/ live; by default the plans directory's parent (import/).</param>
/// <param name="SkipInvalid">Import the readable files and list the rest, instead of failing on the first bad file.</param>
public sealed record ImportOptions(string PlansDirectory, string? ImportDirectory = null, bool SkipInvalid = false)
{
    public string ResolvedImportDirectory =>
        ImportDirectory ?? Path.GetDirectoryName(Path.GetFullPath(PlansDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
}
