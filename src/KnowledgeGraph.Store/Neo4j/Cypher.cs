namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// One Cypher statement and its parameters. Values reach the server only as parameters; the
/// statement text holds nothing but fixed Cypher and labels, relationship types and property
/// names checked by <see cref="QueryValidation"/> (Cypher cannot take those as parameters).
/// </summary>
internal sealed record Cypher(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public Cypher(string text) : this(text, new Dictionary<string, object?>()) { }
}
