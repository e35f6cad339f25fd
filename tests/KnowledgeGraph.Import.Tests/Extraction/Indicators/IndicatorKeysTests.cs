using KnowledgeGraph.Import.Extraction.Indicators;

namespace KnowledgeGraph.Import.Tests.Extraction.Indicators;

/// <summary>The normalising rules of indicator identity, on measures as the corpus prints them.</summary>
public sealed class IndicatorKeysTests
{
    [Theory]
    [InlineData("地区生产总值（GDP）增长")] // 001 and 002 tables
    [InlineData("地区生产总值年均增速")] // 000 table (printed “地区生产总值年均增速 (%) *”)
    [InlineData("GDP 年均增速")] // 004 text
    [InlineData("地区生产总值年均增长")] // 003 text (“地区生产总值年均增长/累计6.5%左右”)
    [InlineData("全市地区生产总值年均增长率")]
    public void Gdp_growth_is_one_measure(string printed) =>
        Assert.Equal("地区生产总值增长", IndicatorKeys.Key(printed));

    [Theory]
    [InlineData("单位 GDP能源消耗降低", "单位GDP能耗降低")]
    [InlineData("单位GDP能耗下降", "单位 GDP能源消耗降低")] // prose (“单位GDP能耗下降13.5%”) and 001's table
    [InlineData("单位地区生产总值二氧化碳排放下降率", "单位 GDP二氧化碳排放降低")]
    [InlineData("全社会研发经费投入年均增长", "研发经费投入增长")]
    [InlineData("城镇常住居民人均可支配收入年均增长", "城镇居民人均可支配收入增长率")] // a county's prose and 001's table
    [InlineData("达到或好于Ⅲ类水体比例", "达到或好于III类水体的比例")]
    [InlineData("▲城市空气质量优良天数比例", "城市空气质量优良天数比率")]
    [InlineData("“双创”主体数量", "双创主体数量")]
    [InlineData("服务业增加值占 GDP 比重", "服务业增加值占地区生产总值比例")]
    [InlineData("新能源汽车整车产量占比重", "新能源汽车整车产量比例")]
    public void Printings_of_one_measure_share_a_key(string a, string b) =>
        Assert.Equal(IndicatorKeys.Key(a), IndicatorKeys.Key(b));

    [Theory]
    [InlineData("城镇居民人均可支配收入增长率", "农村居民人均可支配收入增长率")]
    [InlineData("城镇登记失业率", "城镇调查失业率")]
    [InlineData("每百万人口发明专利拥有量", "每百万人口发明专利授权量")]
    [InlineData("空气质量优良天数", "空气质量优良天数比率")]
    [InlineData("森林覆盖率", "林草覆盖率")]
    [InlineData("常住人口城镇化率", "户籍人口城镇化率")]
    [InlineData("每万人口发明专利拥有量", "每百万人口发明专利拥有量")]
    [InlineData("地区生产总值", "地区生产总值增长")]
    public void Different_measures_that_share_words_stay_apart(string a, string b) =>
        Assert.NotEqual(IndicatorKeys.Key(a), IndicatorKeys.Key(b));

    [Theory]
    [InlineData("％", "%")]
    [InlineData("个百分点", "百分点")]
    [InlineData(" 万人 ", "万人")]
    public void Units_fold_to_one_form(string printed, string unit) =>
        Assert.Equal(unit, IndicatorKeys.Unit(printed));

    [Theory]
    [InlineData("长春现代化都市圈旅游业总收入", "旅游业总收入")] // 004, the 都市圈's plan
    [InlineData("都市圈总人口", "总人口")]
    [InlineData("长春都市圈地区生产总值增长", "地区生产总值增长")]
    [InlineData("工业走廊地区制造业全员劳动生产率年均增速", "制造业全员劳动生产率增长")] // 004, the corridor's plan
    [InlineData("都市圈", "都市圈")] // nothing of a measure after it
    public void A_measure_opening_with_the_plans_own_area_is_keyed_without_it(string printed, string key)
    {
        var ownAreas = new OwnAreas(["环长春四辽吉松工业走廊", "长春现代化都市圈", "四辽吉松工业走廊", "长春都市圈", "工业走廊", "都市圈", "走廊"], []);

        Assert.Equal(key, IndicatorKeys.Key(printed, ownAreas));
        // Without the plan's areas (another plan's measure), the area stays.
        Assert.Equal(printed == key ? key : printed.Replace("年均增速", "增长", StringComparison.Ordinal), IndicatorKeys.Key(printed));
    }

    [Theory]
    [InlineData("长春新区地区生产总值增长")] // the zone's, in 长春's plan
    [InlineData("长春市区常住人口")] // a longer name the gazetteer does not list
    [InlineData("吉林市地区生产总值增长")] // in the province's plan, if it called itself 吉林
    public void A_measure_opening_with_another_place_that_starts_like_the_plans_area_keeps_it(string printed)
    {
        var ownAreas = new OwnAreas(["长春市", "长春", "吉林省", "吉林"], ["长春新区", "长春经开区"]);

        Assert.Equal(IndicatorKeys.Key(printed), IndicatorKeys.Key(printed, ownAreas));
    }
}
