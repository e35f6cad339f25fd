using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Strategies;
using KnowledgeGraph.Import.Tests.Linking;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Strategies;

/// <summary>Strategy facts of the whole import, checked against what the documents print.</summary>
public sealed class StrategyFactsTests
{
    private static readonly string YizhuLiushuang = ImportedCorpus.StrategyId("一主六双");

    private static string SectionTitled(string prefix, string title) =>
        Corpus.Plan(prefix).AllSections().First(s => s.Title == title).Id;

    [Fact]
    public void ASectionPrintingYizhuLiushuangRefersToTheStrategy()
    {
        // 000 line 720: 第一节 打造“一主六双”战略节点
        var edge = ImportedCorpus.Edge(RelationshipTypes.RefersTo, SectionTitled("000", "打造“一主六双”战略节点"), YizhuLiushuang);
        Assert.Equal(720, edge.Provenance.LineStart);
    }

    [Fact]
    public void TheCommaFormOfTheCityPlanIsTheSameStrategy()
    {
        // 001 line 5673: 第二章 加快实施“一主、六双”产业空间布局
        var edge = ImportedCorpus.Edge(RelationshipTypes.RefersTo, SectionTitled("001", "加快实施“一主、六双”产业空间布局"), YizhuLiushuang);
        Assert.Contains("一主、六双", edge.Provenance.Quote);
        Assert.False(ImportedCorpus.HasNode(ImportedCorpus.StrategyId("一主、六双")));
    }

