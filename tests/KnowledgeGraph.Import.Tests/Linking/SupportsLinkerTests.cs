using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>
/// SUPPORTS over the real structure of the city plan, with goals placed in it by the test (the
/// goal rules are their own family): which goals a project is linked to, and how many at most.
/// </summary>
public sealed class SupportsLinkerTests
{
    private static readonly StructuredPlan City = Corpus.Plan("001");
    private static readonly IReadOnlyList<ProjectRecord> CityProjects = ProjectExtraction.Extract(City).Projects;

    private static SectionNode SectionTitled(string title) => City.AllSections().First(s => s.Title == title);

    private static SectionNode SectionOfBox(string number) =>
        City.AllSections().Single(s => s.Content.OfType<ColumnBlock>().Any(b => b.Number == number));

    private static GoalRecord Goal(string ownerId, string text, int line, string kind = GoalKinds.Qualitative, string? measure = null) =>
        new(NodeIds.For(Labels.Goal, ownerId, line.ToString(System.Globalization.CultureInfo.InvariantCulture), text), City.Id, ownerId, text, kind,
            Provenance.Create("001_73a71c25e4a637a2.txt", line, line, text), measure);

    private static IReadOnlyList<LinkRecord> Link(params GoalRecord[] goals) =>
        SupportsLinker.Link([new ExtractedPlan(City, PlanFacts.Empty with { Projects = CityProjects, Goals = goals })]);

    private static string ProjectId(string name) => CityProjects.First(p => p.Name == name).Id;

    [Fact]
    public void A_project_supports_the_goals_of_the_section_that_lists_it()
    {
        var section = SectionOfBox("专栏 2");
        var goal = Goal(section.Id, "到2025年，长春国家区域创新中心建设取得重大进展", 1380);
        var elsewhere = Goal(SectionTitled("优化人才发展环境").Id, "人才总量突破200万人", 2090);
        var links = Link(goal, elsewhere);

        var link = Assert.Single(links, l => l.FromId == ProjectId("华为长春研究所"));
        Assert.Equal(goal.Id, link.ToId);
        Assert.Equal(RelationshipTypes.Supports, link.Type);
        Assert.Equal("section", link.Props!.GetString("basis"));
        Assert.Equal(0.6, link.Props.GetNumber("confidence"));
        Assert.DoesNotContain(links, l => l.ToId == elsewhere.Id && l.FromId == ProjectId("华为长春研究所"));
        // Every project of the box supports the section's goal.
        Assert.Equal(21, links.Count(l => l.ToId == goal.Id));
    }

    [Fact]
    public void Without_goals_in_its_own_section_a_project_supports_those_of_the_nearest_enclosing_one()
    {
        var section = SectionOfBox("专栏 14");
        var chapter = City.AllSections().Single(s => s.Children.Contains(section));
        var goal = Goal(chapter.Id, "生态环境质量持续改善", 6800);
        var link = Assert.Single(Link(goal), l => l.FromId == ProjectId("南部污水处理厂扩建工程"));
        Assert.Equal("section:enclosing", link.Props!.GetString("basis"));
        Assert.Equal(0.45, link.Props.GetNumber("confidence"));
    }

    [Fact]
    public void A_section_with_many_goals_gives_each_project_a_bounded_number_in_document_order()
    {
        var section = SectionOfBox("专栏 14");
        var goals = Enumerable.Range(0, 20).Select(i => Goal(section.Id, $"目标{i}", 6870 - i)).ToList();
        var links = Link([.. goals]).Where(l => l.FromId == ProjectId("南部污水处理厂扩建工程")).ToList();
        Assert.Equal(SupportsLinker.MaxSectionGoals, links.Count);
        Assert.Equal(goals.OrderBy(g => g.Provenance.LineStart).Take(SupportsLinker.MaxSectionGoals).Select(g => g.Id), links.Select(l => l.ToId));
    }

    [Fact]
    public void Where_its_section_states_goals_of_its_field_a_project_supports_only_those()
    {
        var section = SectionOfBox("专栏 14");
        var goals = Enumerable.Range(0, 20).Select(i => Goal(section.Id, $"目标{i}", 6850 + i)).ToList();
        var water = Goal(section.Id, "地表水达到或好于III类水体比例达到31.25%", 6890, measure: "地表水达到或好于III类水体的比例");
        goals.Add(water);
        var links = Link([.. goals]).Where(l => l.FromId == ProjectId("南部污水处理厂扩建工程")).ToList();
        var link = Assert.Single(links);
        Assert.Equal((water.Id, 0.7), (link.ToId, link.Props!.GetNumber("confidence")));
    }

    [Fact]
    public void A_project_of_one_field_does_not_support_its_sections_goals_of_another()
    {
        var section = SectionOfBox("专栏 14");
        var forest = Goal(section.Id, "森林覆盖率达到20%", 6850, measure: "森林覆盖率");
        var general = Goal(section.Id, "生态环境质量持续改善", 6851);
        var links = Link(forest, general).Where(l => l.FromId == ProjectId("南部污水处理厂扩建工程")).ToList();
        var link = Assert.Single(links);
        Assert.Equal((general.Id, 0.6), (link.ToId, link.Props!.GetNumber("confidence")));
    }

    [Fact]
    public void A_project_outside_every_field_supports_its_sections_general_goals_and_those_of_one_field_only_when_there_are_no_others()
    {
        var section = SectionOfBox("专栏 14");
        var forest = Goal(section.Id, "森林覆盖率达到20%", 6850, measure: "森林覆盖率");
        var general = Goal(section.Id, "生态环境质量持续改善", 6851);
        var project = ProjectId("“旗·E春城”项目");
        Assert.Equal(0, SupportsFields.OfProject("“旗·E春城”项目"));
        Assert.Equal([general.Id], Link(forest, general).Where(l => l.FromId == project).Select(l => l.ToId));
        Assert.Equal([forest.Id], Link(forest).Where(l => l.FromId == project).Select(l => l.ToId));
        // Goals of several fields say the section is about several things: which one it serves is not known.
        var water = Goal(section.Id, "地表水达到或好于III类水体比例达到31.25%", 6852, measure: "地表水达到或好于III类水体的比例");
        Assert.DoesNotContain(Link(forest, water), l => l.FromId == project);
    }

    [Fact]
    public void A_project_supports_an_indicator_of_its_field_wherever_the_plan_states_it()
    {
        var table = City.AllSections().SelectMany(s => s.Content).OfType<ColumnBlock>().Single(b => b.Number == "专栏 1");
        var water = Goal(table.Id, "地表水达到或好于III类水体的比例", 588, GoalKinds.Indicator, "地表水达到或好于III类水体的比例");
        var doctors = Goal(table.Id, "每千人口拥有执业（助理）医师数", 566, GoalKinds.Indicator, "每千人口拥有执业（助理）医师数");
        var links = Link(water, doctors);

        var sewage = Assert.Single(links, l => l.FromId == ProjectId("南部污水处理厂扩建工程"));
        Assert.Equal((water.Id, "measure:water", 0.45), (sewage.ToId, sewage.Props!.GetString("basis"), sewage.Props.GetNumber("confidence")));
        var hospital = Assert.Single(links, l => l.FromId == ProjectId("长春市传染病医院改扩建工程项目"));
        Assert.Equal(doctors.Id, hospital.ToId);
        Assert.DoesNotContain(links, l => l.FromId == ProjectId("华为长春研究所"));
    }

    [Fact]
    public void No_goals_no_links() => Assert.Empty(Link());
}
