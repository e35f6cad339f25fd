using KnowledgeGraph.Import.Linking;

namespace KnowledgeGraph.Import.Tests.Linking;

public sealed class SupportsFieldsTests
{
    [Fact]
    public void A_sewage_plant_and_the_water_quality_measure_share_the_water_field()
    {
        var shared = SupportsFields.OfProject("长春市北郊污水处理厂扩建工程") & SupportsFields.OfMeasure("地表水达到或好于Ⅲ类水体比例（%）");
        Assert.Equal("water", SupportsFields.FirstOf(shared));
    }

    [Fact]
    public void A_project_in_two_fields_shares_only_the_one_the_measure_names()
    {
        var project = SupportsFields.OfProject("中心医院院区光伏电站项目");
        Assert.NotEqual(0, project & SupportsFields.OfMeasure("非化石能源占一次能源消费比重"));
        Assert.Equal("health", SupportsFields.FirstOf(project & SupportsFields.OfMeasure("每千人口执业（助理）医师数（人）")));
        Assert.Equal(0, project & SupportsFields.OfMeasure("粮食综合生产能力（亿斤）"));
    }

    [Theory]
    [InlineData("长春至烟筒山高速", "road")]
    [InlineData("长长高速（长春至自然村段）", "road")]
    [InlineData("沈阳至白河高速铁路", "rail")]
    [InlineData("城市轨道交通三期项目", "rail")]
    [InlineData("百克疫苗生产基地", "pharma")]
    [InlineData("长春市第六净水厂工程", "supply")]
    [InlineData("龙嘉国际机场四期工程", "aviation")]
    public void A_project_name_shows_its_field(string name, string field) =>
        Assert.Equal(field, SupportsFields.FirstOf(SupportsFields.OfProject(name)));

    [Fact]
    public void A_new_energy_vehicle_is_a_car_not_an_energy_supply()
    {
        var energy = SupportsFields.OfMeasure("单位 GDP能源消耗降低（%）");
        var cars = SupportsFields.OfMeasure("新能源汽车整车产量占比重超过20%");
        Assert.Equal(0, energy & cars);
        Assert.Equal(0, energy & SupportsFields.OfProject("奥迪一汽新能源汽车项目"));
        Assert.Equal("auto", SupportsFields.FirstOf(cars & SupportsFields.OfProject("红旗新能源汽车生产基地")));
        Assert.NotEqual(0, energy & SupportsFields.OfProject("新能源供热项目"));
    }

    [Fact]
    public void A_trains_speed_is_not_a_motorway()
    {
        var road = SupportsFields.OfMeasure("高速公路总里程达3000公里");
        Assert.NotEqual(0, road & SupportsFields.OfProject("长春至太平川高速"));
        Assert.Equal(0, road & SupportsFields.OfProject("沈阳至白河高速铁路"));
        Assert.Equal(0, road & SupportsFields.OfProject("长春高速动车车身综合检修基地"));
        Assert.Equal(0, road & SupportsFields.OfProject("长春轨道客车股份有限公司高速轨道客车系统集成国家工程实验室"));
    }

    [Fact]
    public void Each_field_has_a_name_of_its_own_and_a_bit()
    {
        Assert.InRange(SupportsFields.Count, 1, 32);
        var names = Enumerable.Range(0, SupportsFields.Count).Select(i => SupportsFields.FirstOf(1 << i)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void A_name_outside_every_field_has_none()
    {
        Assert.Equal(0, SupportsFields.OfProject("长春海吉星交易中心项目"));
    }
}
