using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Resolves each citation to the Plan of the corpus it names, else to a Document. A cited title
/// names a plan when, after <see cref="CitationTitles"/> normalisation, it equals the plan's title
/// (match "title"), equals it but for the kind of plan at the end (“专项规划” for “发展规划”: "variant"),
/// or is listed in documents.json ("alias"); or it is the short name of an area's five-year plan
/// (《长春市“十四五”规划纲要》, "short"). A title that prints a period the plan does not have
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
        var fiveYear = new Dictionary<(string Region, int? Start), StructuredPlan>();
        foreach (var plan in plans.Select(p => p.Plan))
        {
            if (plan.Metadata.Kind == Graph.PlanKinds.FiveYear) fiveYear.TryAdd((plan.Metadata.Region, plan.Metadata.PeriodStart), plan);
            var core = CitationTitles.Core(plan.Metadata.Title);
            byCore.TryAdd(core, plan);
            var stem = CitationTitles.Stem(core);
            // Two plans sharing a stem would make a variant ambiguous: neither is chosen then.
            byStem[stem] = byStem.ContainsKey(stem) ? null : plan;
        }

        var links = new List<LinkRecord>();
        var outside = new List<(CitationRecord Citation, string Identity)>();
        foreach (var extracted in plans)
        {
            foreach (var citation in extracted.Facts.Citations)
            {
                var (target, match) = Resolve(citation.Title, byCore, byStem, aliases);
                // 《长春市“十四五”规划纲要》: the area's five-year plan of that period, by its short name.
                if (target is null && CitationTitles.FiveYearShortName(citation.Title) is { } named
                    && fiveYear.TryGetValue((named.Area, named.Start), out var plan) && plan.Metadata.PeriodEnd == named.End)
                {
                    (target, match) = (plan, "short");
                }
                if (target is null) outside.Add((citation, CitationTitles.Identity(citation.Title)));
                else if (target.Id != extracted.Plan.Id) links.Add(Cites(citation, target.Id, match));
            }
        }
        return new LinkFacts(Documents(outside, links), links);
    }

    /// <summary>
    /// One Document per title outside the corpus, a short form counting as the full one it
    /// abbreviates (《土地管理法》 for 《中华人民共和国土地管理法》). The node takes the title and
    /// provenance of its full form's first citation; CITES keeps what each citation printed.
    /// </summary>
    private static List<EntityRecord> Documents(List<(CitationRecord Citation, string Identity)> outside, List<LinkRecord> links)
    {
        var full = CitationTitles.FullForms([.. outside.Select(o => o.Identity).Distinct(StringComparer.Ordinal)]);
        var order = new List<string>();
        var named = new Dictionary<string, CitationRecord>(StringComparer.Ordinal);
        foreach (var (citation, identity) in outside)
        {
            var document = full.GetValueOrDefault(identity, identity);
            if (!named.ContainsKey(document)) order.Add(document);
            if (identity == document) named.TryAdd(document, citation);
            var entity = new EntityRecord(Labels.Document, document, Props.Empty, citation.Provenance);
            links.Add(Cites(citation, entity.Id, "document"));
        }
        // Every full form is some citation's own identity, so each document has its naming citation.
        return [.. order.Select(d => new EntityRecord(Labels.Document, d, Props.Of(("title", CitationTitles.Display(named[d].Title))), named[d].Provenance))];
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
