using KnowledgeGraph.Import.Extraction.Projects;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

public sealed class QuotedSeriesTests
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
        Assert.Equal(expected, QuotedSeries.Names(name));
}
