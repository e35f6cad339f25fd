using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Pipeline;

/// <summary>Plans a user drops into the plans folder, with no manifest entry, imported with the bundled gazetteers.</summary>
public sealed class DroppedInPlanTests : IDisposable
{
    private readonly DirectoryInfo _plans = Directory.CreateTempSubdirectory("kg-dropped-in-");

    public void Dispose() => _plans.Delete(recursive: true);

    private GraphSnapshot Import(params (string File, string Text)[] files)
    {
        foreach (var (file, text) in files) File.WriteAllText(Path.Combine(_plans.FullName, file), text);
        return ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory)).Graph;
    }

    [Fact]
    public void A_county_level_citys_plan_stands_with_the_districts_plans()
    {
        var graph = Import(
            ("dehui.txt", "德惠市国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展目标\n\n到2025年，全市地区生产总值达到400亿元。\n"),
            ("nongan.txt", "农安县国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展目标\n\n到2025年，全县地区生产总值达到350亿元。\n"),
            ("jilin.txt", "吉林市国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展目标\n\n到2025年，全市地区生产总值达到1800亿元。\n"));

        var levels = graph.Nodes.Where(n => n.Label == Labels.Plan).ToDictionary(n => n.Props.GetString("region")!, n => n.Props.GetString("level"));

        // The gazetteer lists 德惠市 as a county-level city of 长春市; 吉林市 is a city.
        Assert.Equal(PlanLevels.District, levels["德惠市"]);
        Assert.Equal(PlanLevels.District, levels["农安县"]);
        Assert.Equal(PlanLevels.City, levels["吉林市"]);
    }
}
