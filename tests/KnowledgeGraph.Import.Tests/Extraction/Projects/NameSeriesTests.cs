using KnowledgeGraph.Import.Extraction.Projects;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

public sealed class NameSeriesTests
{
    [Theory]
    [InlineData("“三早育苗”“明德知礼”工程", new[] { "“三早育苗”工程", "“明德知礼”工程" })]
    [InlineData("用煤领域“煤改气”“煤改电”“煤改生”替代工程", new[] { "用煤领域“煤改气”替代工程", "用煤领域“煤改电”替代工程", "用煤领域“煤改生”替代工程" })]
    [InlineData("“工业锈带”向“文化秀带”转型工程", new[] { "“工业锈带”向“文化秀带”转型工程" })]
    [InlineData("“航空+冰雪”独特文旅项目", new[] { "“航空+冰雪”独特文旅项目" })]
    [InlineData("长春海吉星交易中心项目", new[] { "长春海吉星交易中心项目" })]
    [InlineData("“三早育苗”“明德知礼”", new[] { "“三早育苗”“明德知礼”" })]
    [InlineData("“三早育苗”“明德知礼工程", new[] { "“三早育苗”“明德知礼工程" })]
    public void A_series_of_quotes_before_one_word_names_one_project_per_quote(string name, string[] expected) =>
        Assert.Equal(expected, NameSeries.Names(name));

    [Theory]
    [InlineData("四平、琿春、榆树、敦化、白山、集安、辽源、长白机场",
        new[] { "四平机场", "琿春机场", "榆树机场", "敦化机场", "白山机场", "集安机场", "辽源机场", "长白机场" })]
    [InlineData("长白山（二道白河）、通化、白山、抚松（松江河）综合客运枢纽",
        new[] { "长白山（二道白河）综合客运枢纽", "通化综合客运枢纽", "白山综合客运枢纽", "抚松（松江河）综合客运枢纽" })]
    // A programme across places, a list closed by 等, and items that are not places are one name.
    [InlineData("绿园区普阳街道、青年路街道、正阳街道、铁西街道、林园街道、城西镇城镇老旧小区改造建设项目",
        new[] { "绿园区普阳街道、青年路街道、正阳街道、铁西街道、林园街道、城西镇城镇老旧小区改造建设项目" })]
    [InlineData("长春市区、四平市区、伊通县县城防洪工程", new[] { "长春市区、四平市区、伊通县县城防洪工程" })]
    [InlineData("四平、通化等机场", new[] { "四平、通化等机场" })]
    [InlineData("非遗养生、传统中医文化体验馆站", new[] { "非遗养生、传统中医文化体验馆站" })]
    public void Places_before_one_facility_name_one_project_per_place(string name, string[] expected) =>
        Assert.Equal(expected, NameSeries.Names(name));
}
