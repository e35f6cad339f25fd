using KnowledgeGraph.Import.Linking;

namespace KnowledgeGraph.Import.Tests.Linking;

/// <summary>The index's prefix filtering finds what comparing every pair would, and each pair once.</summary>
public sealed class SameAsIndexTests
{
    [Fact]
    public void Probes_find_exactly_the_pairs_that_score_and_each_of_them_once()
    {
        // The corpus's own project names, each with its plan's region, as the linker reduces them.
        var keys = ExtractedCorpus.Plans
            .SelectMany(p => p.Facts.Projects.Select(project => SameAsKey.Of(project.Name,
                KnowledgeGraph.Import.Extraction.Projects.ProjectPlaces.AreasOfRegion(p.Plan.Metadata.Region))))
            .DistinctBy(k => k.Signature)
            .ToList();
        Assert.True(keys.Count > 500, $"{keys.Count} keys");
        var index = new SameAsIndex(keys);

        var expected = new HashSet<(int, int)>();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                if (index.Score(i, j) is not null) expected.Add((i, j));
            }
        }
        var found = new List<(int, int)>();
        var probe = new SameAsIndex.Probe();
        for (var i = 0; i < keys.Count; i++)
        {
            index.Similar(i, probe);
            found.AddRange(probe.Found.Select(f => (Math.Min(i, f.Other), Math.Max(i, f.Other))));
        }

        Assert.NotEmpty(expected);
        Assert.Equal(found.Count, found.Distinct().Count());
        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public void Keys_of_one_core_in_regions_apart_take_its_matches_only_within_their_block()
    {
        // The corpus's names in 长春, and again in two regions of their own that lie apart: every core is named by
        // keys of three blocks, whose matches it finds once.
        var own = new KnowledgeGraph.Import.Extraction.Projects.OwnRegions(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["沈阳市"] = [],
            ["大连市"] = [],
        });
        var names = ExtractedCorpus.Plans.SelectMany(p => p.Facts.Projects).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        var keys = ((IReadOnlyList<string>[])[["长春"], ["沈阳市"], ["大连市"]])
            .SelectMany(region => names.Select(name => SameAsKey.Of(name, region)))
            .DistinctBy(k => k.Signature)
            .ToList();
        var blocks = SameAsBlocks.Of(keys, own)!;
        var index = new SameAsIndex(keys, blocks);

        var expected = new HashSet<(int, int)>();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                if (!blocks.Apart(i, j) && index.Score(i, j) is not null) expected.Add((i, j));
            }
        }
        var found = new List<(int, int)>();
        var probe = new SameAsIndex.Probe();
        for (var i = 0; i < keys.Count; i++)
        {
            index.Similar(i, probe);
            found.AddRange(probe.Found.Select(f => (Math.Min(i, f.Other), Math.Max(i, f.Other))));
        }

        Assert.Contains(expected, p => keys[p.Item1].Core == keys[p.Item2].Core);
        Assert.Contains(found, p => keys[p.Item1].Areas.SequenceEqual(["沈阳市"]) && keys[p.Item2].Areas.SequenceEqual(["沈阳市"]));
        Assert.DoesNotContain(found, p => blocks.Apart(p.Item1, p.Item2));
        Assert.Equal(found.Count, found.Distinct().Count());
        Assert.Equal(expected.Order(), found.Order());
    }
}
