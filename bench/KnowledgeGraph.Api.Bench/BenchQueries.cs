namespace KnowledgeGraph.Api.Bench;

/// <summary>One measured request: a query and its variables.</summary>
internal sealed record BenchCase(string Name, string Query, string? VariablesJson = null);

/// <summary>The requests measured, with ids looked up in the imported graph (ids depend on the importer).</summary>
internal static class BenchQueries
{
    public const string NodeLookup = """
        query ($id: ID!) { node(id: $id) { id __typename ... on Goal { text target attribute unit plan { title region } } } }
        """;

    /// <summary>A plan, its top sections and their sub-sections, each with its goals and their indicators.</summary>
    public const string PlanChaptersGoals = """
        query ($id: ID!) { plan(id: $id) { title level region sections(first: 50) { nodes { number title
            sections(first: 50) { nodes { number title goals(first: 50) { nodes { text target attribute indicator { name } } } } } } } } }
        """;

    public const string TraceDown = """
        query ($id: ID!) { trace(from: $id, maxDepth: 4) { nodeCount truncated
            steps { depth parentId relationship direction confidence node { __typename id } } } }
        """;

    public const string Search = """
        query ($text: String!) { search(text: $text, first: 20) { totalCount edges { score field snippet node { __typename id } } } }
        """;

    public static async Task<IReadOnlyList<BenchCase>> ResolveAsync(InProcessApi api, IReadOnlyList<BenchCase> extra)
    {
        var city = await api.DataAsync("""{ plans(level: CITY, region: "长春市") { nodes { id } } }""");
        var cityPlan = (string)city["plans"]!["nodes"]![0]!["id"]!;
        var goals = await api.DataAsync("""{ goals(where: { text: { contains: "森林覆盖率" } }, first: 1) { nodes { id } } }""");
        var goal = (string)goals["goals"]!["nodes"]![0]!["id"]!;
        return
        [
            new("node lookup (a goal with its plan)", NodeLookup, Variables("id", goal)),
            new("plan → chapters → goals (长春 city plan)", PlanChaptersGoals, Variables("id", cityPlan)),
            new("trace DOWN from the 长春 city plan, depth 4", TraceDown, Variables("id", cityPlan)),
            new("search 冰雪 (2 characters)", Search, Variables("text", "冰雪")),
            new("search 冰雪旅游 (4 characters)", Search, Variables("text", "冰雪旅游")),
            .. extra,
        ];
    }

    public static string Variables(string name, string value) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { [name] = value });
}
