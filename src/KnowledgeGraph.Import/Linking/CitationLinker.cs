using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Resolves each citation to the Plan of the corpus it names, else to a Document. A cited title
/// names a plan when, after <see cref="CitationTitles"/> normalisation, it equals the plan's title
/// (match "title"), equals it but for the kind of plan at the end (“专项规划” for “发展规划”: "variant"),
/// or is listed in documents.json ("alias"). A title that prints a period the plan does not have
/// is another edition (《长春吉林一体化协同发展规划（2019—2025年）》 is not the 2021—2030 plan) and
/// becomes a Document. CITES carries the printed title and the match.
/// </summary>
public static class CitationLinker
{
    public static LinkFacts Link(IReadOnlyList<ExtractedPlan> plans, ExtractionContext context)
    {
        var aliases = context.Resource(CitationAliases.Load);
        var byCore = new Dictionary<string, StructuredPlan>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, StructuredPlan?>(StringComparer.Ordinal);
        foreach (var plan in plans.Select(p => p.Plan))
        {
            var core = CitationTitles.Core(plan.Metadata.Title);
            byCore.TryAdd(core, plan);
            var stem = CitationTitles.Stem(core);
            // Two plans sharing a stem would make a variant ambiguous: neither is chosen then.
            byStem[stem] = byStem.ContainsKey(stem) ? null : plan;
        }

        var entities = new List<EntityRecord>();
        var documents = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<LinkRecord>();
        foreach (var extracted in plans)
        {
            foreach (var citation in extracted.Facts.Citations)
            {
                var (target, match) = Resolve(citation.Title, byCore, byStem, aliases);
                if (target is not null)
                {
                    if (target.Id == extracted.Plan.Id) continue;
                    links.Add(Cites(citation, target.Id, match));
                    continue;
                }
                var identity = CitationTitles.Identity(citation.Title);
                // CITES keeps the printed form.
                var document = new EntityRecord(Labels.Document, identity, Props.Of(("title", CitationTitles.Display(citation.Title))), citation.Provenance);
                if (documents.Add(identity)) entities.Add(document);
                links.Add(Cites(citation, document.Id, "document"));
            }
        }
        return new LinkFacts(entities, links);
    }

    /// <summary>The corpus plan a printed title names, and how it was matched; (null, …) when none.</summary>
    public static (StructuredPlan? Plan, string Match) Resolve(string printed, Dictionary<string, StructuredPlan> byCore,
        Dictionary<string, StructuredPlan?> byStem, CitationAliases aliases)
    {
        var core = CitationTitles.Core(printed);
        StructuredPlan? plan;
        string match;
        if (byCore.TryGetValue(core, out plan)) match = "title";
        else if (byStem.TryGetValue(CitationTitles.Stem(core), out plan) && plan is not null) match = "variant";
        else if (aliases.TitleFor(core) is { } title && byCore.TryGetValue(title, out plan)) match = "alias";
        else return (null, "");
        if (CitationTitles.Period(printed) is { } period && (period.Start != plan.Metadata.PeriodStart || period.End != plan.Metadata.PeriodEnd))
        {
            return (null, "");
        }
        return (plan, match);
    }

    private static LinkRecord Cites(CitationRecord citation, string targetId, string match) =>
        new(RelationshipTypes.Cites, citation.FromId, targetId, citation.Provenance, Props.Of(("printed", citation.Title), ("match", match)));
}
