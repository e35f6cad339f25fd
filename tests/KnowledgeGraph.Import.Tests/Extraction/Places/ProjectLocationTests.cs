using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Extraction.Agencies;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Places;

/// <summary>LOCATED_IN and LED_BY for projects, on real plans with project records as the project family writes them.</summary>
public sealed class ProjectLocationTests
{
    private static readonly ExtractionContext Context = new(Corpus.ImportDirectory);

    private static (ProjectRecord Project, PlanFacts Found) Project(StructuredPlan plan, string name, string? description = null)
    {
        var section = plan.AllSections().First();
        var record = new ProjectRecord(NodeIds.For(Labels.Project, plan.Id, name), plan.Id, section.Id, name,
            Provenance.Create(section.Heading.File, section.Heading.LineStart, section.Heading.LineEnd, name), description);
        return (record, new PlanFacts([], [record], [], [], [], []));
    }

    private static List<(string Place, string Basis)> Located(string prefix, string name, string? description = null, string? subPlan = null)
    {
        var plan = Corpus.Plan(prefix, subPlan);
        var (project, found) = Project(plan, name, description);
        return PlaceFamily.Extract(plan, found, Context).Links
            .Where(l => l.Type == RelationshipTypes.LocatedIn && l.FromId == project.Id)
            .Select(l => (l.ToId, l.Props!.GetString("basis")!))
            .Select(x => (Names(x.ToId), x.Item2)).ToList();
    }

    private static string Names(string placeId) =>
        new[] { "二道区", "英俊镇", "长春市", "四平市", "九台区", "土们岭街道", "绿园区" }.First(n => NodeIds.For(Labels.Place, n) == placeId);

    [Fact]
    public void TheMostSpecificPlaceInTheNameLocatesTheProject() =>
        // 004 line 5396 (长春四平一体化协同发展规划).
        Assert.Equal([("土们岭街道", "name")], Located("004", "九台区土们岭街道马鞍山田园综合体项目", subPlan: "长春四平一体化"));

    [Fact]
    public void ADistrictPlansProjectWithoutAPlaceIsInTheDistrict() =>
        Assert.Equal([("二道区", "plan-region")], Located("003", "东北亚国际物流枢纽中心项目"));

    [Fact]
    public void ACityPrefixInADistrictPlanFallsBackToTheDistrict() =>
        Assert.Equal([("二道区", "plan-region")], Located("003", "长春市城市更新示范项目"));

    [Fact]
    public void ATownInADistrictPlanIsMoreSpecificThanTheDistrict() =>
        Assert.Equal([("英俊镇", "name")], Located("003", "英俊镇都市农业示范园项目"));

    [Fact]
    public void ACityPlansProjectWithoutAPlaceIsNotLocated() =>
        Assert.Empty(Located("001", "东北亚国际物流枢纽中心项目"));

    [Fact]
    public void ADescriptionLocatesOnlyAfterAWhereCue()
    {
        Assert.Equal([("四平市", "description")], Located("001", "换热设备产业园", "项目位于四平市，辐射长春市。"));
        Assert.Empty(Located("001", "换热设备产业园", "辐射长春市、四平市。"));
        // A projects table's 建设地点 column, as other plans print it (the description TableProjects writes).
        Assert.Equal([("四平市", "description")], Located("001", "换热设备产业园", "建设地点：四平市；建设内容及规模：建设换热设备生产线；总投资（亿元）：12.5"));
    }

    [Fact]
    public void AProjectIsLedByTheBodyItsDescriptionNames()
    {
        var plan = Corpus.Plan("004", "长通白延吉长避暑休闲冰雪旅游大环线");
        var (project, found) = Project(plan, "冰雪旅游大环线品牌推广工程", "由省文化和旅游厅牵头，联合中国一汽开展推广。");
        var mentions = AgencyFamily.Extract(plan, found, Context).Mentions.Where(m => m.FromId == project.Id).ToList();
        var led = Assert.Single(mentions, m => m.Type == RelationshipTypes.LedBy);
        Assert.Equal("吉林省文化和旅游厅", led.TargetName);
        Assert.Contains(mentions, m => m.Type == RelationshipTypes.Mentions && m.TargetName == "中国第一汽车集团有限公司");
        Assert.DoesNotContain(mentions, m => m.Type == RelationshipTypes.LedBy && m.TargetName == "中国第一汽车集团有限公司");
    }
}
