using System.Text;
using KnowledgeGraph.Store.Text;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Search through the full-text index <c>node_search</c> (Lucene, whitespace analyzer) over the
/// pre-tokenised <c>searchMain</c>/<c>searchSecondary</c> copies: each term is a phrase of the
/// same tokens the SQLite index uses, so 1-, 2- and 3+-character Chinese terms match alike; all
/// terms must match; Lucene's BM25 ranks, the main text boosted, exact main-text matches first.
/// </summary>
internal static class Neo4jSearch
{
    public static Cypher Statement(SearchQuery query, IReadOnlyList<SearchTerm> terms)
    {
        var translator = new CypherFilterTranslator();
        var index = translator.Parameter(Neo4jNames.SearchIndex);
        var lucene = translator.Parameter(LuceneQuery(terms));
        var labels = query.Labels is { Count: > 0 } l ? translator.Parameter(l.Distinct().ToList()) : null;
        var exact = translator.Parameter(query.Text.Trim());
        var offset = translator.Parameter((long)query.Offset);
        var end = translator.Parameter((long)query.Offset + query.First);
        var labelFilter = labels is null ? "" : $" WHERE any(l IN labels(node) WHERE l IN {labels})";
        var text = $"""
            CALL db.index.fulltext.queryNodes({index}, {lucene}) YIELD node, score
            WITH node, score{labelFilter}
            WITH node, score + CASE WHEN coalesce(node.title, node.name, node.text) = {exact} THEN 1000.0 ELSE 0.0 END AS score
            ORDER BY score DESC, node.seq
            WITH collect([node, score]) AS hits
            RETURN size(hits) AS total,
                   [hit IN hits[{offset}..{end}] | [labels(hit[0]), properties(hit[0]), hit[1]]] AS page
            """;
        return new Cypher(text, translator.Parameters);
    }

    /// <summary>
    /// Lucene syntax: <c>(searchMain:"冰 雪"^4 OR searchSecondary:"冰 雪") AND …</c>; a one-word
    /// Latin term is a prefix query (gd*). Tokens hold only letters, digits and ideographs, so no
    /// Lucene operator of the user's survives; the query still travels as a parameter.
    /// </summary>
    public static string LuceneQuery(IReadOnlyList<SearchTerm> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms)
        {
            if (builder.Length > 0) builder.Append(" AND ");
            var phrase = term.Tokens.Count == 1 && term.PrefixLast
                ? term.Tokens[0] + "*"
                : "\"" + string.Join(' ', term.Tokens) + "\"";
            builder.Append($"({Neo4jNames.SearchMain}:{phrase}^4 OR {Neo4jNames.SearchSecondary}:{phrase})");
        }
        return builder.ToString();
    }
}
