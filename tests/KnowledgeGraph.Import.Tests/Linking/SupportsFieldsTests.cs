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

    [Fact]
    public void A_name_outside_every_field_has_none()
    {
        Assert.Equal(0, SupportsFields.OfProject("长春海吉星交易中心项目"));
    }
}
