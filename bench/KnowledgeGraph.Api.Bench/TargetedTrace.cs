namespace KnowledgeGraph.Api.Bench;

/// <summary>The researchers' question in one query: from the strategy 一主六双 through 长春 sections and goals to district projects.</summary>
internal static class TargetedTrace
{
    public const string Query = """
        query ($id: ID!) { trace(from: $id, to: { label: PROJECT, planLevel: DISTRICT },
            through: [{ label: SECTION, planRegion: "长春市" }, { label: GOAL, planRegion: "长春市" }]) {
          nodesSearched truncated paths { length steps { relationship node { __typename id } } } } }
        """;

    public static async Task<IReadOnlyList<BenchCase>> CasesAsync(InProcessApi api)
    {
        var found = await api.DataAsync("""{ strategies(where: { name: { eq: "一主六双" } }) { nodes { id } } }""");
        var strategy = (string)found["strategies"]!["nodes"]![0]!["id"]!;
        return [new BenchCase("trace 一主六双 → 长春 section → 长春 goal → district project", Query, BenchQueries.Variables("id", strategy))];
    }
}
