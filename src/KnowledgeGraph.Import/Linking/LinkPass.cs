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
        facts = facts.Merge(AlignsWithLinker.Link(plans));
        return facts;
    }
}
