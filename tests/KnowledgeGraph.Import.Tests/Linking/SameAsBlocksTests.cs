using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Linking;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>Blocks only keep apart keys whose areas rule out one project: they never drop a pair the areas allow.</summary>
public sealed class SameAsBlocksTests
{
    // 和平区 lies in 沈阳市; 大连市 lies in neither. The province's areas are not regions of their own.
    private static readonly OwnRegions Own = new(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
    {
        ["沈阳市"] = [],
        ["和平区"] = ["沈阳市"],
        ["大连市"] = [],
    });

    private static SameAsKey Key(string name, string region) =>
        SameAsKey.Of(name, Own.Contains(region) ? [region] : ProjectPlaces.AreasOfRegion(region));

    [Fact]
    public void Regions_that_lie_in_one_another_form_one_group()
    {
        Assert.Equal(Own.GroupOf("沈阳市"), Own.GroupOf("和平区"));
        Assert.NotEqual(Own.GroupOf("沈阳市"), Own.GroupOf("大连市"));
        Assert.Equal(-1, Own.GroupOf("长春"));
    }

    [Fact]
    public void Keys_held_apart_are_keys_whose_areas_conflict()
    {
        var keys = new List<SameAsKey>
        {
            Key("国际汽车城", "沈阳市"),
            Key("国际汽车城", "和平区"),
            Key("国际汽车城", "大连市"),
            Key("国际汽车城", "吉林省"),
            Key("国际汽车城", "长春市"),
            Key("长春国际汽车城", "沈阳市"),
            Key("沈阳国际汽车城", "长春市"),
        };
        var blocks = SameAsBlocks.Of(keys, Own)!;
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = 0; j < keys.Count; j++)
            {
                if (blocks.Apart(i, j)) Assert.True(keys[i].PlacesConflict(keys[j], Own), $"{i} apart from {j} without a conflict");
                Assert.Equal(blocks.Apart(i, j), blocks.Apart(j, i));
            }
        }
        // 沈阳市 and 大连市; 大连市 and the province; 和平区 and the city of 长春: never one project.
        Assert.True(blocks.Apart(0, 2));
        Assert.True(blocks.Apart(2, 3));
        Assert.True(blocks.Apart(1, 4));
        // 和平区 in 沈阳市; the province over 长春: compared.
        Assert.False(blocks.Apart(0, 1));
        Assert.False(blocks.Apart(3, 4));
        // 长春 printed in 沈阳's plan is the province's 长春.
        Assert.False(blocks.Apart(5, 4));
    }

    [Fact]
    public void A_corpus_of_one_province_has_no_blocks() =>
        Assert.Null(SameAsBlocks.Of([Key("国际汽车城", "长春市")], null));
}
