using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Bench;

/// <summary>
/// A plan-shaped graph of any size, with text cut from the bundled plan files so that string
/// lengths and the character mix match real imports: the label mix, the relationship mix and
/// the sharing of provenance between a node and the relationships read from the same text
/// follow what the importer produces (about 2.7 relationships per node).
/// </summary>
internal static class SyntheticGraph
{
    public static GraphSnapshot Create(int nodeCount, int edgeCount, string corpusDirectory, int seed = 7)
    {
        var corpus = string.Concat(Directory.GetFiles(corpusDirectory, "*.txt").Order().Select(File.ReadAllText))
            .Replace("\r", "").Replace("\n", "").Replace("\t", "").Replace(" ", "");
        var random = new Random(seed);
        string Text(int min, int max)
        {
            var length = random.Next(min, max + 1);
            return corpus.Substring(random.Next(corpus.Length - length), length);
        }

        // Share of each label in a real import, roughly.
        (string Label, double Share)[] mix =
        [
            (Labels.Plan, 0.0004), (Labels.Section, 0.18), (Labels.Column, 0.02), (Labels.Goal, 0.16),
            (Labels.Indicator, 0.02), (Labels.Project, 0.30), (Labels.Place, 0.12), (Labels.Agency, 0.06),
            (Labels.Strategy, 0.03), (Labels.Document, 0.1096),
        ];
        var nodes = new List<GraphNode>(nodeCount);
        var byLabel = new Dictionary<string, List<GraphNode>>();
        foreach (var (label, share) in mix)
        {
            var count = Math.Max(1, (int)(nodeCount * share));
            if (label == Labels.Document) count = nodeCount - nodes.Count;
            var list = new List<GraphNode>(count);
            for (var i = 0; i < count; i++)
            {
                var plan = byLabel.TryGetValue(Labels.Plan, out var plans) ? plans[random.Next(plans.Count)].Id : null;
                var props = label switch
                {
                    Labels.Plan => Props.Of(("title", Text(15, 40)), ("level", PlanLevels.All[i % 4]), ("kind", "FIVE_YEAR"),
                        ("region", Text(3, 5)), ("periodStart", 2021), ("periodEnd", 2025)),
                    Labels.Section => Props.Of(("number", $"第{i % 20 + 1}章"), ("title", Text(6, 20)), ("depth", i % 3 + 1),
                        ("ordinal", i % 30 + 1), ("planId", plan)),
                    Labels.Column => Props.Of(("number", $"专栏 {i % 12 + 1}"), ("title", Text(6, 16)), ("planId", plan)),
                    Labels.Goal => Props.Of(("text", Text(15, 60)), ("kind", i % 3 == 0 ? "INDICATOR" : "QUALITATIVE"),
                        ("category", Text(4, 4)), ("target", $"{random.Next(1, 1000)}左右"), ("targetValue", random.Next(1, 1000) / 10.0),
                        ("targetYear", 2025), ("attribute", i % 2 == 0 ? "EXPECTED" : "BINDING"), ("unit", "%"), ("planId", plan)),
                    Labels.Project => Props.Of(("name", Text(6, 16)), ("description", i % 2 == 0 ? Text(20, 60) : null), ("planId", plan)),
                    Labels.Document => Props.Of(("title", Text(8, 24))),
                    _ => Props.Of(("name", Text(3, 10))),
                };
                var node = new GraphNode(NodeIds.For(label, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), label,
                    props, Provenance.Create($"{i % 5:000}_plan.txt", i % 9000 + 1, i % 9000 + 2, Text(40, 200)));
                list.Add(node);
                nodes.Add(node);
            }
            byLabel[label] = list;
        }

        // Relationship types with their share and end labels.
        (string Type, double Share, string From, string To)[] kinds =
        [
            (RelationshipTypes.HasSection, 0.08, Labels.Section, Labels.Section),
            (RelationshipTypes.HasColumn, 0.01, Labels.Section, Labels.Column),
            (RelationshipTypes.States, 0.07, Labels.Section, Labels.Goal),
            (RelationshipTypes.Measures, 0.04, Labels.Goal, Labels.Indicator),
            (RelationshipTypes.Lists, 0.12, Labels.Column, Labels.Project),
            (RelationshipTypes.Mentions, 0.35, Labels.Section, Labels.Place),
            (RelationshipTypes.LocatedIn, 0.08, Labels.Project, Labels.Place),
            (RelationshipTypes.LedBy, 0.04, Labels.Project, Labels.Agency),
            (RelationshipTypes.Within, 0.03, Labels.Place, Labels.Place),
            (RelationshipTypes.RefersTo, 0.06, Labels.Project, Labels.Strategy),
            (RelationshipTypes.AlignsWith, 0.04, Labels.Goal, Labels.Goal),
            (RelationshipTypes.SameAs, 0.03, Labels.Project, Labels.Project),
            (RelationshipTypes.Supports, 0.05, Labels.Project, Labels.Goal),
        ];
        var edges = new List<GraphEdge>(edgeCount);
        var keys = new HashSet<(int, string, string)>();
        for (var k = 0; k < kinds.Length; k++)
        {
            var (type, share, fromLabel, toLabel) = kinds[k];
            var count = k == kinds.Length - 1 ? edgeCount - edges.Count : (int)(edgeCount * share);
            var from = byLabel[fromLabel];
            var to = byLabel[toLabel];
            var derived = RelationshipTypes.Derived.Contains(type);
            for (var made = 0; made < count;)
            {
                var a = from[random.Next(from.Count)];
                var b = to[random.Next(to.Count)];
                if (a.Id == b.Id || !keys.Add((k, a.Id, b.Id))) continue;
                var props = derived ? Props.Of(("basis", "indicator"), ("confidence", random.Next(50, 101) / 100.0)) : Props.Empty;
                edges.Add(new GraphEdge(type, a.Id, b.Id, props, a.Provenance));
                made++;
            }
        }
        return new GraphSnapshot(nodes, edges);
    }
}
