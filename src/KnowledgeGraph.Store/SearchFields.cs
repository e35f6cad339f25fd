using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Which properties full-text search covers: each label's main text (a name, a title or a goal's
/// text) and, for projects, the description. Provenance quotes are left out on purpose: a quote
/// is the sentence a node was read from, so a place or agency would match every word of every
/// sentence that mentions it and drown the nodes that are actually about the term.
/// </summary>
public static class SearchFields
{
    public const string Description = "description";

    /// <summary>The property that names or states a node of this label (Plan.title, Goal.text, Project.name…).</summary>
    public static string MainOf(string label) => label switch
    {
        Labels.Plan or Labels.Section or Labels.Column or Labels.Document => "title",
        Labels.Goal => "text",
        _ => "name",
    };

    /// <summary>A second, longer text worth searching, or null.</summary>
    public static string? SecondaryOf(string label) => label == Labels.Project ? Description : null;

    /// <summary>The searchable fields of a label, most important first.</summary>
    public static IReadOnlyList<string> Of(string label) =>
        SecondaryOf(label) is { } secondary ? [MainOf(label), secondary] : [MainOf(label)];
}
