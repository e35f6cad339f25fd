using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Linking;

public sealed class CitationLinkerTests
{
    private static readonly string Changchun = ImportedCorpus.PlanId("001");

    private static GraphEdge CitationPrinted(string printed) =>
        ImportedCorpus.Edges(RelationshipTypes.Cites).First(e => e.Props.GetString("printed") == printed);

    [Fact]
    public void LianhuashansCitationOfTheCityPlanResolvesToThePlan()
    {
        // 000 line 76 prints the title with 的 inserted and spaces around 2035.
        var edge = CitationPrinted("长春市国民经济和社会发展的第十四个五年规划和 2035 年远景目标纲要");
        Assert.Equal(Changchun, edge.To);
        Assert.Equal("title", edge.Props.GetString("match"));
        Assert.Equal(76, edge.Provenance.LineStart);
        Assert.Equal(Labels.Section, ImportedCorpus.Node(edge.From).Label);
    }

    [Fact]
    public void TheCompilationsCitationWithoutGuominResolvesToTheCityPlanToo()
    {
        // 004 line 145: 《长春市经济和社会发展第十四个五年规划和2035年远景目标纲要》
        Assert.Equal(Changchun, CitationPrinted("长春市经济和社会发展第十四个五年规划和2035年远景目标纲要").To);
    }

    [Fact]
    public void AnOutsideDocumentBecomesADocumentNode()
    {
        // 004 line 151: 《国家发展改革委关于培育发展现代化都市圈的指导意见》
        var edge = CitationPrinted("国家发展改革委关于培育发展现代化都市圈的指导意见");
        var document = ImportedCorpus.Node(edge.To);
        Assert.Equal(Labels.Document, document.Label);
        Assert.Equal("国家发展改革委关于培育发展现代化都市圈的指导意见", document.Props.GetString("title"));
        Assert.Equal("document", edge.Props.GetString("match"));
    }

