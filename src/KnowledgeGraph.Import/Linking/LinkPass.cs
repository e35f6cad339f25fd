namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// The link pass: relationships between plans of different levels, made from what the plans
/// share (the place hierarchy, an indicator, a strategy, a project's name), each with the basis
/// it was made on and a confidence.
/// </summary>
public static class LinkPass
{
    public static LinkFacts Link(IReadOnlyList<ExtractedPlan> plans, Extraction.ExtractionContext context)
    {
        var facts = LinkFacts.Empty;
        var citations = CitationLinker.Link(plans, context);
        facts = facts.Merge(citations);
        var implementation = ImplementsLinker.Link(plans, citations.Links);
        facts = facts.Merge(implementation);
        facts = facts.Merge(StrategyAlignLinker.Link(plans, implementation.Links, facts.Links));
        facts = facts.Merge(AlignsWithLinker.Link(plans));
        facts = facts.Merge(new LinkFacts([], SameAsLinker.Link(plans)));
        facts = facts.Merge(new LinkFacts([], SupportsLinker.Link(plans)));
        return facts;
    }
}
