using KnowledgeGraph.Import.Extraction.Indicators;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Indicators;

/// <summary>The curated alias list: what it joins, and how a broken list is reported.</summary>
public sealed class IndicatorAliasesTests
{
    private static readonly IndicatorAliases Bundled =
        IndicatorAliases.Load(Path.Combine(Corpus.ImportDirectory, "gazetteers", IndicatorAliases.FileName));

    [Fact]
    public void Bundled_list_joins_what_the_rules_cannot()
    {
        Assert.Equal(("旅游接待人数", true), Bundled.Canonical(IndicatorKeys.Key("年接待国内外游客总数")));
        Assert.Equal(Bundled.Canonical(IndicatorKeys.Key("研发经费投入增长")).Key, Bundled.Canonical(IndicatorKeys.Key("R&D投入年均增长")).Key);
        Assert.Equal(("森林覆盖率", false), Bundled.Canonical(IndicatorKeys.Key("森林覆盖率")));
        Assert.Equal(Bundled.Canonical(IndicatorKeys.Key("高中阶段教育毛入学率")).Key, Bundled.Canonical(IndicatorKeys.Key("高中阶段毛入学率")).Key);
    }

    [Fact]
    public void Bundled_list_unifies_standard_coal_units() =>
        Assert.Equal(Bundled.Unit("万吨标准煤"), Bundled.Unit("万吨标煤"));

    [Fact]
    public void An_alias_under_two_measures_is_an_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"indicators-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "indicators": [
              { "name": "旅游接待人数", "aliases": ["接待游客"] },
              { "name": "旅游业总收入", "aliases": ["接待游客"] } ] }
            """);
        try
        {
            var error = Assert.Throws<PlanInputException>(() => IndicatorAliases.Load(path));
            Assert.Contains("接待游客", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_list_names_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"indicators-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"indicators\": [\n    { \"name\": \"森林覆盖率\", }\n    oops\n  ]\n}");
        try
        {
            var error = Assert.Throws<PlanInputException>(() => IndicatorAliases.Load(path));
            Assert.Equal(IndicatorAliases.FileName, error.File);
            Assert.NotNull(error.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_list_means_no_aliases() =>
        Assert.Equal(("年接待国内外游客总数", false), IndicatorAliases.Load("/nonexistent/indicators.json").Canonical("年接待国内外游客总数"));
}
