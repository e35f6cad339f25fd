using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Tests.Model;

/// <summary>Ids are part of the contract: users keep them between imports and releases.</summary>
public sealed class NodeIdsTests
{
    [Theory]
    // As the bundled corpus's export gives them.
    [InlineData(Labels.Place, "长春市", "place_07caf5b0e8d9c095")]
    [InlineData(Labels.Strategy, "四大板块", "strat_a77551d3cafdced2")]
    public void SharedNodesKeepTheirIds(string label, string name, string id)
    {
        Assert.Equal(id, NodeIds.For(label, name));
        // Remembered or not, a name gives the same id.
        Assert.Equal(id, NodeIds.ForName(label, name));
        Assert.Equal(id, NodeIds.ForName(label, name));
    }

    [Fact]
    public void TheLabelIsPartOfTheId()
    {
        Assert.NotEqual(NodeIds.ForName(Labels.Place, "长春"), NodeIds.ForName(Labels.Agency, "长春"));
        Assert.StartsWith("agcy_", NodeIds.ForName(Labels.Agency, "长春"), StringComparison.Ordinal);
    }
}
