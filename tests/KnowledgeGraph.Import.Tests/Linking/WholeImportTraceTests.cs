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
    public void EveryEntityLinkJoinsNodesOfTheRightLabels()
    {
        var expected = new Dictionary<string, (string[] From, string[] To)>
        {
            [RelationshipTypes.Mentions] = ([Labels.Section, Labels.Goal, Labels.Project], [Labels.Place, Labels.Agency]),
            [RelationshipTypes.LocatedIn] = ([Labels.Project], [Labels.Place]),
            [RelationshipTypes.LedBy] = ([Labels.Project], [Labels.Agency]),
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
