using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Goals;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Goals;

/// <summary>Aims printed in the plans' running text, read from the structured corpus.</summary>
public sealed class ProseGoalFactsTests
{
    private static IReadOnlyList<GoalRecord> Goals(string prefix, string? title = null) =>
        ProseGoalFamily.Extract(Corpus.Plan(prefix, title)).Goals;

    private static SectionNode Section(StructuredPlan plan, string id) => plan.AllSections().Single(s => s.Id == id);

    [Fact]
    public void The_opening_paragraph_of_a_part_whose_heading_was_lost_states_its_aims()
    {
        // 002 line 397 opens the part on domestic demand; here it is given an aim of its own.
        var path = Corpus.PathOf("002");
        var lines = File.ReadAllLines(path);
        Assert.StartsWith(" 围绕激发区域活力", lines[396], StringComparison.Ordinal);
        lines[396] += "到2030年，社会消费品零售总额达到300亿元。";
        var source = KnowledgeGraph.Import.Reading.PlanFileReader.Read(Path.GetFileName(path), System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var plan = StructurePass.Structure(KnowledgeGraph.Import.Normalising.Normaliser.Normalise(source), Corpus.Manifest.For(source.FileName)).Plans[0];

        var goal = ProseGoalFamily.Extract(plan).Goals.Single(g => g.Text.Contains("社会消费品零售总额", StringComparison.Ordinal));
        Assert.Equal((300.0, 2030), (goal.TargetValue, goal.TargetYear));
        var part = Section(plan, goal.OwnerId);
        Assert.Equal(("", 397), (part.Title, part.Heading.LineStart));
    }

    [Fact]
    public void Items_without_a_count_of_their_own_share_the_next_items_count()
    {
        // 莲花山 lines 446–448: “汇聚省内外决策咨询机构、战略咨询企业、决策咨询团队 50 户以上，服务全市、全省、
        // 国家重大战略决策 10 次以上”; line 436: “在“碳”监测、捕集、固存等领域开发新产品3-5个”.
        var lianhuashan = Goals("000");
        var advisers = lianhuashan.Single(g => g.Target == "50户以上" && g.Text.Contains("决策咨询", StringComparison.Ordinal));
        Assert.Equal("汇聚省内外决策咨询机构、战略咨询企业、决策咨询团队50户以上", advisers.Text);
        Assert.Equal((50.0, "户", 2025), (advisers.TargetValue, advisers.Unit, advisers.TargetYear));
        Assert.Contains(lianhuashan, g => g.Text == "服务全市、全省、国家重大战略决策10次以上" && g.TargetValue == 10);
        Assert.Contains(lianhuashan, g => g.Text == "在“碳”监测、捕集、固存等领域开发新产品3-5个");
        // 工业走廊 line 961: two measures, one share.
        var corridor = Goals("004", "环长春四辽吉松工业走廊发展规划");
        Assert.Contains(corridor, g => g.Text == "工业走廊地区规模以上工业生产总值、工业增加值保持占全省90%以上" && g.TargetYear == 2025);
        // Items that carry their own counts stay apart (长春 line 3592).
        var changchun = Goals("001");
        Assert.Contains(changchun, g => g.Text == "美丽庭院5万户");
        Assert.Contains(changchun, g => g.Text.EndsWith("示范村1500个", StringComparison.Ordinal) && !g.Text.Contains("美丽乡村", StringComparison.Ordinal));
    }

    [Fact]
    public void Changchun_optoelectronics_output_aim()
    {
        var plan = Corpus.Plan("001");
        var goal = Goals("001").Single(g => g.Text == "光电信息产业产值力争突破1000亿元");
        Assert.Equal(GoalKinds.Qualitative, goal.Kind);
        Assert.Equal("突破1000亿元", goal.Target);
        Assert.Equal(1000, goal.TargetValue);
        Assert.Equal("亿元", goal.Unit);
        Assert.Equal(2025, goal.TargetYear);
        Assert.Equal("光电信息产业产值", goal.Measure);
        Assert.Equal("加快发展新一代信息技术产业", Section(plan, goal.OwnerId).Title);
        Assert.InRange(goal.Provenance.LineStart, 1400, 1404);
        Assert.Contains("光电信息产业产值力争突破 1000亿元", goal.Provenance.Quote);
    }

    [Fact]
    public void Erdao_states_its_targets_in_prose()
    {
        var plan = Corpus.Plan("003");
        var goals = Goals("003");
        var unemployment = goals.Single(g => g.Measure == "城镇登记失业率");
        Assert.Equal("城镇登记失业率控制在4%以内", unemployment.Text);
        Assert.Equal("4%以内", unemployment.Target);
        Assert.Equal(4, unemployment.TargetValue);
        Assert.Equal("%", unemployment.Unit);
        Assert.Equal(2025, unemployment.TargetYear);
        Assert.Equal("2025年发展目标", Section(plan, unemployment.OwnerId).Title);

        var gdp = goals.Single(g => g.Measure == "地区生产总值年均增长");
        Assert.Equal("6.5%左右", gdp.Target);
        Assert.Equal("6.5%左右", gdp.Growth);
        Assert.Equal(6.5, gdp.TargetValue);
        Assert.Equal(2025, gdp.TargetYear);
    }

    [Fact]
    public void Lianhuashan_forest_and_grass_cover_aim()
    {
        var goal = Goals("000").First(g => g.Measure == "林草覆盖率");
        Assert.Equal("40%以上", goal.Target);
        Assert.Equal(40, goal.TargetValue);
        Assert.Equal(186, goal.Provenance.LineStart);
    }

    [Fact]
    public void Figures_reviewing_the_past_are_not_aims()
    {
        // 003 第一章 发展基础: “2020年，全区生产总值完成213.3亿元”.
        Assert.DoesNotContain(Goals("003"), g => g.TargetValue is 213.3 or 123.8 or 360);
        // 004 清洁能源 前言 quotes the national 2030 targets (“…比2005年下降65%以上…”): not the plan's aims.
        Assert.DoesNotContain(Goals("004", "清洁能源基地"), g => g.TargetValue is 65 or 25);
    }

    [Fact]
    public void A_pledge_without_a_year_is_an_aim_for_the_plans_period()
    {
        // 000 line 796 “…确保城镇调查失业率控制在5%以内”; 002 line 533 “确保保护性耕作面积占适宜区70%以上”.
        var unemployment = Goals("000").Single(g => g.Text == "确保城镇调查失业率控制在5%以内");
        Assert.Equal(("5%以内", 5.0, 2025, "城镇调查失业率"), (unemployment.Target, unemployment.TargetValue, unemployment.TargetYear, unemployment.Measure));
        var tillage = Goals("002").Single(g => g.Text == "确保保护性耕作面积占适宜区70%以上");
        Assert.Equal((70.0, 2030), (tillage.TargetValue, tillage.TargetYear));
        // 004 line 989 (工业走廊): “该区域…的比重要力争保持在50%以上” is the share of the core area named lines before: an aim, but no measure of its own.
        var share = Goals("004", "工业走廊").Single(g => g.Target == "50%以上" && g.Text.StartsWith("该区域", StringComparison.Ordinal));
        Assert.Null(share.Measure);
        // Without a pledge, a figure outside a goals section and without a year is not an aim (003 line 300: 商务楼宇入驻企业率达85%以上).
        Assert.DoesNotContain(Goals("003"), g => g.TargetValue is 85 && g.Text.Contains("入驻企业率", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deadline_sets_the_year_of_the_aims_after_it()
    {
        var goals = Goals("004", "清洁能源基地");
        Assert.Equal(2025, goals.Single(g => g.Target == "3000万千瓦以上").TargetYear); // 到“十四五”末
        Assert.Equal(2030, goals.Single(g => g.Target == "6000万千瓦").TargetYear); // 到“十五五”末
        Assert.Equal(2035, Goals("000").Single(g => g.Target == "50亿元以上").TargetYear); // 到2035年
    }

    [Fact]
    public void A_target_of_a_bare_total_takes_in_the_clause_naming_what_it_counts()
    {
        // 004 冰雪 第八章: “到2025年，全省旅游人才数量实现大幅度增长，总量达到70万人。”
        var talent = Goals("004", "冰雪").Single(g => g.Target == "70万人");
        Assert.Equal("全省旅游人才数量实现大幅度增长，总量达到70万人", talent.Text);
        Assert.Equal(70, talent.TargetValue);
        Assert.Equal(2025, talent.TargetYear);
        // 000: “…创建长春“双碳”示范城核心区，力争“十四五”末收入达到5亿元以上，到2035年收入达到50亿元以上。”
        var income = Goals("000").Single(g => g.Target == "5亿元以上" && g.Text.Contains("收入", StringComparison.Ordinal));
        Assert.StartsWith("创建长春“双碳”示范城核心区，", income.Text);
        // A clause that names its own subject keeps its own text.
        Assert.Contains(Goals("001"), g => g.Text == "光电信息产业产值力争突破1000亿元");
    }

    [Fact]
    public void A_growth_printed_without_a_subject_is_the_growth_of_what_the_aim_before_it_measures()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            到2025年，全区地区生产总值达到300亿元，年均增长7%左右；一般公共预算收入年均增长6%，城镇化率提高到60%，年均增长5%以上。
            """);
        var goals = ProseGoalFamily.Extract(plan).Goals;

        var growth = goals.Single(g => g.Target == "7%左右");
        Assert.Equal("全区地区生产总值达到300亿元，年均增长7%左右", growth.Text);
        Assert.Equal(("地区生产总值年均增长", "7%左右", 2025), (growth.Measure, growth.Growth, growth.TargetYear));
        Assert.Equal("地区生产总值", goals.Single(g => g.Target == "300亿元").Measure);
        Assert.Equal("一般公共预算收入年均增长", goals.Single(g => g.Target == "6%").Measure);
        // The growth after a rate is the rate's growth, the clause before it stated in its own words.
        Assert.Equal("城镇化率提高到60%，年均增长5%以上", goals.Single(g => g.Target == "5%以上").Text);
    }

    [Fact]
    public void Aims_of_a_list_of_dashed_lines_read_as_the_plan_prints_them()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            ——经济实力显著增强。地区生产总值年均增长7%左右，到2025年达到300亿元。
            ——五年累计完成固定资产投资1000亿元以上。
            ——力争“十四五”时期引进域外资金500亿元。
            """);
        var goals = ProseGoalFamily.Extract(plan).Goals;

        // A level printed with no subject after a growth is the level of what the growth measures.
        var level = goals.Single(g => g.Target == "300亿元");
        Assert.Equal(("地区生产总值", "地区生产总值年均增长7%左右，到2025年达到300亿元"), (level.Measure, level.Text));
        Assert.Equal("地区生产总值年均增长", goals.Single(g => g.Target == "7%左右").Measure);
        // The plan's own period (五年累计) dates an aim as its last year does; the dash opening a line is no part of it.
        var investment = goals.Single(g => g.Target == "1000亿元以上");
        Assert.Equal(("固定资产投资", 2025, "完成固定资产投资1000亿元以上"), (investment.Measure, investment.TargetYear, investment.Text));
        Assert.Equal("引进域外资金500亿元", goals.Single(g => g.Target == "500亿元").Text);

        // The five years just past are no aim.
        var past = Corpus.DroppedIn("""
            第二章 主要目标

            “十三五”期间，五年累计完成固定资产投资800亿元。过去五年累计新增就业5万人。五年来累计引进项目300个。
            """);
        Assert.Empty(ProseGoalFamily.Extract(past).Goals.Select(g => g.Text + "@" + g.TargetYear));
    }

    [Fact]
    public void The_next_five_years_of_a_plan_to_2035_end_in_2025()
    {
        // 004 line 145, the metropolitan plan (2021–2035): “未来五年将把长春建设成为常住人口超1000万…”.
        var goals = ProseGoalFamily.Extract(Corpus.Plan("004", "都市圈")).Goals;

        var population = goals.Single(g => g.Provenance.LineStart == 145 && g.Target == "超1000万");
        Assert.Equal((2025, "常住人口"), (population.TargetYear, population.Measure));
    }

    [Fact]
    public void Values_printed_with_thousands_separators_and_bound_marks_are_read_as_printed()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            到2025年，全区地区生产总值达到1,200亿元。到2025年，森林覆盖率≥35%。
            """);
        var goals = ProseGoalFamily.Extract(plan).Goals;

        Assert.Equal(1200, goals.Single(g => g.Target == "1,200亿元").TargetValue);
        Assert.Equal(("≥35%", 35.0), (goals.Single(g => g.Measure == "森林覆盖率").Target, goals.Single(g => g.Measure == "森林覆盖率").TargetValue));
    }

    [Fact]
    public void Basic_opening_a_noun_is_part_of_the_measure_not_an_adverb()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            到2025年，基本养老保险参保人数达到40万人，基本医疗保险参保率稳定在95%以上，基本建成现代化经济体系。
            """);
        var goals = ProseGoalFamily.Extract(plan).Goals;

        Assert.Equal("基本养老保险参保人数", goals.Single(g => g.Target == "40万人").Measure);
        Assert.Equal("基本医疗保险参保率", goals.Single(g => g.Target == "95%以上").Measure);
    }

