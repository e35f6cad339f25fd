namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>The schema name of a node graph type, derived from its class name (PlanType → Plan, NodeInterface → Node).</summary>
internal static class GraphTypeNames
{
    public static string Of(Type graphType)
    {
        var name = graphType.Name;
        foreach (var suffix in (ReadOnlySpan<string>)["GraphType", "Type", "Interface"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        }
        return name;
    }
}
