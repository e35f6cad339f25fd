using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Counts a graph while it is written, so statistics cost nothing to read later. Every label and
/// relationship type is listed (zero when absent) in contract order, so consumers see fixed keys.
/// </summary>
internal sealed class StatisticsBuilder
{
    private readonly int[] _labels = new int[Labels.All.Count];
    private readonly int[] _types = new int[RelationshipTypes.All.Count];
    private readonly List<(string Id, string Title)> _plans = [];
    private readonly Dictionary<string, int[]> _byPlan = new(StringComparer.Ordinal);

    /// <param name="planId">The plan the node belongs to (its own id for a Plan), or null.</param>
    public void AddNode(GraphNode node, string? planId)
    {
        var label = Vocabulary.LabelIndex(node.Label);
        _labels[label]++;
        if (node.Label == Labels.Plan)
        {
            _plans.Add((node.Id, node.Props.GetString("title") ?? ""));
            return;
        }
        if (planId is null) return;
        if (!_byPlan.TryGetValue(planId, out var counts))
        {
            counts = new int[Labels.All.Count];
            _byPlan.Add(planId, counts);
        }
        counts[label]++;
    }

    public void AddEdge(GraphEdge edge) => _types[Vocabulary.TypeIndex(edge.Type)]++;

    public GraphStatistics Build()
    {
        var plans = _plans
            .Select(p => new PlanStatistics(p.Id, p.Title, ByLabel(_byPlan.GetValueOrDefault(p.Id) ?? new int[Labels.All.Count])))
            .ToList();
        return new GraphStatistics(ByLabel(_labels), ByType(_types), plans);
    }

    public static GraphStatistics Empty => new StatisticsBuilder().Build();

    private static Dictionary<string, int> ByLabel(int[] counts)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Labels.All.Count; i++) result.Add(Labels.All[i], counts[i]);
        return result;
    }

    private static Dictionary<string, int> ByType(int[] counts)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < RelationshipTypes.All.Count; i++) result.Add(RelationshipTypes.All[i], counts[i]);
        return result;
    }
}

/// <summary>How statistics are kept as JSON (Chinese titles unescaped, so the file stays readable).</summary>
internal static class StatisticsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}
