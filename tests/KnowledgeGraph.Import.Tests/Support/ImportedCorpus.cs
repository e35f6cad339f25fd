using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Support;

/// <summary>The bundled corpus imported once per test run (the whole pipeline), with lookups for fact tests.</summary>
public static class ImportedCorpus
{
    private static readonly Lazy<GraphSnapshot> LazyGraph = new(() => ImportPipeline.Run(new ImportOptions(Corpus.PlansDirectory)).Graph);
    private static readonly Lazy<Dictionary<string, GraphNode>> LazyNodes = new(() => Graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal));

    public static GraphSnapshot Graph => LazyGraph.Value;

    public static GraphNode Node(string id) => LazyNodes.Value[id];

    public static bool HasNode(string id) => LazyNodes.Value.ContainsKey(id);

    public static string PlaceId(string name) => NodeIds.For(Labels.Place, name);
    public static string StrategyId(string name) => NodeIds.For(Labels.Strategy, name);
    public static string AgencyId(string name) => NodeIds.For(Labels.Agency, name);

    /// <summary>The plan of a bundled file (“001”), or of the compilation's sub-plan whose title contains <paramref name="titlePart"/>.</summary>
    public static string PlanId(string prefix, string? titlePart = null) => Corpus.Plan(prefix, titlePart).Id;

    public static IEnumerable<GraphEdge> Edges(string type, string? from = null, string? to = null) =>
        Graph.Edges.Where(e => e.Type == type && (from is null || e.From == from) && (to is null || e.To == to));

    public static GraphEdge Edge(string type, string from, string to) =>
        Edges(type, from, to).Select(e => (GraphEdge?)e).SingleOrDefault() ?? throw new Xunit.Sdk.XunitException($"no {type} {Describe(from)} → {Describe(to)}");

    public static string Describe(string id) =>
        HasNode(id) ? $"{Node(id).Label}:{Node(id).Props.GetString("name") ?? Node(id).Props.GetString("title") ?? id}" : id;
}
