using System.Runtime;
using KnowledgeGraph.Import.Pipeline;

namespace KnowledgeGraph.Import.Tests.Pipeline;

// The latency mode is the process's: these tests run alone, never beside others.
[CollectionDefinition(nameof(LatencyMode), DisableParallelization = true)]
public sealed class LatencyMode;

[Collection(nameof(LatencyMode))]
public class BatchCollectionTests
{
    [Fact]
    public void An_import_scope_blocks_full_collections_and_gives_the_mode_back()
    {
        var before = GCSettings.LatencyMode;
        using (BatchCollection.Begin())
        {
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        }
        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public void Overlapping_scopes_give_the_mode_back_when_the_last_one_ends()
    {
        var before = GCSettings.LatencyMode;
        var first = BatchCollection.Begin();
        var second = BatchCollection.Begin();
        first.Dispose();
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        first.Dispose();
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        second.Dispose();
        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
