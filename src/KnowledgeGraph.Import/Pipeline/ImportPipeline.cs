using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Assembly;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Manifest;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Pipeline;

/// <summary>
/// The importer: read → normalise → structure → extract (per file, in parallel, results kept in
/// file-name order) → link → assemble. Nothing is written here; the caller hands the graph to a
/// store, which swaps it in atomically.
/// </summary>
public static class ImportPipeline
{
    public static ImportResult Run(ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // One plan file may be given instead of a folder of them: it is imported alone.
        var single = File.Exists(options.PlansDirectory);
        if (!single && !Directory.Exists(options.PlansDirectory))
        {
            throw new PlanInputException(options.PlansDirectory, null, "no such directory or file");
        }
        var directory = single ? Path.GetDirectoryName(Path.GetFullPath(options.PlansDirectory))! : options.PlansDirectory;
        // The folder is walked once: its plan files and the documents beside them that are not read.
        var found = single ? [] : FilesUnder(directory).ToList();
        var files = single ? [Path.GetFullPath(options.PlansDirectory)] : PlanFiles(directory, found);
        if (files.Count == 0)
        {
            var others = OtherDocuments(directory, found);
            throw new PlanInputException(options.PlansDirectory, null,
                "no plan files (*.txt, *.pdf, *.docx, *.html) to import" + (others.Count > 0 ? "; " + string.Join("; ", others) : ""));
        }

        var importDirectory = options.ResolvedImportDirectory;
        var manifest = PlanManifest.Load(Path.Combine(importDirectory, PlanManifest.FileName));
        var (outcomes, context) = Extract(directory, files, manifest, importDirectory, progress, cancellationToken);

        var skipped = new List<SkippedFile>();
        var notes = OtherDocuments(directory, found);
        var plans = new List<ExtractedPlan>();
        var described = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        long bytes = 0;
        foreach (var outcome in outcomes)
        {
            var problem = outcome.Error ?? Conflict(outcome, owners);
            if (problem is not null)
            {
                if (!options.SkipInvalid) throw problem;
                skipped.Add(new SkippedFile(problem.File, problem.Line, problem.Reason));
                continue;
            }
            foreach (var plan in outcome.Plans) owners[plan.Plan.Id] = outcome.File;
            if (outcome.ConvertedFrom is { } encoding) notes.Add($"{outcome.File}: converted from {encoding} to UTF-8");
            if (outcome.ReadAs is { } readAs) notes.Add($"{outcome.File}: read as {readAs}, which its bytes are, whatever its name says");
            if (manifest.For(outcome.File) is null && outcome.Plans.Count > 0) described.Add(Described(outcome.File, outcome.Plans[0].Plan.Metadata, outcome.Plans.Count - 1));
            plans.AddRange(outcome.Plans);
            bytes += outcome.Bytes;
        }
        if (plans.Count == 0) throw new PlanInputException(options.PlansDirectory, null, "none of the files could be imported");
        notes.AddRange(described.Take(MaxDescribedNotes));
        if (described.Count > MaxDescribedNotes) notes.Add($"…and {described.Count - MaxDescribedNotes} more files described from their text");

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new ImportProgress("link", 0, 1));
        var graph = GraphAssembler.Assemble(plans, () =>
        {
            var links = LinkPass.Link(plans, context);
            progress?.Report(new ImportProgress("link", 1, 1));
            return links;
        });
        var imported = outcomes.Where(o => o.Error is null).Select(o => o.File).Except(skipped.Select(s => s.File)).ToList();
        return new ImportResult(graph, imported, skipped, notes, bytes);
    }

    /// <summary>A folder of many new plans names the first few so described; the rest are counted.</summary>
    private const int MaxDescribedNotes = 20;

    /// <summary>
    /// What the import read a file without a manifest entry as, and what of it the text does not
    /// print: the user checks it, or gives the file an entry in manifest.json.
    /// </summary>
    private static string Described(string file, PlanMetadata plan, int subPlans)
    {
        var period = (plan.PeriodStart is { } start ? $", {start}–{plan.PeriodEnd}" : "") + (subPlans > 0 ? $", with {subPlans} plans" : "");
        var inferred = plan.Inferred.Count > 0 ? $"; not printed, inferred: {string.Join(", ", plan.Inferred)}" : "";
        return $"{file}: no manifest entry, described from its text as {plan.Title} ({plan.Region}, {plan.Level}{period}){inferred}";
    }

    /// <summary>
    /// The plan files under the plans folder, its subfolders too (plans kept by province and city),
    /// in the order of their names there: PLAN.TXT as well as plan.txt, since a name's case is the
    /// saving program's. Hidden folders (.git) are not plans.
    /// </summary>
    private static List<string> PlanFiles(string directory, IEnumerable<string> found) =>
        [.. found.Where(PlanFileReader.IsPlanFile).OrderBy(f => NameUnder(directory, f), StringComparer.Ordinal)];

    private static IEnumerable<string> FilesUnder(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => !InHiddenFolder(directory, f));

    /// <summary>A plan file's name under the plans folder (长春/二道区.txt for one in a subfolder), as messages and provenance give it.</summary>
    internal static string NameUnder(string directory, string path) =>
        Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');

    private static bool InHiddenFolder(string directory, string path) =>
        NameUnder(directory, path).Split('/').SkipLast(1).Any(part => part.StartsWith('.'));

    /// <summary>
    /// Plan documents the importer does not read, dropped in beside the plan files (a .ceb as
    /// published): named, so that a user does not take their plans for imported.
    /// </summary>
    private static List<string> OtherDocuments(string directory, IEnumerable<string> found)
    {
        string[] documents = [".ceb", ".md"];
        return [.. found
            .Where(f => documents.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Select(f => NameUnder(directory, f)).Order(StringComparer.Ordinal)
            .Select(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                ? $"{f}: not read — a plan converted to Markdown is read when saved as .txt (its headings and tables, | or HTML, are understood)"
                : $"{f}: not read — plans are imported from their text as .txt (UTF-8 or GBK), from PDFs with a text layer or OFD documents, as Word documents (.docx, .doc, .wps, .rtf) or as saved web pages (.html, .mht); save or extract it as one of those")];
    }

    /// <summary>
    /// Reads and structures every file, then extracts every plan: each plan may name the regions of
    /// the others, which the place rules then know (<see cref="Extraction.Places.PlaceGazetteer.WithPlanRegions"/>).
    /// The extraction is split per plan, not per file: one compilation holds almost half the bundled
    /// corpus, and its sub-plans are extracted side by side. Files start largest first and each
    /// plan's result has its fixed place, so the order of the outcomes (and so the graph) does not
    /// depend on which thread finished first.
    /// </summary>
    private static (FileOutcome[] Outcomes, ExtractionContext Context) Extract(string directory, List<string> files, PlanManifest manifest, string importDirectory,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        // The place gazetteer is read while the files are: it gives plans described from their own
        // text the level of their area, and every plan's place rules read it.
        var gazetteerPath = ExtractionContext.GazetteerPath(importDirectory, Extraction.Places.PlaceGazetteer.FileName);
        var listedPlaces = Task.Run(() => Extraction.Places.PlaceGazetteer.Load(gazetteerPath), cancellationToken);
        var sizes = files.Select(f => new FileInfo(f).Length).ToArray();
        var largestFirst = Enumerable.Range(0, files.Count).OrderByDescending(i => sizes[i]).ThenBy(i => i).ToList();
        var read = 0;
        var structuring = new Task<Structured>[files.Count];
        foreach (var i in largestFirst)
        {
            structuring[i] = Task.Run(() =>
            {
                var file = Structure(files[i], NameUnder(directory, files[i]), manifest, cancellationToken);
                progress?.Report(new ImportProgress("read", Interlocked.Increment(ref read), files.Count));
                return file;
            }, cancellationToken);
        }
        var structured = Task.WhenAll(structuring).GetAwaiter().GetResult();
        var places = listedPlaces.GetAwaiter().GetResult();
        structured = [.. structured.Select(s => manifest.For(s.File) is null ? WithListedLevels(s, places) : s)];

        var regions = structured.SelectMany(s => s.Plans).Select(p => (p.Metadata.Region, p.Metadata.Level)).ToList();
        var context = new ExtractionContext(importDirectory, regions);
        context.Provide(places.WithPlanRegions(regions));
        var done = 0;
        var tasks = new Task<FileOutcome>[files.Count];
        foreach (var i in largestFirst)
        {
            tasks[i] = Task.Run(async () =>
            {
                var outcome = await ExtractFile(structured[i], context, cancellationToken).ConfigureAwait(false);
                progress?.Report(new ImportProgress("extract", Interlocked.Increment(ref done), files.Count));
                return outcome;
            }, cancellationToken);
        }
        return (Task.WhenAll(tasks).GetAwaiter().GetResult(), context);
    }

    /// <summary>
    /// A plan described from its own text has the level its region's name suggests: 德惠市 reads as a
    /// city, but it is a county-level city of 长春市 and its plan stands with the districts'. Where the
    /// place gazetteer lists the region, the level is the one its kind ranks with.
    /// </summary>
    private static Structured WithListedLevels(Structured file, Extraction.Places.PlaceGazetteer places)
    {
        if (file.Plans.Count == 0) return file;
        var plans = file.Plans.Select(plan =>
        {
            var level = places.Find(plan.Metadata.Region)?.Kind switch
            {
                PlaceKinds.Province => PlanLevels.Province,
                PlaceKinds.City => PlanLevels.City,
                PlaceKinds.District or PlaceKinds.County => PlanLevels.District,
                PlaceKinds.Zone or PlaceKinds.Park => PlanLevels.Zone,
                _ => plan.Metadata.Level,
            };
            return level == plan.Metadata.Level ? plan : plan with { Metadata = plan.Metadata with { Level = level } };
        }).ToList();
        return file with { Plans = plans };
    }

    private static Structured Structure(string path, string file, PlanManifest manifest, CancellationToken cancellationToken)
    {
        try
        {
            var source = PlanFileReader.Read(path, file, out var length);
            var normalised = Normaliser.Normalise(source);
            var structured = StructurePass.Structure(normalised, manifest.For(file));
            cancellationToken.ThrowIfCancellationRequested();
            return new Structured(file, structured.Plans, null, source.ConvertedFrom, length) { ReadAs = source.ReadAs };
        }
        catch (PlanInputException e)
        {
            return new Structured(file, [], e, null, 0);
        }
        catch (IOException e)
        {
            return new Structured(file, [], new PlanInputException(file, null, $"cannot be read: {e.Message}"), null, 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Structured(file, [], Failed(file, e), null, 0);
        }
    }

    /// <summary>
    /// A fault of the importer's own on one file: reported against that file like bad input, so the
    /// message names the file, the store is left as it was, and --skip-invalid imports the rest.
    /// </summary>
    private static PlanInputException Failed(string file, Exception e) =>
        new(file, null, $"the importer failed on this file ({e.GetType().Name}: {e.Message}); please report it with the file");

    private static async Task<FileOutcome> ExtractFile(Structured file, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (file.Error is not null) return new FileOutcome(file.File, [], file.Error, null, 0);
        try
        {
            var plans = await Task.WhenAll(file.Plans.Select(plan =>
                Task.Run(() => new ExtractedPlan(plan, ExtractPass.Extract(plan, context)), cancellationToken))).ConfigureAwait(false);
            return new FileOutcome(file.File, plans, null, file.ConvertedFrom, file.Bytes) { ReadAs = file.ReadAs };
        }
        catch (PlanInputException e)
        {
            return new FileOutcome(file.File, [], e, null, 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new FileOutcome(file.File, [], Failed(file.File, e), null, 0);
        }
    }

    private sealed record Structured(string File, IReadOnlyList<StructuredPlan> Plans, PlanInputException? Error, string? ConvertedFrom, long Bytes)
    {
        public string? ReadAs { get; init; }
    }

    /// <summary>Two files describing the same plan would merge two texts into one plan: refuse the second.</summary>
    private static PlanInputException? Conflict(FileOutcome outcome, Dictionary<string, string> owners)
    {
        foreach (var plan in outcome.Plans)
        {
            if (owners.TryGetValue(plan.Plan.Id, out var other))
            {
                return new PlanInputException(outcome.File, null,
                    $"claims the same plan as {other} (“{plan.Plan.Metadata.Title}”): remove one of the two files");
            }
        }
        return null;
    }

    private sealed record FileOutcome(string File, IReadOnlyList<ExtractedPlan> Plans, PlanInputException? Error, string? ConvertedFrom, long Bytes)
    {
        public string? ReadAs { get; init; }
    }
}
