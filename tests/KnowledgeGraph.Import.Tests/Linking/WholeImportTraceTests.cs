using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>The whole import (ImportPipeline.Run), read as a researcher tracing the province's strategy down to the city and district.</summary>
public sealed class WholeImportTraceTests
{
    [Fact]
    public void StrategyYizhuLiushuangIsReferredToByChangchunSections()
    {
        var changchun = ImportedCorpus.PlanId("001");
        var referrers = ImportedCorpus.Edges(RelationshipTypes.RefersTo, to: ImportedCorpus.StrategyId("一主六双"))
            .Select(e => ImportedCorpus.Node(e.From))
            .Where(n => n.Props.GetString("planId") == changchun && n.Label is Labels.Section or Labels.Goal)
            .ToList();
        Assert.NotEmpty(referrers);
        Assert.Contains(referrers, n => n.Props.GetString("title") == "加快实施“一主、六双”产业空间布局");
    }

    [Fact]
    public void TheTraceRunsFromTheStrategyThroughTheCityToTheDistrict()
    {
        // Strategy ← REFERS_TO – 长春 section; 二道区 plan – IMPLEMENTS → 长春 plan – IMPLEMENTS → the compilation – REFERS_TO → Strategy.
        var erdao = ImportedCorpus.PlanId("003");
        var changchun = ImportedCorpus.PlanId("001");
        var compilation = ImportedCorpus.PlanId("004");
        ImportedCorpus.Edge(RelationshipTypes.Implements, erdao, changchun);
        ImportedCorpus.Edge(RelationshipTypes.Implements, changchun, compilation);
        ImportedCorpus.Edge(RelationshipTypes.RefersTo, compilation, ImportedCorpus.StrategyId("一主六双"));
    }

    [Fact]
    public void APathRunsFromTheStrategyThroughChangchunSectionsAndGoalsToADistrictProject()
    {
        // Downward steps across levels: a strategy to what refers to it, a plan to the plans that
        // implement it and to its sections, boxes and goals, a goal to the lower goals aligned with
        // it and to the projects supporting them.
        var graph = ImportedCorpus.Graph;
        var outgoing = graph.Edges.Where(e => e.Type is RelationshipTypes.HasSection or RelationshipTypes.HasColumn or RelationshipTypes.States)
            .ToLookup(e => e.From, e => e.To);
        var incoming = graph.Edges.Where(e => e.Type is RelationshipTypes.RefersTo or RelationshipTypes.Implements or RelationshipTypes.AlignsWith or RelationshipTypes.Supports)
            .ToLookup(e => e.To, e => e.From);
        var changchun = ImportedCorpus.PlanId("001");
        var districts = new[] { ImportedCorpus.PlanId("002"), ImportedCorpus.PlanId("003") };

        // Breadth first over (node, passed a 长春 section, passed a 长春 goal).
        var start = (ImportedCorpus.StrategyId("一主六双"), false, false);
        var parent = new Dictionary<(string, bool, bool), (string, bool, bool)?> { [start] = null };
        var queue = new Queue<(string Id, bool Section, bool Goal)>([start]);
        (string, bool, bool)? found = null;
        while (queue.Count > 0 && found is null)
        {
            var at = queue.Dequeue();
            foreach (var next in outgoing[at.Id].Concat(incoming[at.Id]))
            {
                var node = ImportedCorpus.Node(next);
                var inCity = node.Props.GetString("planId") == changchun;
                var state = (next, at.Section || (inCity && node.Label == Labels.Section), at.Goal || (inCity && node.Label == Labels.Goal));
                if (!parent.TryAdd(state, at)) continue;
                if (node.Label == Labels.Project && state.Item2 && state.Item3 && districts.Contains(node.Props.GetString("planId")))
                {
                    found = state;
                    break;
                }
                queue.Enqueue(state);
            }
        }

        Assert.True(found is not null, "no path from 一主六双 through a 长春 section and goal to a district project");
        var path = new List<GraphNode>();
        for (var step = found; step is not null; step = parent[step.Value]) path.Insert(0, ImportedCorpus.Node(step.Value.Item1));
        Assert.Equal(Labels.Strategy, path[0].Label);
        Assert.Contains(path, n => n.Label == Labels.Section && n.Props.GetString("planId") == changchun);
        Assert.Contains(path, n => n.Label == Labels.Goal && n.Props.GetString("planId") == changchun);
        Assert.Contains(path, n => n.Label == Labels.Goal && districts.Contains(n.Props.GetString("planId")));
        Assert.Equal(Labels.Project, path[^1].Label);
    }

