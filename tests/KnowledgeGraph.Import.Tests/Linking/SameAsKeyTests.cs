using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Linking;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>A key reduced once per name and then placed in a region is the key reduced in that region.</summary>
public sealed class SameAsKeyTests
{
    private static readonly SameAsKey.Opening[] Openings =
        [new("长春十三市", "长春十三市"), new("长春十三", "长春十三市"), new("二道十三区", "长春十三市二道十三区")];

    [Fact]
    public void A_name_placed_in_a_region_has_the_key_it_has_when_reduced_there()
    {
        var names = ExtractedCorpus.Plans.SelectMany(p => p.Facts.Projects).Select(p => p.Name)
            .Concat(["长春十三市速度滑冰馆", "长春十三二道十三区东部快速路", "健康食品产业园", "长春市二道区东部快速路（二期）"])
            .Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyList<string>[] regions = [[], ["长春"], ["长春", "二道"], ["长春十三市"]];
        var printedAreas = 0;
        foreach (var name in names)
        {
            foreach (var openings in new[] { null, Openings })
            {
                var reduced = SameAsKey.Of(name, null, openings);
                if (reduced.AreasPrinted) printedAreas++;
                foreach (var region in regions)
                {
                    var expected = SameAsKey.Of(name, region, openings);
                    var placed = reduced.InRegion(region);
                    Assert.Equal(expected.Signature, placed.Signature);
                    Assert.Equal(expected.Folded, placed.Folded);
                    Assert.Equal(expected.Particular, placed.Particular);
                }
            }
        }
        Assert.True(names.Count > 500 && printedAreas > 50, $"{names.Count} names, {printedAreas} with areas of their own");
    }

    [Fact]
    public void A_name_without_areas_of_its_own_lies_in_the_region_and_one_with_them_keeps_them()
    {
        Assert.Equal(["长春", "二道"], SameAsKey.Of("健康食品产业园").InRegion(["长春", "二道"]).Areas);
        Assert.Equal(["长春十三市"], SameAsKey.Of("长春十三市速度滑冰馆", null, Openings).InRegion(["长春"]).Areas);
        Assert.Equal(ProjectPlaces.LeadingAreas("长春市东部快速路").Areas, SameAsKey.Of("长春市东部快速路").InRegion(["四平"]).Areas);
    }
}
