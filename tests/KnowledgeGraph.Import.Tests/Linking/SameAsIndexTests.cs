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
        var probe = new SameAsIndex.Probe(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            index.Similar(i, probe);
            found.AddRange(probe.Found.Select(f => (Math.Min(i, f.Other), Math.Max(i, f.Other))));
        }

        Assert.NotEmpty(expected);
        Assert.Equal(found.Count, found.Distinct().Count());
        Assert.Equal(expected.Order(), found.Order());
    }
}
