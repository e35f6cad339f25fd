using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>
/// ALIGNS_WITH by shared strategy, on the real 二道区 and 长春 plans: the goals the corpus states
/// under parts named for 乡村振兴, and goals written here whose texts name 一主六双 (the corpus
/// states none).
/// </summary>
public sealed class StrategyAlignLinkerTests
{
    private static readonly ExtractionContext Context = new(Corpus.ImportDirectory);

    private static GoalRecord Goal(StructuredPlan plan, string text, int line)
    {
        var section = plan.AllSections().First();
        return new GoalRecord(NodeIds.For(Labels.Goal, section.Id, line.ToString(), text), plan.Id, section.Id, text, GoalKinds.Qualitative,
            Provenance.Create(section.Heading.File, line, line, text));
    }

    /// <summary>A plan's real facts plus goals that refer to a strategy (returned apart, in order).</summary>
    private static (ExtractedPlan Plan, List<GoalRecord> Goals) WithGoals(string prefix, params (string Text, string Strategy)[] goals)
    {
        var plan = Corpus.Plan(prefix);
        var facts = ExtractPass.Extract(plan, Context);
        var records = goals.Select((g, i) => Goal(plan, g.Text, 1000 + i)).ToList();
        var mentions = records.Zip(goals, (r, g) => new MentionRecord(r.Id, RelationshipTypes.RefersTo, Labels.Strategy, g.Strategy, r.Provenance)).ToList();
        return (new ExtractedPlan(plan, facts.Merge(new PlanFacts(records, [], [], mentions, [], []))), records);
    }

    private static List<LinkRecord> Aligned(params ExtractedPlan[] plans) =>
        LinkPass.Link(plans, Context).Links.Where(l => l.Type == RelationshipTypes.AlignsWith && l.Props!.GetString("via") == "goal").ToList();

    [Fact]
    public void ADistrictGoalAlignsWithTheMostAlikeCityGoalsOfTheSameStrategyAndNoMore()
    {
        var district = WithGoals("003", ("落实“一主六双”高质量发展战略，融入长春现代化都市圈建设", "一主六双"));
        var city = WithGoals("001",
            ("落实“一主六双”高质量发展战略，加快长春现代化都市圈建设", "一主六双"),
            ("推动“一主六双”战略实施，建设长春现代化都市圈核心", "一主六双"),
            ("围绕“一主六双”，推进长吉一体化协同发展", "一主六双"),
            ("围绕“一主六双”，推进长平一体化协同发展", "一主六双"),
            ("深化“双创”示范基地建设", "双创"));
        var links = Aligned(district.Plan, city.Plan).Where(l => l.FromId == district.Goals[0].Id).ToList();

        Assert.Equal(StrategyAlignLinker.PerGoal, links.Count);
        Assert.All(links, l => Assert.Equal("strategy:一主六双", l.Props!.GetString("basis")));
        Assert.All(links, l => Assert.InRange(l.Props!.GetNumber("confidence") ?? 0, 0.35, 0.6));
        // The two most alike texts, the first best.
        Assert.Equal(city.Goals[0].Id, links[0].ToId);
        Assert.Equal(city.Goals[1].Id, links[1].ToId);
    }

    [Fact]
    public void TheDistrictsRuralSanitationAimAlignsWithTheCitysUnderTheirPartsOnRuralRevitalisation()
    {
        // 二道区 第五篇 打造现代休闲农业，推动乡村振兴 (003 line 373) aims at 农户卫生厕所使用率稳定在85%以上;
        // 长春 第七篇 …全面推动乡村振兴 (001 line 3196) at 农户卫生厕所普及率达到85%以上 (line 3600).
        var graph = ImportedCorpus.Graph;
        GraphNode GoalOf(string text, string file) => graph.Nodes.Single(n => n.Label == Labels.Goal
            && n.Props.GetString("text") == text && n.Provenance.File.StartsWith(file, StringComparison.Ordinal));
        var district = GoalOf("农户卫生厕所使用率稳定在85%以上", "003");
        var city = GoalOf("农户卫生厕所普及率达到85%以上", "001");
        var link = graph.Edges.Single(e => e.Type == RelationshipTypes.AlignsWith && e.From == district.Id && e.To == city.Id);
        Assert.Equal(("strategy:乡村振兴战略", "section"), (link.Props.GetString("basis"), link.Props.GetString("via")));
        Assert.InRange(link.Props.GetNumber("confidence") ?? 0, 0.25, 0.5);

        // The greening aims of both parts (003 line 409, 001 lines 3588–3590) share a measure: that link stands, not a weaker one by strategy.
        var greening = graph.Edges.Single(e => e.Type == RelationshipTypes.AlignsWith
            && e.From == GoalOf("全区所有村屯绿化覆盖率达到30%以上", "003").Id && e.To == GoalOf("所有村屯绿化覆盖率达到30%以上", "001").Id);
        Assert.Equal(("indicator:所有村屯绿化覆盖率", 0.85), (greening.Props.GetString("basis"), greening.Props.GetNumber("confidence")));
    }

    [Fact]
    public void GoalsOfDifferentStrategiesOrOfAPlanNotAboveDoNotAlign()
    {
        var district = WithGoals("003", ("深化“双创”示范基地建设", "双创"));
        var city = WithGoals("001", ("落实“一主六双”高质量发展战略", "一主六双"));
        var lvyuan = WithGoals("002", ("深化“双创”示范基地建设", "双创"));
        var mine = district.Goals.Concat(lvyuan.Goals).Select(g => g.Id).ToHashSet();
        Assert.DoesNotContain(Aligned(district.Plan, city.Plan, lvyuan.Plan), l => mine.Contains(l.FromId));
    }

    [Fact]
    public void LaterSubPlansOfTheCompilationReferToItsStrategy()
    {
        // 长春吉林一体化协同发展规划 (004 line 4568) prints no “…专项规划之十二” line; the compilation's title names 一主六双.
        var plans = Corpus.Structure("004").Plans.Select(p => new ExtractedPlan(p, ExtractPass.Extract(p, Context))).ToList();
        var member = Corpus.Plan("004", "长春吉林一体化协同发展规划");
        var link = Assert.Single(LinkPass.Link(plans, Context).Links, l => l.Type == RelationshipTypes.RefersTo && l.FromId == member.Id);
        Assert.Equal(NodeIds.For(Labels.Strategy, "一主六双"), link.ToId);
        Assert.Equal(3, link.Provenance.LineStart);
    }
}
