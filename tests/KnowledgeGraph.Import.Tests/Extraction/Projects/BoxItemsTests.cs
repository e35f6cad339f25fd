using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

/// <summary>The items of a box of projects as other plans mark them.</summary>
public sealed class BoxItemsTests
{
    private static List<(string Name, string? Description)> Projects(params string[] box) =>
        [.. ProjectExtraction.Extract(Corpus.DroppedIn(string.Join('\n', ["第五章 重点项目", "", .. box, "", "第六章 保障措施", "", "加强组织领导。", ""]),
            "长春市九台区国民经济和社会发展第十四个五年规划纲要")).Projects.Select(p => (p.Name, p.Description))];

    [Theory]
    [InlineData("——")]
    [InlineData("★")]
    [InlineData("☆")]
    [InlineData("●")]
    [InlineData("* ")] // a Markdown list item
    [InlineData("+ ")]
    public void An_items_mark_is_not_part_of_its_name(string mark)
    {
        // Before, “——九台新材料产业园项目” and “★…” were the names.
        Assert.Equal([("九台新材料产业园项目", "建设新型建材生产线。"), ("九台物流中心项目", "建设冷链物流中心。")],
            Projects("专栏1 重大产业项目", mark + "九台新材料产业园项目：建设新型建材生产线。", mark + "九台物流中心项目：建设冷链物流中心。"));
    }
}