    [Fact]
    public void A_growth_without_a_subject_after_a_clause_about_something_else_measures_nothing()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            到2025年，全区地区生产总值达到300亿元，产业结构持续优化，年均增长7%左右。
            """);

        var growth = ProseGoalFamily.Extract(plan).Goals.Single(g => g.Target == "7%左右");

        Assert.Equal("年均增长7%左右", growth.Text);
        Assert.Null(growth.Measure);
    }

    [Fact]
    public void The_words_after_a_value_that_say_what_it_counts_are_the_aims()
    {
        // 001: “逐步增加应急储备粮油数量，到 2025年增加 10万吨的原粮储备。”
        var reserve = Goals("001").Single(g => g.Target == "10万吨");
        Assert.Equal("增加10万吨的原粮储备", reserve.Text);
        Assert.Equal(2025, reserve.TargetYear);
    }

    [Fact]
    public void Subjects_before_respectively_take_the_values_the_target_lists_in_order()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            到2025年，全区城镇居民人均可支配收入、农村居民人均可支配收入分别达到5万元和2.5万元。到2025年，城镇和农村居民医保参保率分别稳定在96%、98%以上。
            """);
        var goals = ProseGoalFamily.Extract(plan).Goals;

        // Before, one aim: the first value, its measure both subjects run together.
        Assert.Equal([("城镇居民人均可支配收入", "5万元", 2025), ("农村居民人均可支配收入", "2.5万元", 2025)],
            goals.Where(g => g.Unit == "万元").Select(g => (g.Measure, g.Target, g.TargetYear)));
        Assert.Equal(["96%", "98%以上"], goals.Where(g => g.Unit == "%").Select(g => g.Target));
    }

    [Fact]
    public void A_range_printed_with_its_unit_twice_is_one_value_with_both_bounds()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            “十四五”时期，一般公共预算收入年均增长5%—6%。
            """);

        var growth = ProseGoalFamily.Extract(plan).Goals.Single();
        Assert.Equal(("5%—6%", 5.0, 6.0, "5%—6%"), (growth.Target, growth.TargetMin, growth.TargetMax, growth.Growth));
    }

    [Fact]
    public void Amounts_printed_in_words_are_values()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            到2025年，汽车产业产值突破千亿元，农产品加工业产值达到五百亿元，打造千亿级产业集群。全面提升百姓生活品质。
            """);

        Assert.Equal([("汽车产业产值", "突破千亿元", 1000.0), ("农产品加工业产值", "五百亿元", 500.0)],
            ProseGoalFamily.Extract(plan).Goals.Select(g => (g.Measure, g.Target, g.TargetValue ?? 0)));
    }

    [Fact]
    public void A_box_titled_as_indicators_whose_lines_are_sentences_states_their_aims()
    {
        var plan = Corpus.DroppedIn("""
            第二章 发展目标

            专栏1 “十四五”时期主要发展指标
            1.地区生产总值年均增长6.5%左右。
            2.城镇调查失业率控制在5.5%以内。

            第三章 重点任务

            推进产业升级。
            """);

        // Before, none: the box's title announced a table, and a table's rows state no prose aims.
        Assert.Equal([("地区生产总值年均增长6.5%左右", "6.5%左右", 2025), ("城镇调查失业率控制在5.5%以内", "5.5%以内", 2025)],
            ProseGoalFamily.Extract(plan).Goals.Select(g => (g.Text, g.Target, g.TargetYear ?? 0)));
        Assert.Equal("城镇调查失业率", ProseGoalFamily.Extract(plan).Goals[1].Measure);
    }

    [Fact]
    public void A_year_printed_in_chinese_numerals_dates_an_aim()
    {
        var plan = Corpus.DroppedIn("""
            第三章 重点任务

            到二〇二五年，全区地区生产总值达到500亿元。到二〇三五年人均地区生产总值达到10万元。
            """);

        // Before, none: outside a goals section an aim needs its year, and 二〇二五年 was none.
        Assert.Equal([("全区地区生产总值达到500亿元", 2025), ("人均地区生产总值达到10万元", 2035)],
            ProseGoalFamily.Extract(plan).Goals.Select(g => (g.Text, g.TargetYear ?? 0)));
    }
}
