using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Grouped counts in Cypher, with the same semantics as the SQLite store.</summary>
internal static class Neo4jAggregates
{
    public static Cypher Statement(AggregateQuery query)
    {
        var translator = new CypherFilterTranslator();
        var where = translator.Translate(query.Where, "n");
        var match = $"MATCH (n:{Neo4jNames.NodeLabel}:{CypherFilterTranslator.Label(query.Label)}) WHERE {where}";
        var text = query.GroupBy switch
        {
            GroupKey.Property p => $"{match} RETURN {CypherFilterTranslator.Property("n", p.Name)} AS key, count(*) AS count",
            // A Plan's plan is itself: coalesce(planId, id) finds no Plan for other nodes without planId.
            GroupKey.PlanProperty p =>
                $"{match} OPTIONAL MATCH (pl:{Neo4jNames.NodeLabel}:{CypherFilterTranslator.Label(Labels.Plan)} {{id: coalesce(n.planId, n.id)}}) " +
                $"RETURN {CypherFilterTranslator.Property("pl", p.Name)} AS key, count(*) AS count",
            GroupKey.Neighbour nb => Neighbour(match, nb),
            _ => throw new StoreQueryException("a group key is required"),
        };
        return new Cypher(text, translator.Parameters);
    }

    /// <summary>A node counts once per distinct value among its neighbours, under null when none has one.</summary>
    private static string Neighbour(string match, GroupKey.Neighbour key)
    {
        var type = CypherFilterTranslator.Type(key.Type);
        var pattern = key.Direction switch
        {
            EdgeDirection.Outgoing => $"(n)-[:{type}]->(m:{Neo4jNames.NodeLabel})",
            EdgeDirection.Incoming => $"(n)<-[:{type}]-(m:{Neo4jNames.NodeLabel})",
            _ => $"(n)-[:{type}]-(m:{Neo4jNames.NodeLabel})",
        };
        return $"{match} OPTIONAL MATCH {pattern} " +
               $"WITH n, collect(DISTINCT {CypherFilterTranslator.Property("m", key.Name)}) AS keys " +
               "UNWIND CASE WHEN size(keys) = 0 THEN [null] ELSE keys END AS key " +
               "RETURN key, count(*) AS count";
    }
}
