using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class GraphStatisticsType : ObjectGraphType<GraphStatisticsView>
{
    public GraphStatisticsType()
    {
        Name = "GraphStatistics";
        Description = "The size of the stored graph.";
        Field<StringGraphType>("version").Description("Digest of the stored graph; changes when a re-import changes the graph. Null when the store is empty.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabelCountType>>>>("nodesByLabel")
            .Description("Node counts per label, every label listed (zero when absent), in schema order.")
            .Resolve(c => Counts(Labels.All, c.Source.Statistics.NodesByLabel));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipCountType>>>>("relationshipsByType")
            .Description("Relationship counts per type, every type listed (zero when absent), in schema order.")
            .Resolve(c => Counts(RelationshipTypes.All, c.Source.Statistics.EdgesByType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanStatisticsType>>>>("plans")
            .Description("Node counts per plan.")
            .Resolve(c => c.Source.Statistics.Plans);
    }

    internal static IReadOnlyList<NamedCount> Counts(IReadOnlyList<string> names, IReadOnlyDictionary<string, int> counts) =>
        names.Select(n => new NamedCount(n, counts.TryGetValue(n, out var count) ? count : 0)).ToList();
}
