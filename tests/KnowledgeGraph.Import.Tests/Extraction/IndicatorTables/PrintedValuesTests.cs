using KnowledgeGraph.Import.Extraction.IndicatorTables;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>Numbers read from printed values, on values the plans print.</summary>
public sealed class PrintedValuesTests
{
    [Theory]
    [InlineData("3-5个", "个", 3.0, 5.0)]
    [InlineData("1—3户", "户", 1.0, 3.0)]
    [InlineData("6～7 左右", null, 6.0, 7.0)]
    [InlineData("2.5-3.5%", "%", 2.5, 3.5)]
    public void A_range_gives_its_bounds(string printed, string? unit, double low, double high)
    {
        Assert.Equal((low, high), PrintedValues.RangeOf(printed, unit));
        Assert.Null(PrintedValues.NumberOf(printed, unit));
    }

    [Theory]
    [InlineData("6.5左右", null)]
    [InlineData("＞70", null)]
    [InlineData("按省下达", null)]
    [InlineData("—", null)]
    [InlineData("5-3个", "个")]
    [InlineData("2021-2025年发展3-5个", "个")]
    public void A_single_value_a_word_or_a_reversed_pair_is_no_range(string printed, string? unit) =>
        Assert.Null(PrintedValues.RangeOf(printed, unit));
}
