using KnowledgeGraph.Graph;

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
}
