using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>The store's statistics with the version of the graph they describe.</summary>
public sealed record GraphStatisticsView(GraphStatistics Statistics, string? Version);

/// <summary>A count under a name (a label or a relationship type).</summary>
public sealed record NamedCount(string Name, int Count);
