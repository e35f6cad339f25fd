using System.Text;
using KnowledgeGraph.Store.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Full-text search over the FTS5 table. Each term becomes a phrase of tokens ("冰 雪"), so one-
/// and two-character Chinese terms match as well as longer ones; terms are ANDed. Ranking: an
/// exact match of the whole query with a node's main text first, then bm25 with the main text
/// weighted above the description, then graph order.
/// </summary>
internal static class SqliteSearch
{
    // bm25 weights: the main text counts four times the description. An exact match of the
    // whole query with the main text gets a bonus larger than any bm25 score, so the score
    // alone orders hits the way the page lists them.
    private const string Score = "(CASE WHEN n.caption = {0} THEN 1000.0 ELSE 0.0 END) - bm25(search, 4.0, 1.0)";

    public static SearchPage Run(SqliteConnection connection, SearchQuery query, IReadOnlyList<SearchTerm> terms)
    {
        using var command = connection.CreateCommand();
        var sql = new SqliteFilterTranslator(command);
        var match = sql.Parameter(MatchExpression(terms));
        var labelFilter = query.Labels is { Count: > 0 } labels
            ? $" AND n.label IN (SELECT value FROM json_each({sql.JsonArray(labels.Distinct())}))"
            : "";
        var exact = sql.Parameter(query.Text.Trim());
        var first = sql.Parameter(query.First);
        var offset = sql.Parameter(query.Offset);
        command.CommandText = $"""
            SELECT {SqliteRows.NodeColumns}, {string.Format(System.Globalization.CultureInfo.InvariantCulture, Score, exact)} AS score
            FROM search
            JOIN nodes n ON n.seq = search.rowid
            {SqliteRows.NodeProvenanceJoin}
            WHERE search MATCH {match}{labelFilter}
            ORDER BY score DESC, n.seq
            LIMIT {first} OFFSET {offset};
            SELECT COUNT(*) FROM search JOIN nodes n ON n.seq = search.rowid
            WHERE search MATCH {match}{labelFilter};
            """;
        var hits = new List<SearchHit>();
        var rows = new SqliteRows();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var node = rows.Node(reader);
            var score = reader.GetDouble(9);
            var fields = SearchFields.Of(node.Label)
                .Select(f => (Field: f, Text: node.Props.GetString(f)))
                .Where(f => f.Text is not null)
                .Select(f => (f.Field, f.Text!))
                .ToList();
            var (field, snippet) = Snippets.Best(fields, terms);
            hits.Add(new SearchHit(node, score, field, snippet));
        }
        reader.NextResult();
        reader.Read();
        return new SearchPage(hits, reader.GetInt32(0));
    }

    /// <summary>
    /// An FTS5 query: each term a quoted phrase of tokens, a trailing Latin word or number as a
    /// prefix ("gd"* finds gdp). Tokens hold only letters, digits and ideographs, so no quote
    /// or operator of the user's can reach the FTS5 syntax; the whole string is still bound as
    /// a parameter.
    /// </summary>
    public static string MatchExpression(IReadOnlyList<SearchTerm> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms)
        {
            if (builder.Length > 0) builder.Append(" AND ");
            builder.Append('"').AppendJoin(' ', term.Tokens).Append('"');
            if (term.PrefixLast) builder.Append('*');
        }
        return builder.ToString();
    }
}
