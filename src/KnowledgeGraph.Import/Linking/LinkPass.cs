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
        // The linkers only read the plans. Citations, IMPLEMENTS and the strategy links build on one
        // another, and the strategy links leave alone the goals ALIGNS_WITH by indicator has already
        // paired (a shared measure says more than a shared strategy); SAME_AS and SUPPORTS stand
        // alone. They run side by side and their links are put together in this fixed order. Which
        // regions lie in which, as the plans' texts print it, is read once for the linkers that need it.
        var regions = new Lazy<AlignsWithRegions>(() => AlignsWithRegions.From(plans));
        var aligned = Task.Run(() => AlignsWithLinker.Link(plans, regions.Value));
        var chain = Task.Run(() =>
        {
            var citations = CitationLinker.Link(plans, context);
            var implementation = ImplementsLinker.Link(plans, citations.Links, regions);
            var facts = LinkFacts.Merge(citations, implementation);
            return (Facts: facts, Strategies: StrategyAlignLinker.Link(plans, implementation.Links, aligned.GetAwaiter().GetResult().Links));
        });
        var supports = Task.Run(() => SupportsLinker.Link(plans));
        var places = context.Resource(Extraction.Places.PlaceGazetteer.Load);
        var sameAs = SameAsLinker.Link(plans, regions, region => places.Find(region) is { PlanRegion: false });
        var (facts, strategies) = chain.GetAwaiter().GetResult();
        return LinkFacts.Merge(facts, strategies, aligned.GetAwaiter().GetResult(),
            new LinkFacts([], sameAs), new LinkFacts([], supports.GetAwaiter().GetResult()));
    }
}
