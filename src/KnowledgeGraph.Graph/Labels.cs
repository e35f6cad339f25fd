namespace KnowledgeGraph.Graph;

/// <summary>Node labels fixed by the graph contract (MODEL.md).</summary>
public static class Labels
{
    public const string Plan = "Plan";
    public const string Section = "Section";
    public const string Column = "Column";
    public const string Goal = "Goal";
    public const string Indicator = "Indicator";
    public const string Project = "Project";
    public const string Place = "Place";
    public const string Agency = "Agency";
    public const string Strategy = "Strategy";
    public const string Document = "Document";

    /// <summary>Every label, in the order exports and statistics list them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Plan, Section, Column, Goal, Indicator, Project, Place, Agency, Strategy, Document];

    public static int OrderOf(string label)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == label) return i;
        }
        return All.Count;
    }

    public static bool IsKnown(string label) => OrderOf(label) < All.Count;
}
