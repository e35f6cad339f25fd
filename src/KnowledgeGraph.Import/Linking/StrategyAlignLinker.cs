using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Links that follow from the strategies plans share:
/// - REFERS_TO from every sub-plan of a compilation to the strategy the compilation's title names
///   (the 一主六双 compilation's later plans print no “…专项规划之X” line of their own);
/// - ALIGNS_WITH from a goal to a goal of a plan above its own (the plans it IMPLEMENTS, their
///   IMPLEMENTS targets, and the sub-plans of a compilation among them) when both refer to the same
///   strategy: basis "strategy:&lt;name&gt;". Sharing a strategy says less than sharing an
///   indicator, so the confidence stays between 0.35 and 0.6, by how alike the two goals' texts
///   are (character bigrams). To keep this from becoming every-goal-to-every-goal, each goal gets at
///   most <see cref="PerGoal"/> links per strategy: the most alike goals above it, ties by document order.
/// </summary>
public static class StrategyAlignLinker
{
    public const int PerGoal = 2;

    public static LinkFacts Link(IReadOnlyList<ExtractedPlan> plans, IReadOnlyList<LinkRecord> implementsLinks, IReadOnlyList<LinkRecord> existing)
    {
        var links = new List<LinkRecord>();
        links.AddRange(CollectionMembers(plans));
        links.AddRange(Align(plans, implementsLinks, existing));
        return new LinkFacts([], links);
    }

    private static IEnumerable<LinkRecord> CollectionMembers(IReadOnlyList<ExtractedPlan> plans)
    {
        var byId = plans.ToDictionary(p => p.Plan.Id, StringComparer.Ordinal);
        foreach (var member in plans)
        {
            if (member.Plan.CollectionId is not { } collectionId || !byId.TryGetValue(collectionId, out var collection)) continue;
            var own = member.Facts.Mentions.Where(m => m.FromId == member.Plan.Id && m.Type == RelationshipTypes.RefersTo).Select(m => m.TargetName).ToHashSet(StringComparer.Ordinal);
            foreach (var mention in collection.Facts.Mentions.Where(m => m.FromId == collectionId && m.Type == RelationshipTypes.RefersTo))
            {
                if (!own.Add(mention.TargetName)) continue;
                yield return new LinkRecord(RelationshipTypes.RefersTo, member.Plan.Id, NodeIds.For(Labels.Strategy, mention.TargetName), mention.Provenance,
                    Props.Of(("basis", "collection")));
            }
        }
    }

    private static IEnumerable<LinkRecord> Align(IReadOnlyList<ExtractedPlan> plans, IReadOnlyList<LinkRecord> implementsLinks, IReadOnlyList<LinkRecord> existing)
    {
        var byId = plans.ToDictionary(p => p.Plan.Id, StringComparer.Ordinal);
        var members = plans.Where(p => p.Plan.CollectionId is not null).GroupBy(p => p.Plan.CollectionId!).ToDictionary(g => g.Key, g => g.Select(p => p.Plan.Id).ToList(), StringComparer.Ordinal);
        var upward = implementsLinks.Where(l => l.Type == RelationshipTypes.Implements).GroupBy(l => l.FromId).ToDictionary(g => g.Key, g => g.Select(l => l.ToId).ToList(), StringComparer.Ordinal);
        var already = existing.Where(l => l.Type == RelationshipTypes.AlignsWith).Select(l => (l.FromId, l.ToId)).ToHashSet();
        var goalStrategies = plans.ToDictionary(p => p.Plan.Id, GoalStrategies, StringComparer.Ordinal);

        foreach (var lower in plans)
        {
            var above = Above(lower.Plan.Id, upward, members);
            if (above.Count == 0) continue;
            var candidates = above.Where(byId.ContainsKey).SelectMany(id => byId[id].Facts.Goals.Select(g => (Goal: g, Strategies: goalStrategies[id].GetValueOrDefault(g.Id)))).Where(c => c.Strategies is not null).ToList();
            if (candidates.Count == 0) continue;
            foreach (var goal in lower.Facts.Goals)
            {
                if (!goalStrategies[lower.Plan.Id].TryGetValue(goal.Id, out var strategies)) continue;
                var bigrams = Bigrams(goal.Text);
                foreach (var strategy in strategies)
                {
                    var best = candidates
                        .Where(c => c.Strategies!.Contains(strategy) && !already.Contains((goal.Id, c.Goal.Id)))
                        .Select((c, order) => (c.Goal, Similarity: Similarity(bigrams, Bigrams(c.Goal.Text)), Order: order))
                        .OrderByDescending(c => c.Similarity).ThenBy(c => c.Order)
                        .Take(PerGoal);
                    foreach (var (upper, similarity, _) in best)
                    {
                        if (!already.Add((goal.Id, upper.Id))) continue;
                        var confidence = Math.Round(0.35 + 0.25 * similarity, 3);
                        yield return new LinkRecord(RelationshipTypes.AlignsWith, goal.Id, upper.Id, goal.Provenance,
                            Props.Of(("basis", "strategy:" + strategy), ("confidence", confidence)));
                    }
                }
            }
        }
    }

    /// <summary>The plans above one: what it implements, transitively, with the sub-plans of a compilation among them.</summary>
    private static List<string> Above(string planId, Dictionary<string, List<string>> upward, Dictionary<string, List<string>> members)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { planId };
        var queue = new Queue<string>();
        queue.Enqueue(planId);
        while (queue.Count > 0)
        {
            foreach (var next in upward.GetValueOrDefault(queue.Dequeue()) ?? [])
            {
                if (!seen.Add(next)) continue;
                result.Add(next);
                queue.Enqueue(next);
                foreach (var member in members.GetValueOrDefault(next) ?? [])
                {
                    if (seen.Add(member)) result.Add(member);
                }
            }
        }
        return result;
    }

    private static Dictionary<string, HashSet<string>> GoalStrategies(ExtractedPlan plan)
    {
        var goals = plan.Facts.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mention in plan.Facts.Mentions)
        {
            if (mention.Type != RelationshipTypes.RefersTo || !goals.Contains(mention.FromId)) continue;
            if (!result.TryGetValue(mention.FromId, out var set)) result[mention.FromId] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(mention.TargetName);
        }
        return result;
    }

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsWhiteSpace(text[i + 1])) continue;
            set.Add(text.Substring(i, 2));
        }
        return set;
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
