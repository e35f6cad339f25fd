using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Links that follow from the strategies plans share:
/// - REFERS_TO from every sub-plan of a compilation to the strategy the compilation's title names
///   (the 一主六双 compilation's later plans print no “…专项规划之X” line of their own);
/// - ALIGNS_WITH from a goal to a goal of a plan above its own (the plans it IMPLEMENTS, their
///   IMPLEMENTS targets, and the sub-plans of a compilation among them) when both serve the same
///   strategy, basis "strategy:&lt;name&gt;". A goal serves a strategy its own text names ("via":
///   "goal"), or one named by the heading of a section it stands in (a goal under 第二章 加快实施
///   “一主、六双”产业空间布局, "via": "section"), or by its plan's title (every goal of a 一主六双
///   special plan, "via": "plan"). Sharing a strategy says less than sharing an indicator: the
///   confidence is 0.35–0.6 when the goal names the strategy and 0.25–0.5 when it only stands
///   under it, by how alike the two goals' texts are (character bigrams); an inherited pair needs
///   some likeness (<see cref="MinInheritedSimilarity"/>). To keep this from linking every goal to
///   every goal, each goal gets at most <see cref="PerGoal"/> links per strategy: the most alike
///   goals above it, ties by document order.
/// </summary>
public static class StrategyAlignLinker
{
    public const int PerGoal = 2;
    public const double MinInheritedSimilarity = 0.1;

