using KnowledgeGraph.Import.Extraction.Goals;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Goals;

/// <summary>The quick test that spares list items the count pattern: it may let through what the pattern refuses, never the reverse.</summary>
public sealed class AimPatternsTests
{
    [Theory]
    [InlineData("增加 5A 级旅游景区 1—2 家（吉林松花湖、长白山）", true)]
    [InlineData("避暑名城 5 个", true)]
    [InlineData("培育“双创”人才 1000 名左右 ", true)]
    [InlineData("森林覆盖率 45%（含湿地）", true)]
    [InlineData("建设冰雪度假区 3 处 (国家级)(省级)", false)] // one bracket after the value, not two
    [InlineData("2025 年建成", false)]
    [InlineData("推进 5G 基站建设", false)]
    [InlineData("（一）", false)]
    public void An_item_may_be_a_count_only_when_it_ends_with_a_unit_or_a_bound(string item, bool may)
    {
        Assert.Equal(may, AimPatterns.MayEndWithValue(item));
        if (!may) Assert.DoesNotMatch(AimPatterns.ItemAndValue(), item);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_item_of_the_bundled_plans_the_pattern_reads_passes_the_quick_test(string plan)
    {
        var items = Corpus.Normalise(plan).Paragraphs
            .SelectMany(p => p.Text.Split(['，', '。', '；', '、', '：']))
            .Where(i => AimPatterns.ItemAndValue().IsMatch(i))
            .ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(AimPatterns.MayEndWithValue(i), i));
    }
}
