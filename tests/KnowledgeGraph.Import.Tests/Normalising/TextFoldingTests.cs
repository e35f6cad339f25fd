using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Tests.Normalising;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("指 标", "指标")]
    [InlineData("2020\u3000年", "2020年")] // an ideographic space
    [InlineData(" 属\t性 \n", "属性")]
    [InlineData("万吨标准煤", "万吨标准煤")]
    [InlineData("", "")]
    public void A_key_without_white_space_drops_every_kind_of_it(string text, string key) =>
        Assert.Equal(key, TextFolding.WithoutWhiteSpace(text));

    [Fact]
    public void A_text_without_white_space_is_returned_itself_and_a_spacedone_whole()
    {
        var text = "地区生产总值增长";
        Assert.Same(text, TextFolding.WithoutWhiteSpace(text));
        var spaced = string.Concat(Enumerable.Repeat("指 标", 400));
        Assert.Equal(string.Concat(Enumerable.Repeat("指标", 400)), TextFolding.WithoutWhiteSpace(spaced));
    }
}