    [Fact]
    public void RuralRevitalisationAndTheEcoProvinceCountWithoutTheirSuffix()
    {
        // 002 line 520: 绘就乡村振兴画卷，打造农业农村现代化典范 prints 乡村振兴 without 战略.
        var edge = ImportedCorpus.Edge(RelationshipTypes.RefersTo, SectionTitled("002", "绘就乡村振兴画卷，打造农业农村现代化典范"), ImportedCorpus.StrategyId("乡村振兴战略"));
        Assert.Equal(520, edge.Provenance.LineStart);
        Assert.False(ImportedCorpus.HasNode(ImportedCorpus.StrategyId("乡村振兴")));
        // 004 line 3550: “…提出建设生态强省目标…” is the eco-province strategy, printed without 战略.
        var eco = Assert.Single(ImportedCorpus.Edges(RelationshipTypes.RefersTo, to: ImportedCorpus.StrategyId("生态强省战略")),
            e => e.Provenance.File.StartsWith("004", StringComparison.Ordinal) && e.Provenance.LineStart == 3550);
        Assert.Contains("建设生态强省目标", eco.Provenance.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void ARenamedStrategyIsOneNode()
    {
        // “一主六双”产业空间布局 (004 line 4572) and “一主六双”高质量发展战略 (004 title) are one strategy.
        var node = ImportedCorpus.Node(YizhuLiushuang);
        Assert.Equal("PROVINCE", node.Props.GetString("level"));
        var files = ImportedCorpus.Edges(RelationshipTypes.RefersTo, to: YizhuLiushuang).Select(e => e.Provenance.File[..3]).ToHashSet();
        Assert.Superset(new HashSet<string> { "000", "001", "003", "004" }, files);
    }

    [Fact]
    public void AComponentRefersToItselfAndToTheWholeStrategy()
    {
        // 001 line 5770: 第三节 推动“一主”与“六双”协调互动
        var section = SectionTitled("001", "推动“一主”与“六双”协调互动");
        ImportedCorpus.Edge(RelationshipTypes.RefersTo, section, ImportedCorpus.StrategyId("六双"));
        ImportedCorpus.Edge(RelationshipTypes.RefersTo, section, ImportedCorpus.StrategyId("一主"));
        ImportedCorpus.Edge(RelationshipTypes.RefersTo, section, YizhuLiushuang);
        Assert.Equal("一主六双", ImportedCorpus.Node(ImportedCorpus.StrategyId("六双")).Props.GetString("partOf"));
    }

    [Fact]
    public void TheCompilationAndEachOfItsPlansReferToTheStrategy()
    {
        ImportedCorpus.Edge(RelationshipTypes.RefersTo, ImportedCorpus.PlanId("004"), YizhuLiushuang);
        foreach (var plan in Corpus.Structure("004").Plans.Skip(1))
        {
            ImportedCorpus.Edge(RelationshipTypes.RefersTo, plan.Id, YizhuLiushuang);
        }
    }

    [Fact]
    public void TheGlossaryDescribesTheStrategiesItNames()
    {
        // 003 line 933: 3.“三个五”发展战略：即突出发挥“五个优势”、推进“五项举措”、加快“五大发展”。…
        var node = ImportedCorpus.Node(ImportedCorpus.StrategyId("三个五"));
        Assert.StartsWith("即突出发挥“五个优势”", node.Props.GetString("description"));
    }

    [Fact]
    public void ANumberedProgrammeIsAStrategyWithoutBeingListed()
    {
        // 000 line 174: 全力推进“一城五区”建设
        var node = ImportedCorpus.Node(ImportedCorpus.StrategyId("一城五区"));
        Assert.Equal("shape", node.Props.GetString("source"));
    }

    [Fact]
    public void A_quoted_name_the_text_calls_a_strategy_is_one()
    {
        // 000 line 256: 坚持冰雪新城、生态新城、…“四城并进”战略; 001 line 2215: 实施“831”战略 (named with its word, as “761”工程 is).
        var fourCities = ImportedCorpus.Node(ImportedCorpus.StrategyId("四城并进"));
        Assert.Equal(("text", 256), (fourCities.Props.GetString("source"), fourCities.Provenance.LineStart));
        Assert.Equal("text", ImportedCorpus.Node(ImportedCorpus.StrategyId("831战略")).Props.GetString("source"));
        Assert.Contains("“831”战略", ImportedCorpus.Edge(RelationshipTypes.RefersTo, SectionTitled("001", "重点发展汽车整车制造"), ImportedCorpus.StrategyId("831战略")).Provenance.Quote);
        // 000 line 430: “碳达峰”“碳中和”战略 is the pair's strategy, not one of 碳中和 alone.
        Assert.False(ImportedCorpus.HasNode(ImportedCorpus.StrategyId("碳中和")));
    }

    [Fact]
    public void A_programme_written_as_a_sum_is_named_with_the_words_after_it_and_links_the_levels_that_print_it()
    {
        // 004 line 535, 001 lines 3620 (its words wrapped to the next line) and 7955, 000 line 650: 推行“1+3+X”基层治理模式.
        var model = ImportedCorpus.StrategyId("1+3+X基层治理模式");
        Assert.Equal("shape", ImportedCorpus.Node(model).Props.GetString("source"));
        string[] levels = ["000", "001", "004"];
        foreach (var prefix in levels)
        {
            var plan = Corpus.Plan(prefix, prefix == "004" ? "长春现代化都市圈" : null);
            Assert.Contains(plan.AllSections(), s => ImportedCorpus.Edges(RelationshipTypes.RefersTo, s.Id, model).Any());
        }
        // 004 line 2910: 按照“1+4+3+N”的总体思路 — the 的 is no part of the name.
        Assert.True(ImportedCorpus.HasNode(ImportedCorpus.StrategyId("1+4+3+N总体思路")));
        // A sum of letters is a mode of transport (001: “P+R”), and a platform (003 line 31: “3+X”社会治理智慧平台) no programme.
        Assert.False(ImportedCorpus.HasNode(ImportedCorpus.StrategyId("3+X社会治理智慧平台")));
    }

    [Theory]
    [InlineData("1+3+X", true)]
    [InlineData("1+2+4+N", true)]
    [InlineData("8+7+5", true)]
    [InlineData("P+R", false)]
    [InlineData("B+R", false)]
    [InlineData("212+", false)]
    [InlineData("AI+政策直达", false)]
    [InlineData("X+N", false)]
    public void FormulaShape(string key, bool expected) => Assert.Equal(expected, StrategyShapes.IsFormula(key));

    [Theory]
    [InlineData("十四五")]
    [InlineData("放管服")]
    [InlineData("双随机一公开")]
    [InlineData("一村一品")]
    [InlineData("互联网+")]
    public void QuotedTermsThatAreNotStrategies(string name) =>
        Assert.False(ImportedCorpus.HasNode(ImportedCorpus.StrategyId(name)));

    [Theory]
    [InlineData("一城五区", true)]
    [InlineData("一核双廊八通道", true)]
    [InlineData("3转4强7新", true)]
    [InlineData("两环四纵两横", true)]
    [InlineData("四大板块", true)]
    [InlineData("五大城市", true)]
    [InlineData("十四五", false)]
    [InlineData("一村一品", false)]
    [InlineData("一站式", false)]
    [InlineData("一大批", false)]
    [InlineData("放管服", false)]
    [InlineData("十字轴", false)]
    public void ProgrammeShape(string key, bool expected) => Assert.Equal(expected, StrategyShapes.IsProgramme(key));

    [Fact]
    public void KeysDropEnumerationCommasAndWidthDifferences()
    {
        Assert.Equal("一主六双", StrategyGazetteer.Key("一主、六双"));
        Assert.Equal("3转4强7新", StrategyGazetteer.Key("3转、4强、7新"));
        Assert.Equal("一城六区七业", StrategyGazetteer.Key("一城，六区，七业"));
    }
}
