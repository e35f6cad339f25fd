using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Linking;

public sealed class ImplementsLinkerTests
{
    private static readonly string Erdao = ImportedCorpus.PlanId("003");
    private static readonly string Lvyuan = ImportedCorpus.PlanId("002");
    private static readonly string Changchun = ImportedCorpus.PlanId("001");
    private static readonly string Lianhuashan = ImportedCorpus.PlanId("000");
    private static readonly string Compilation = ImportedCorpus.PlanId("004");

    [Fact]
    public void ErdaoDistrictPlanImplementsTheChangchunPlanOfTheSamePeriod()
    {
        var edge = ImportedCorpus.Edge(RelationshipTypes.Implements, Erdao, Changchun);
        Assert.Equal("place+period", edge.Props.GetString("basis"));
        Assert.Equal(0.95, edge.Props.GetNumber("confidence"));
        // The district plan's title prints the containment: 长春市二道区….
        Assert.StartsWith("长春市二道区", edge.Provenance.Quote);
    }

    [Fact]
    public void LianhuashanZonePlanImplementsTheCityPlanItCitesAsItsBasis()
    {
        var edge = ImportedCorpus.Edge(RelationshipTypes.Implements, Lianhuashan, Changchun);
        Assert.Equal("place+period+citation", edge.Props.GetString("basis"));
        Assert.Equal(76, edge.Provenance.LineStart);
        Assert.Contains("本规划编制依据包括", edge.Provenance.Quote);
    }

    [Fact]
    public void LvyuanFifteenthPlanImplementsNoPlanOfAnotherPeriod()
    {
        // 2026–2030 against the city's 2021–2025: the corpus has no 长春 plan of its period, and the
        // link does not skip to the province's compilation either.
        Assert.Empty(ImportedCorpus.Edges(RelationshipTypes.Implements, from: Lvyuan));
    }

    [Fact]
    public void CityPlanImplementsTheProvinceStrategyCompilationWithLowerConfidence()
    {
        var edge = ImportedCorpus.Edge(RelationshipTypes.Implements, Changchun, Compilation);
        Assert.Equal("place+strategy:一主六双", edge.Props.GetString("basis"));
        Assert.Equal(0.6, edge.Props.GetNumber("confidence"));
        Assert.Equal("001_73a71c25e4a637a2.txt", edge.Provenance.File);
    }

    [Fact]
    public void DistrictPlansDoNotSkipTheCityToReachTheProvince()
    {
        Assert.Empty(ImportedCorpus.Edges(RelationshipTypes.Implements, from: Erdao, to: Compilation));
        Assert.Single(ImportedCorpus.Edges(RelationshipTypes.Implements, from: Erdao));
    }

    [Fact]
    public void SubPlansOfTheCompilationImplementNothing()
    {
        var subPlans = ImportedCorpus.Graph.Edges.Where(e => e.Type == RelationshipTypes.PartOf).Select(e => e.From).ToHashSet();
        Assert.NotEmpty(subPlans);
        Assert.DoesNotContain(ImportedCorpus.Edges(RelationshipTypes.Implements), e => subPlans.Contains(e.From));
    }

    [Fact]
    public void A_special_plan_implements_its_own_areas_five_year_plan_of_the_same_period()
    {
        var directory = Directory.CreateTempSubdirectory("kg-implements-");
        try
        {
            File.Copy(Corpus.PathOf("001"), Path.Combine(directory.FullName, Path.GetFileName(Corpus.PathOf("001"))));
            File.WriteAllText(Path.Combine(directory.FullName, "transport.txt"), """
                长春市“十四五”综合交通运输发展规划

                长春市人民政府办公厅
                2021年12月

                第一章 发展目标

                到2025年，全市高速公路通车里程达到1200公里。
                """);
            var graph = ImportPipeline.Run(new ImportOptions(directory.FullName, Corpus.ImportDirectory)).Graph;
            var special = graph.Nodes.Single(n => n.Label == Labels.Plan && n.Props.GetString("kind") == PlanKinds.Special);

            var link = Assert.Single(graph.Edges, e => e.Type == RelationshipTypes.Implements && e.From == special.Id);

            Assert.Equal(Changchun, link.To);
            Assert.Equal(("area+period", 0.95), (link.Props.GetString("basis"), link.Props.GetNumber("confidence")));
            Assert.Equal(("transport.txt", 1), (link.Provenance.File, link.Provenance.LineStart));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Plans_of_regions_the_gazetteer_does_not_know_are_linked_by_what_their_texts_print()
    {
        // 长春's, 二道区's and 莲花山's plans under names no gazetteer lists (榕岚市, 榕岫区, 榕岚榕嵩…度假区).
        // The district's title prints 榕岚市榕岫区: the place family reads the city, a region of the
        // import, as the place the district lies in. The zone's name opens with the city's: only the
        // texts tell. A second district's plan prints another city (栎岚市栎岫区): no link.
        var directory = Directory.CreateTempSubdirectory("kg-implements-");
        try
        {
            string Renamed(string prefix, string city, string district) =>
                File.ReadAllText(Corpus.PathOf(prefix)).Replace("长春", city, StringComparison.Ordinal).Replace("二道", district, StringComparison.Ordinal)
                    .Replace("莲花山", "榕嵩", StringComparison.Ordinal).Replace("吉林", "榕岱", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(directory.FullName, "a_city.txt"), Renamed("001", "榕岚", "榕岫"));
            File.WriteAllText(Path.Combine(directory.FullName, "b_district.txt"), Renamed("003", "榕岚", "榕岫"));
            File.WriteAllText(Path.Combine(directory.FullName, "c_district.txt"), Renamed("003", "栎岚", "栎岫"));
            File.WriteAllText(Path.Combine(directory.FullName, "d_zone.txt"), Renamed("000", "榕岚", "榕岫"));
            var graph = ImportPipeline.Run(new ImportOptions(directory.FullName, Corpus.ImportDirectory)).Graph;
            var plans = graph.Nodes.Where(n => n.Label == Labels.Plan).ToDictionary(n => n.Props.GetString("region")!, n => n.Id);
            var links = graph.Edges.Where(e => e.Type == RelationshipTypes.Implements).ToDictionary(e => e.From);

            Assert.Equal(2, links.Count);
            var district = links[plans["榕岫区"]];
            Assert.Equal(plans["榕岚市"], district.To);
            Assert.Equal(("place+period", 0.95), (district.Props.GetString("basis"), district.Props.GetNumber("confidence")));
            Assert.StartsWith("榕岚市榕岫区", district.Provenance.Quote);
            var zone = links[plans["榕岚榕嵩生态旅游度假区"]];
            Assert.Equal(plans["榕岚市"], zone.To);
            // It cites the city's plan in its 编制依据, as 莲花山's does 长春's.
            Assert.Equal(("region-text+period+citation", 0.88), (zone.Props.GetString("basis"), zone.Props.GetNumber("confidence")));
            Assert.Contains(graph.Edges, e => e.Type == RelationshipTypes.Within && e.From == NodeIds.ForName(Labels.Place, "榕岫区") && e.To == NodeIds.ForName(Labels.Place, "榕岚市"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
