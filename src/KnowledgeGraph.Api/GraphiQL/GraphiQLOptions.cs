namespace KnowledgeGraph.Api.GraphiQL;

/// <summary>The browser IDE served at the GraphQL path to requests that ask for HTML. Section <c>GraphiQL</c>.</summary>
public sealed class GraphiQLOptions
{
    public const string SectionName = "GraphiQL";

    /// <summary>
    /// Serve the IDE (default true). Turn it off where only machines call the API; the GraphQL
    /// endpoint itself is unaffected.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The query shown in a fresh editor (the browser keeps the user's last tabs after that).</summary>
    public string DefaultQuery { get; set; } = """
        # Plans of the province and the plans that implement them.
        query Plans {
          plans {
            edges {
              node {
                id
                title
                level
                periodStart
                periodEnd
              }
            }
            totalCount
          }
        }
        """;
}