    /// <param name="existing">Links already made (ALIGNS_WITH by shared indicator): the goal pairs they align are left alone.</param>
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
                yield return new LinkRecord(RelationshipTypes.RefersTo, member.Plan.Id, NodeIds.ForName(Labels.Strategy, mention.TargetName), mention.Provenance,
                    SharedProps.Of(("basis", "collection")));
            }
        }
    }

    private static IEnumerable<LinkRecord> Align(IReadOnlyList<ExtractedPlan> plans, IReadOnlyList<LinkRecord> implementsLinks, IReadOnlyList<LinkRecord> existing)
    {
        var byId = plans.ToDictionary(p => p.Plan.Id, StringComparer.Ordinal);
        var members = plans.Where(p => p.Plan.CollectionId is not null).GroupBy(p => p.Plan.CollectionId!).ToDictionary(g => g.Key, g => g.Select(p => p.Plan.Id).ToList(), StringComparer.Ordinal);
        var upward = implementsLinks.Where(l => l.Type == RelationshipTypes.Implements).GroupBy(l => l.FromId).ToDictionary(g => g.Key, g => g.Select(l => l.ToId).ToList(), StringComparer.Ordinal);
        var already = existing.Where(l => l.Type == RelationshipTypes.AlignsWith).Select(l => (l.FromId, l.ToId)).ToHashSet();
        var titled = plans.ToDictionary(p => p.Plan.Id, TitleStrategies, StringComparer.Ordinal);
        foreach (var member in plans.Where(p => p.Plan.CollectionId is not null && titled.ContainsKey(p.Plan.CollectionId)))
        {
            titled[member.Plan.Id] = [.. titled[member.Plan.Id].Union(titled[member.Plan.CollectionId!])];
        }
        var goalStrategies = plans.ToDictionary(p => p.Plan.Id, p => GoalStrategies(p, titled[p.Plan.Id]), StringComparer.Ordinal);
        // A city's goals are candidates for each of its districts' goals: their bigrams are read
        // once, not once per district (at 100×, 54 MB of sets and strings an import made again).
        var bigrams = new Dictionary<GoalRecord, HashSet<int>>(ReferenceEqualityComparer.Instance);
        HashSet<int> BigramsOf(GoalRecord goal)
        {
            if (!bigrams.TryGetValue(goal, out var set)) bigrams[goal] = set = Bigrams(goal.Text);
            return set;
        }

        foreach (var lower in plans)
        {
            var above = Above(lower.Plan.Id, upward, members);
            if (above.Count == 0) continue;
            var candidates = above.Where(byId.ContainsKey)
                .SelectMany(id => byId[id].Facts.Goals.Select(g => (Goal: g, Strategies: goalStrategies[id].GetValueOrDefault(g.Id))))
                .Where(c => c.Strategies is not null)
                .Select(c => (c.Goal, c.Strategies, Bigrams: BigramsOf(c.Goal))).ToList();
            if (candidates.Count == 0) continue;
            foreach (var goal in lower.Facts.Goals)
            {
                if (!goalStrategies[lower.Plan.Id].TryGetValue(goal.Id, out var strategies)) continue;
                var own = BigramsOf(goal);
                foreach (var (strategy, via) in strategies)
                {
                    var best = candidates
                        .Where(c => c.Strategies!.ContainsKey(strategy) && !already.Contains((goal.Id, c.Goal.Id)))
                        .Select((c, order) => (c.Goal, Direct: via == ViaGoal && c.Strategies![strategy] == ViaGoal, Similarity: Similarity(own, c.Bigrams), Order: order))
                        .Where(c => c.Direct || c.Similarity >= MinInheritedSimilarity)
                        .OrderByDescending(c => c.Similarity).ThenBy(c => c.Order)
                        .Take(PerGoal)
                        .ToList();
                    foreach (var (upper, direct, similarity, _) in best)
                    {
                        if (!already.Add((goal.Id, upper.Id))) continue;
                        var confidence = Math.Round((direct ? 0.35 : 0.25) + 0.25 * similarity, 3);
                        yield return new LinkRecord(RelationshipTypes.AlignsWith, goal.Id, upper.Id, goal.Provenance,
                            SharedProps.Of(("basis", "strategy:" + strategy), ("confidence", confidence), ("via", via)));
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

    private const string ViaGoal = "goal";
    private const string ViaSection = "section";
    private const string ViaPlan = "plan";

    /// <summary>The strategies a plan's printed title names (the compilation: “一主六双”高质量发展战略专项规划).</summary>
    private static List<string> TitleStrategies(ExtractedPlan extracted)
    {
        var titleLines = extracted.Plan.TitleLines.Select(t => (t.File, t.LineStart)).ToHashSet();
        return extracted.Facts.Mentions
            .Where(m => m.Type == RelationshipTypes.RefersTo && m.FromId == extracted.Plan.Id && titleLines.Contains((m.Provenance.File, m.Provenance.LineStart)))
            .Select(m => m.TargetName).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>For each goal of a plan: the strategies it serves, and how (its own text, a heading above it, its plan's title).</summary>
    private static Dictionary<string, Dictionary<string, string>> GoalStrategies(ExtractedPlan extracted, List<string> planWide)
    {
        var plan = extracted.Plan;
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var references = extracted.Facts.Mentions.Where(m => m.Type == RelationshipTypes.RefersTo).ToLookup(m => m.FromId, StringComparer.Ordinal);

        // Strategies a heading names: a section's reference stands on its heading line when the heading prints it.
        var headings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in plan.AllSections())
        {
            foreach (var child in section.Children) parents[child.Id] = section.Id;
            foreach (var column in section.Content.OfType<ColumnBlock>()) owners[column.Id] = section.Id;
            var named = references[section.Id].Where(m => m.Provenance.LineStart <= section.Heading.LineEnd && m.Provenance.LineEnd >= section.Heading.LineStart)
                .Select(m => m.TargetName).ToList();
            if (named.Count > 0) headings[section.Id] = named;
        }

        foreach (var goal in extracted.Facts.Goals)
        {
            var served = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in references[goal.Id]) served[m.TargetName] = ViaGoal;
            var section = owners.GetValueOrDefault(goal.OwnerId) ?? goal.OwnerId;
            for (var s = section; s is not null; s = parents.GetValueOrDefault(s))
            {
                foreach (var name in headings.GetValueOrDefault(s) ?? []) served.TryAdd(name, ViaSection);
            }
            foreach (var name in planWide) served.TryAdd(name, ViaPlan);
            if (served.Count > 0) result[goal.Id] = served;
        }
        return result;
    }

    /// <summary>The text's pairs of adjacent characters, each as one number (first character in the high half).</summary>
    private static HashSet<int> Bigrams(string text)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsWhiteSpace(text[i + 1])) continue;
            set.Add(text[i] << 16 | text[i + 1]);
        }
        return set;
    }

    private static double Similarity(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
