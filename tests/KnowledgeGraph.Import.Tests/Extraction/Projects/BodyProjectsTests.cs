using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

/// <summary>Single projects the running text of other plans names: a county's towns, and the investment printed before a name.</summary>
public sealed class BodyProjectsTests
{
    private static List<(string Name, string? Description)> Projects(string text) =>
        [.. ProjectExtraction.Extract(Corpus.DroppedIn("第五章 重点项目\n\n" + text + "\n", "农安县国民经济和社会发展第十四个五年规划纲要"))
            .Projects.Select(p => (p.Name, p.Description))];

    [Fact]
    public void A_project_named_after_its_town_is_one_and_its_investment_describes_it()
    {
        Assert.Equal([("合隆镇污水处理厂扩建工程", "计划投资3.5亿元")], Projects("开工建设计划投资3.5亿元的合隆镇污水处理厂扩建工程。"));
        Assert.Equal([("哈拉海镇生物质热电联产项目", null)], Projects("推进哈拉海镇生物质热电联产项目建设。"));
    }

    [Fact]
    public void A_kind_of_town_names_no_project()
    {
        Assert.Empty(Projects("推进重点镇污水处理工程。实施特色小镇建设工程。"));
    }
}
