using System.Collections.Concurrent;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Manifest;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Tests.Support;

/// <summary>The bundled plan files, read and structured once per test run.</summary>
public static class Corpus
{
    private static readonly ConcurrentDictionary<string, StructuredDocument> Structured = new();
    private static readonly ConcurrentDictionary<string, NormalisedDocument> Normalised = new();
    private static readonly Lazy<PlanManifest> LazyManifest = new(() => PlanManifest.Load(Path.Combine(ImportDirectory, PlanManifest.FileName)));

    public static string RepositoryRoot { get; } = FindRoot();
    public static string ImportDirectory => Path.Combine(RepositoryRoot, "import");

    private static readonly Lazy<PlaceGazetteer> LazyPlaces =
        new(() => PlaceGazetteer.Load(Path.Combine(ImportDirectory, "gazetteers", PlaceGazetteer.FileName)));

    /// <summary>The bundled place gazetteer, as the import reads it (without the plans' regions).</summary>
    public static PlaceGazetteer Places => LazyPlaces.Value;
    public static string PlansDirectory => Path.Combine(ImportDirectory, "plans");
    public static PlanManifest Manifest => LazyManifest.Value;

    /// <summary>The plan file whose name starts with <paramref name="prefix"/> (“001” → 001_73a71c25e4a637a2.txt).</summary>
    public static string PathOf(string prefix) =>
        Directory.GetFiles(PlansDirectory, prefix + "*.txt").Single();

    public static NormalisedDocument Normalise(string prefix) =>
        Normalised.GetOrAdd(prefix, p => Normaliser.Normalise(PlanFileReader.Read(PathOf(p))));

    public static StructuredDocument Structure(string prefix) =>
        Structured.GetOrAdd(prefix, p =>
        {
            var normalised = Normalise(p);
            return StructurePass.Structure(normalised, Manifest.For(normalised.FileName));
        });

    /// <summary>The plan of a file whose title contains <paramref name="titlePart"/> (for the compilation's sub-plans).</summary>
    public static StructuredPlan Plan(string prefix, string? titlePart = null) =>
        titlePart is null
            ? Structure(prefix).Plans[0]
            : Structure(prefix).Plans.Single(p => p.Metadata.Title.Contains(titlePart, StringComparison.Ordinal));

    /// <summary>
    /// A bundled plan as another tool prints it: <paramref name="reprint"/> rewrites the file's text, which is
    /// then read under the file's own name and manifest entry, as the import reads it.
    /// </summary>
    public static StructuredDocument Reprinted(string prefix, Func<string, string> reprint)
    {
        var path = PathOf(prefix);
        var source = SourceDocument.FromText(Path.GetFileName(path), reprint(File.ReadAllText(path)));
        return StructurePass.Structure(Normaliser.Normalise(source), Manifest.For(source.FileName));
    }

    /// <summary>
    /// A plan a user drops in, with no manifest entry: a title line, then <paramref name="body"/>.
    /// For layouts other plans print and the bundled ones do not.
    /// </summary>
    public static StructuredPlan DroppedIn(string body, string title = "长春市双阳区国民经济和社会发展第十四个五年规划纲要") =>
        StructurePass.Structure(Normaliser.Normalise(SourceDocument.FromText("dropped-in.txt", title + "\n\n" + body)), null).Plans.Single();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above the test directory");
    }
}