    [Fact]
    public void TheProvincePlanIsOneDocumentWhateverItsPrinting()
    {
        // Printed with 的 and spaces (000 line 76, 004 line 151) and without (004 line 1781).
        var targets = new[]
        {
            "吉林省国民经济和社会发展的第十四个五年规划和 2035 年远景目标纲要",
            "吉林省国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        }.Select(p => CitationPrinted(p).To).Distinct().ToList();
        var document = Assert.Single(targets);
        Assert.Equal(Labels.Document, ImportedCorpus.Node(document).Label);
        // Shown without the extraction's spaces; the citations keep what each printed.
        Assert.Equal("吉林省国民经济和社会发展的第十四个五年规划和2035年远景目标纲要", ImportedCorpus.Node(document).Props.GetString("title"));
    }

    [Theory]
    // 004 cites the law both ways, and the province's opinions with and without their issuers.
    [InlineData("土地管理法", "中华人民共和国土地管理法")]
    [InlineData("关于做大做强冰雪产业的实施意见", "中共吉林省委 吉林省人民政府关于做大做强冰雪产业的实施意见")]
    public void AShortFormIsTheDocumentItAbbreviates(string shortForm, string fullForm)
    {
        var document = CitationPrinted(shortForm).To;
        Assert.Equal(document, CitationPrinted(fullForm).To);
        Assert.Equal(fullForm, ImportedCorpus.Node(document).Props.GetString("title"));
    }

    [Fact]
    public void AShortFormOfTwoDocumentsStaysItsOwn()
    {
        var full = CitationTitles.FullForms(["关于促进发展的意见", "国务院关于促进发展的意见", "省政府关于促进发展的意见", "旅游法", "吉林省旅游法"]);
        Assert.Empty(full);
        Assert.Equal("中华人民共和国旅游法", CitationTitles.FullForms(["旅游法", "中华人民共和国旅游法"])["旅游法"]);
    }

    [Theory]
    [InlineData("吉林省国民经济和社会发展的第十四个五年规划和 2035 年远景目标纲要", "吉林省国民经济和社会发展的第十四个五年规划和2035年远景目标纲要")]
    // Two issuers of one document stand apart in its title.
    [InlineData("中共吉林省委 吉林省人民政府关于做大做强冰雪产业的实施意见", "中共吉林省委 吉林省人民政府关于做大做强冰雪产业的实施意见")]
    [InlineData("吉林省冰雪产业高质量发展规划（2021—2035年）", "吉林省冰雪产业高质量发展规划（2021—2035年）")]
    public void DisplayTitles(string printed, string shown) => Assert.Equal(shown, CitationTitles.Display(printed));

    [Fact]
    public void AnotherEditionOfACorpusPlanIsADocument()
    {
        // 004 line 4572 cites the 2019—2025 edition; the corpus holds the 2021—2030 plan.
        var edge = CitationPrinted("长春吉林一体化协同发展规划（2019—2025年）");
        Assert.Equal(Labels.Document, ImportedCorpus.Node(edge.To).Label);
    }

    [Fact]
    public void TheTraditionalCharacterPrintingResolves()
    {
        // 000 line 744: 《长吉琿大通道发展规划》
        var edge = CitationPrinted("长吉琿大通道发展规划");
        Assert.Equal(ImportedCorpus.PlanId("004", "长吉珲大通道"), edge.To);
    }

    [Theory]
    // 003 line 936: the glossary names the 一主六双 plans by titles of its own.
    [InlineData("环长春四辽吉松工业走廊发展规划", "环长春四辽吉松工业走廊", "title")]
    [InlineData("长辽梅通白敦医药健康产业走廊发展规划", "长辽梅通白延医药健康产业走廊", "alias")]
    [InlineData("长通白延吉长避暑冰雪生态旅游大环线发展规划", "长通白延吉长避暑休闲冰雪旅游大环线", "alias")]
    [InlineData("长春国家级创新创业基地专项规划", "长春国家级创新创业基地", "variant")]
    [InlineData("长春吉林一体化协同发展规划", "长春吉林一体化协同发展规划", "title")]
    public void GlossaryTitlesResolveToTheCompilationsPlans(string printed, string subPlan, string match)
    {
        var edge = CitationPrinted(printed);
        Assert.Equal(ImportedCorpus.PlanId("004", subPlan), edge.To);
        Assert.Equal(match, edge.Props.GetString("match"));
        Assert.Equal(936, edge.Provenance.LineStart);
    }

    [Theory]
    [InlineData("长春经济圈规划")]                   // the 2019 predecessor of 长春现代化都市圈发展规划
    [InlineData("白城国家级高载能高技术基地建设规划")]   // another base than 吉林省西部国家级清洁能源基地
    [InlineData("长春—公主岭同城化协同发展规划")]       // another plan than 长春四平一体化协同发展规划
    [InlineData("沿边开发开放经济带发展规划")]          // 双带 plans are “另行印发”: not in the file
    public void GlossaryTitlesTheCorpusDoesNotHoldStayDocuments(string printed) =>
        Assert.Equal(Labels.Document, ImportedCorpus.Node(CitationPrinted(printed).To).Label);

    [Fact]
    public void ASelfReferenceIsNotACitation()
    {
        // 003 line 862: “《纲要》提出的产业发展方向…”
        Assert.DoesNotContain(ImportedCorpus.Edges(RelationshipTypes.Cites), e => e.Props.GetString("printed") == "纲要");
    }

    [Theory]
    [InlineData("长春市国民经济和社会发展的第十四个五年规划和 2035 年远景目标纲要", "长春市经济和社会发展第十四个五年规划")]
    [InlineData("某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "某市经济和社会发展第十四个五年规划")]
    [InlineData("长春吉林一体化协同发展规划（2019—2025年）", "长春吉林一体化协同发展规划")]
    public void CoreTitles(string printed, string core) => Assert.Equal(core, CitationTitles.Core(printed));

    [Fact]
    public void PrintedPeriod() => Assert.Equal((2019, 2025), CitationTitles.Period("长春吉林一体化协同发展规划（2019—2025年）"));

    [Fact]
    public void EveryCitationEndsAtAPlanOrADocument()
    {
        foreach (var edge in ImportedCorpus.Edges(RelationshipTypes.Cites))
        {
            Assert.Contains(ImportedCorpus.Node(edge.To).Label, new[] { Labels.Plan, Labels.Document });
            Assert.Contains(ImportedCorpus.Node(edge.From).Label, new[] { Labels.Plan, Labels.Section });
        }
        Assert.Equal(Corpus.Structure("004").Plans.Count, Corpus.Structure("004").Plans.Select(p => p.Id).Distinct().Count());
    }
}