    [Fact]
    public void EveryEntityLinkJoinsNodesOfTheRightLabels()
    {
        var expected = new Dictionary<string, (string[] From, string[] To)>
        {
            [RelationshipTypes.Mentions] = ([Labels.Section, Labels.Goal, Labels.Project], [Labels.Place, Labels.Agency]),
            [RelationshipTypes.LocatedIn] = ([Labels.Project], [Labels.Place]),
            [RelationshipTypes.LedBy] = ([Labels.Project, Labels.Plan], [Labels.Agency]),
            [RelationshipTypes.Within] = ([Labels.Place], [Labels.Place]),
            [RelationshipTypes.RefersTo] = ([Labels.Section, Labels.Goal, Labels.Project, Labels.Plan], [Labels.Strategy]),
            [RelationshipTypes.Implements] = ([Labels.Plan], [Labels.Plan]),
        };
        foreach (var edge in ImportedCorpus.Graph.Edges)
        {
            if (!expected.TryGetValue(edge.Type, out var ends)) continue;
            Assert.Contains(ImportedCorpus.Node(edge.From).Label, ends.From);
            Assert.Contains(ImportedCorpus.Node(edge.To).Label, ends.To);
        }
    }

    [Fact]
    public void DerivedLinksCarryBasisAndConfidence()
    {
        foreach (var edge in ImportedCorpus.Graph.Edges.Where(e => e.Type is RelationshipTypes.Implements or RelationshipTypes.AlignsWith))
        {
            Assert.False(string.IsNullOrEmpty(edge.Props.GetString("basis")));
            Assert.InRange(edge.Props.GetNumber("confidence") ?? -1, 0.0, 1.0);
        }
    }

    [Fact]
    public void APlaceMentionPointsAtLinesThatPrintThePlace()
    {
        var lines = new Dictionary<string, string[]>();
        foreach (var edge in ImportedCorpus.Edges(RelationshipTypes.Mentions).Where(e => ImportedCorpus.Node(e.To).Label == Labels.Place))
        {
            if (!lines.TryGetValue(edge.Provenance.File, out var file))
            {
                lines[edge.Provenance.File] = file = File.ReadAllLines(Path.Combine(Corpus.PlansDirectory, edge.Provenance.File));
            }
            var printed = FoldedText.Fold(string.Concat(file[(edge.Provenance.LineStart - 1)..edge.Provenance.LineEnd]));
            var place = ImportedCorpus.Node(edge.To).Props;
            var forms = (place.GetString("aliases") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries).Append(place.GetString("name")!);
            Assert.True(forms.Any(f => printed.Contains(FoldedText.Fold(f), StringComparison.Ordinal)),
                $"{edge.Provenance.File}:{edge.Provenance.LineStart}-{edge.Provenance.LineEnd} does not print {place.GetString("name")}");
        }
    }

    [Fact]
    public void TheSameInputGivesTheSameEntityGraph()
    {
        var again = ImportPipeline.Run(new ImportOptions(Corpus.PlansDirectory)).Graph;
        Assert.Equal(ImportedCorpus.Graph.Nodes.Select(n => (n.Id, n.Props.Count)), again.Nodes.Select(n => (n.Id, n.Props.Count)));
        Assert.Equal(ImportedCorpus.Graph.Edges.Select(e => e.Key), again.Edges.Select(e => e.Key));
    }
}
