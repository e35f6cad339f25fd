using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Tests.Normalising;

public sealed class ColumnTitlesTests
{
    [Theory]
    // The bundled plans' forms (长春 line 4039, the compilation's lines 179 and 2885).
    [InlineData("专栏 11：城乡融合发展试验区重大事项", "专栏 11", 11, "城乡融合发展试验区重大事项")]
    [InlineData("专栏 1 长春现代化都市圈区域合作发展历程", "专栏 1", 1, "长春现代化都市圈区域合作发展历程")]
    [InlineData("表 1 长春市创新创业发展主要指标", "表1", 1, "长春市创新创业发展主要指标")]
    // Other plans': Chinese numerals, and boxes numbered within their chapter.
    [InlineData("专栏一 重点产业项目", "专栏 一", 1, "重点产业项目")]
    [InlineData("专栏3-1 重点交通项目", "专栏 3-1", 3, "重点交通项目")]
    [InlineData("表 2．3 民生指标", "表2-3", 2, "民生指标")]
    [InlineData("附表1 南关区“十四五”时期重大项目表", "附表1", 1, "南关区“十四五”时期重大项目表")]
    // Other plans' PDF extractions: brackets, spaced letters, a stop or a dash before the title.
    [InlineData("【专栏3】重大民生项目", "专栏 3", 3, "重大民生项目")]
    [InlineData("专 栏 4 重大生态项目", "专栏 4", 4, "重大生态项目")]
    [InlineData("专栏5.重大文旅项目", "专栏 5", 5, "重大文旅项目")]
    [InlineData("专栏2—重大交通项目", "专栏 2", 2, "重大交通项目")]
    [InlineData("［表 4］主要指标", "表4", 4, "主要指标")]
    public void A_title_line_gives_its_number_as_printed_and_its_main_ordinal(string line, string number, int ordinal, string title)
    {
        var match = ColumnTitles.Match(line);

        Assert.NotNull(match);
        Assert.Equal((number, ordinal, title), (match.Number, match.Ordinal, match.Title));
    }

    [Theory]
    [InlineData("表示全区经济运行总体平稳。")]
    [InlineData("专栏1.5万平方米的展厅已经建成。")]
    public void Running_text_that_opens_with_the_same_characters_is_no_title(string line) => Assert.Null(ColumnTitles.Match(line));
}
