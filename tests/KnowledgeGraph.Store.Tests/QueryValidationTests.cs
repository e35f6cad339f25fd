using KnowledgeGraph.Graph;
using F = KnowledgeGraph.Store.NodeFilter;

namespace KnowledgeGraph.Store.Tests;

public sealed class QueryValidationTests
{
    [Theory]
    [InlineData("Plan) DETACH DELETE (n")]
    [InlineData("plan")]
    [InlineData("")]
    public void Unknown_labels_are_refused(string label)
    {
        var error = Assert.Throws<StoreQueryException>(() => QueryValidation.Node(new NodeQuery(label)));
        Assert.Contains("unknown label", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.b")]
    [InlineData("title')--")]
    [InlineData("1st")]
    [InlineData("名称")]
    [InlineData("")]
    public void Property_names_must_be_camel_case_words(string property)
    {
        Assert.Throws<StoreQueryException>(() => QueryValidation.Filter(new F.PropertyEquals(property, "x")));
        Assert.Throws<StoreQueryException>(() =>
            QueryValidation.Node(new NodeQuery(Labels.Goal, OrderBy: [new NodeOrder(property)])));
        Assert.Throws<StoreQueryException>(() =>
            QueryValidation.Aggregate(new AggregateQuery(Labels.Goal, new GroupKey.PlanProperty(property))));
    }

    [Fact]
    public void Relationship_types_must_be_known()
    {
        Assert.Throws<StoreQueryException>(() =>
            QueryValidation.Filter(new F.Related("KNOWS]->(x) DELETE x //", EdgeDirection.Outgoing)));
        Assert.Throws<StoreQueryException>(() =>
            QueryValidation.Edge(new EdgeQuery(["a"], EdgeDirection.Both, ["has_section"])));
        Assert.Throws<StoreQueryException>(() =>
            QueryValidation.Aggregate(new AggregateQuery(Labels.Project, new GroupKey.Neighbour("NEAR", EdgeDirection.Both, "name"))));
    }

    [Fact]
    public void Filters_are_bounded_in_depth_and_size()
    {
        NodeFilter deep = new F.PropertyExists("name");
        for (var i = 0; i < StoreLimits.MaxFilterDepth; i++) deep = new F.Not(deep);

        var error = Assert.Throws<StoreQueryException>(() => QueryValidation.Filter(deep));
        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
        Assert.Throws<StoreQueryException>(() =>
            QueryValidation.Filter(new F.IdIn(Enumerable.Range(0, StoreLimits.MaxValues + 1).Select(i => $"n{i}").ToList())));
        QueryValidation.Filter(((F.Not)deep).Filter);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(StoreLimits.MaxPageSize + 1, 0)]
    [InlineData(10, -5)]
    public void Pages_are_bounded(int first, int offset)
    {
        Assert.Throws<StoreQueryException>(() => QueryValidation.Node(new NodeQuery(Labels.Plan, First: first, Offset: offset)));
        Assert.Throws<StoreQueryException>(() => QueryValidation.Search(new SearchQuery("冰雪", First: first, Offset: offset)));
    }

    [Fact]
    public void Filter_values_must_be_scalars()
    {
        Assert.Throws<StoreQueryException>(() => QueryValidation.Filter(new F.PropertyEquals("level", new object())));
        Assert.Throws<StoreQueryException>(() => QueryValidation.Filter(new F.PropertyIn("level", ["CITY", null!])));
        Assert.Throws<StoreQueryException>(() => QueryValidation.Filter(new F.PropertyRange("targetValue", double.NaN, null)));
        QueryValidation.Filter(new F.PropertyIn("targetValue", [1, 2L, 3.5, true, "x"]));
    }

    [Fact]
    public void Unknown_search_labels_are_refused()
    {
        Assert.Throws<StoreQueryException>(() => QueryValidation.Search(new SearchQuery("冰雪", ["Plans"])));
    }
}
