using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Manifest;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// The structure pass: a normalised file → its plans, each with metadata and a section tree.
/// A compilation yields the collection and every sub-plan present in the file.
/// </summary>
public static class StructurePass
{
    public static StructuredDocument Structure(NormalisedDocument document, ManifestEntry? entry)
    {
        var plans = CompilationSplitter.IsCompilation(document)
            ? Compilation(document, entry)
            : [WholeFile(document, entry)];
        if (document.Source.LineNumbers is { } numbers) plans = [.. plans.Select(p => p with { FileLines = (document.FileName, numbers) })];
        return new StructuredDocument(document.Source, plans);
    }

    /// <summary>A plan is its kind, area and title: two areas may print the same title (“…第十四个五年规划纲要”).</summary>
    public static string PlanId(PlanMetadata metadata) =>
        NodeIds.For(Labels.Plan, metadata.Kind, metadata.Region, TextFolding.Fold(metadata.Title));

    private static StructuredPlan WholeFile(NormalisedDocument document, ManifestEntry? entry)
    {
        var paragraphs = WithoutCoverMark(document.Paragraphs);
        var firstHeading = IndexOfFirstDivision(paragraphs);
        var front = paragraphs.Take(firstHeading).ToList();
        var metadata = entry is null ? MetadataInference.ForFile(document, front, collection: false) : FromManifest(entry);
        var id = PlanId(metadata);
        var (content, sections) = new OutlineBuilder(id, paragraphs, document.Lines).Build();
        if (sections.Count == 0)
        {
            throw new PlanInputException(document.FileName, null,
                "no headings found (第X章, 一、, a table of contents…): the text does not read as a plan");
        }
        return new StructuredPlan(id, metadata, null, MetadataInference.TitleSource(document, front), content, sections);
    }

    private static List<StructuredPlan> Compilation(NormalisedDocument document, ManifestEntry? entry)
    {
        var (front, segments) = CompilationSplitter.Split(document);
        var collection = entry is null ? MetadataInference.ForFile(document, front, collection: true) : FromManifest(entry);
        var subPlans = new List<StructuredPlan>();
        var collectionId = PlanId(collection);
        foreach (var segment in segments)
        {
            var metadata = MetadataInference.ForSubPlan(segment, collection);
            var id = PlanId(metadata);
            var (content, sections) = new OutlineBuilder(id, segment.Body, document.Lines).Build();
            subPlans.Add(new StructuredPlan(id, metadata, collectionId, segment.TitleParagraphs, content, sections));
        }
        if (subPlans.Count == 0)
        {
            throw new PlanInputException(document.FileName, null, "a compilation whose listed plans are not found in its text");
        }
        if (collection.PeriodStart is null && subPlans.Any(p => p.Metadata.PeriodStart is not null))
        {
            // A compilation states no period of its own; it spans its plans' periods.
            collection = collection with
            {
                PeriodStart = subPlans.Min(p => p.Metadata.PeriodStart),
                PeriodEnd = subPlans.Max(p => p.Metadata.PeriodEnd),
                Inferred = [.. collection.Inferred, "periodStart", "periodEnd"],
            };
        }
        var titleParagraphs = MetadataInference.TitleSource(document, front);
        var collectionPlan = new StructuredPlan(collectionId, collection, null, titleParagraphs,
            [.. front.Except(titleParagraphs)], []);
        return [collectionPlan, .. subPlans];
    }

    /// <summary>
    /// “附件” (or “附件1”) printed over a plan that follows its issuing notice (…关于印发《…》的通知 / 附件 / the plan's title):
    /// the notice's mark for what it attaches, not a division of the plan.
    /// </summary>
    private static IReadOnlyList<Paragraph> WithoutCoverMark(IReadOnlyList<Paragraph> paragraphs)
    {
        var first = IndexOfFirstDivision(paragraphs);
        if (first >= paragraphs.Count || HeadingShapes.Of(paragraphs[first]) is not { Marker: HeadingMarker.Named, Title: "附件" or "附件1" }) return paragraphs;
        var next = first + 1;
        while (next < paragraphs.Count && paragraphs[next].Kind == ParagraphKind.Prose) next++;
        if (MetadataInference.TitleParagraphs([.. paragraphs.Skip(first + 1).Take(next - first - 1)]).Count == 0) return paragraphs;
        return [.. paragraphs.Take(first), .. paragraphs.Skip(first + 1)];
    }

    private static int IndexOfFirstDivision(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Kind is ParagraphKind.Heading or ParagraphKind.ColumnTitle) return i;
        }
        return paragraphs.Count;
    }

    private static PlanMetadata FromManifest(ManifestEntry entry) => new(
        entry.Title, entry.Level, entry.Kind, entry.Region, entry.PeriodStart, entry.PeriodEnd,
        entry.VisionYear, entry.Issuer, entry.IssuedOn, entry.Inferred ?? []);
}
