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
    [InlineData("- ")]
    public void An_items_mark_is_not_part_of_its_name(string mark)
    {
        // Before, “——九台新材料产业园项目” and “★…” were the names.
        Assert.Equal([("九台新材料产业园项目", "建设新型建材生产线。"), ("九台物流中心项目", "建设冷链物流中心。")],
            Projects("专栏1 重大产业项目", mark + "九台新材料产业园项目：建设新型建材生产线。", mark + "九台物流中心项目：建设冷链物流中心。"));
    }

    [Theory]
    [InlineData("- ")] // 004 lines 5638–5641 print their categories so
    [InlineData("● ")]
    [InlineData("1.")]
    public void A_marked_category_lists_the_projects_after_its_colon(string mark)
    {
        // Before, with a mark the category (黑土地保护) was the project and the two-name lists were lost;
        // without one, the mark was part of each project's description (“- 流域治理”).
        var projects = Projects("专栏 11 生态环境保护重点项目", "",
            mark + "黑土地保护：国家级黑土地保护综合示范区、长春黑土地保护行动项目。",
            mark + "流域治理：东辽河流域综合治理工程、西辽河（双辽段）水生态环境综合治理工程。",
            mark + "循环经济：长春循环经济产业园建设项目。");
        Assert.Equal([("长春黑土地保护行动项目", "黑土地保护"), ("东辽河流域综合治理工程", "流域治理"),
            ("西辽河（双辽段）水生态环境综合治理工程", "流域治理"), ("长春循环经济产业园建设项目", "循环经济")], projects);
    }

    [Fact]
    public void A_kind_of_project_before_a_colon_lists_the_projects_named_after_it()
    {
        // Before, 交通项目 was a project described by the names of two.
        Assert.Equal([("九台南部快速路项目", "交通项目"), ("九台大街南延伸项目", "交通项目"), ("九台区污水处理厂三期工程", "市政工程")],
            Projects("专栏3 “十四五”重大基础设施项目", "（1）交通项目：九台南部快速路项目、九台大街南延伸项目。", "（2）市政工程：九台区污水处理厂三期工程。"));
    }
}
