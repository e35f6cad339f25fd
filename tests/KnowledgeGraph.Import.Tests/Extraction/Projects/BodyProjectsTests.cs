using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

/// <summary>Projects the running text of other plans names: a county's towns, the investment printed before a name, names in a series.</summary>
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
    public void Names_of_projects_in_a_series_are_one_project_each()
    {
        Assert.Equal([("农安经济开发区标准化厂房项目", null), ("合隆镇康养小镇项目", null)],
            Projects("加快建设农安经济开发区标准化厂房项目、合隆镇康养小镇项目。"));
        // Each piece may bring its own verb: 004 line 4931, where the two are also the box's (line 4941).
        var province = ProjectExtraction.Extract(Corpus.Plan("004", "长春吉林"));
        Assert.Contains(province.Projects, p => p.Name == "吉林市至松花湖至北大湖铁路项目" && p.Provenance.LineStart == 4931);
        Assert.Contains(province.Projects, p => p.Name == "吉林铁路枢纽西环线项目" && p.Provenance.LineStart == 4931);
        // What is done to them all may close the series.
        Assert.Equal([("农安经济开发区标准化厂房项目", null), ("合隆镇康养小镇项目", null)],
            Projects("推进农安经济开发区标准化厂房项目、合隆镇康养小镇项目建设。"));
        // A kind among the names, or a series closed by 等, is not such a series.
        Assert.Empty(Projects("实施农安县城市更新项目、老旧小区改造工程。"));
        // Projects joined by 和 (before, none was read); programmes joined so are not projects (004 line 3106).
        Assert.Equal([("农安经济开发区标准化厂房项目", null), ("合隆镇康养小镇项目", null)],
            Projects("加快建设农安经济开发区标准化厂房项目和合隆镇康养小镇项目。"));
        Assert.DoesNotContain(ProjectExtraction.Extract(Corpus.Plan("004", "创新创业基地")).Projects, p => p.Name.Contains("培育工程", StringComparison.Ordinal));
    }

    [Fact]
    public void Standard_factory_buildings_and_logistics_ports_are_projects_a_list_names()
    {
        Assert.Equal([("农安经济开发区标准化厂房", null), ("合隆国际物流港", null)],
            Projects("谋划推进农安经济开发区标准化厂房、合隆国际物流港等一批重大项目。"));
    }

    [Fact]
    public void A_kind_of_town_names_no_project()
    {
        Assert.Empty(Projects("推进重点镇污水处理工程。实施特色小镇建设工程。"));
    }
}
