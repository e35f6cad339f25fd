using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Store.Tests.Neo4j;

/// <summary>One request the store sent, with its body parsed.</summary>
internal sealed record SentRequest(HttpMethod Method, string Path, string? Statement, JsonObject? Parameters, string RawBody,
    string? Authorization, string? Affinity);

/// <summary>
/// Stands in for a Neo4j server's Query API: records every request and answers like the server
/// does — 202 with {"data": {"fields", "values"}} for statements, a transaction id (and a cluster
/// affinity header) when a transaction opens, {"errors": [...]} with 4xx on failure. It keeps
/// the rows an import sends so that reads can answer with what was written.
/// </summary>
internal sealed class FakeNeo4j : HttpMessageHandler
{
    public const string TransactionId = "c3a4ae0a-7cf5-4d0b-9a5b-3e0c9e4bd2f1";
    public const string Affinity = "MTAuMC4wLjE6NzQ3NA==";

    public List<SentRequest> Requests { get; } = [];

    /// <summary>Answers a request before the default behaviour (return null to fall through).</summary>
    public Func<SentRequest, HttpResponseMessage?>? Override { get; set; }

    /// <summary>Node rows per label and relationship rows per type, as sent in committed imports.</summary>
    public List<(string Label, JsonObject Row)> Nodes { get; } = [];
    public List<(string Type, JsonObject Row)> Edges { get; } = [];
    private readonly List<(string Label, JsonObject Row)> _pendingNodes = [];
    private readonly List<(string Type, JsonObject Row)> _pendingEdges = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        JsonObject? json = body.Length > 0 ? JsonNode.Parse(body)!.AsObject() : null;
        var sent = new SentRequest(request.Method, request.RequestUri!.AbsolutePath, json?["statement"]?.GetValue<string>(),
            json?["parameters"]?.AsObject(), body,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.First() : null);
        Requests.Add(sent);
        return Override?.Invoke(sent) ?? Default(sent);
    }

    private HttpResponseMessage Default(SentRequest request)
    {
        if (request.Method == HttpMethod.Delete)
        {
            _pendingNodes.Clear();
            _pendingEdges.Clear();
            return Json(HttpStatusCode.OK, "{}");
        }
        if (request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            var opened = Json(HttpStatusCode.Accepted, new JsonObject
            {
                ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() },
                ["transaction"] = new JsonObject { ["id"] = TransactionId, ["expires"] = "2025-11-23T16:00:00Z" },
            }.ToJsonString());
            opened.Headers.Add("neo4j-cluster-affinity", Affinity);
            return opened;
        }
        var statement = request.Statement ?? "";
        if (statement.StartsWith("UNWIND $rows", StringComparison.Ordinal))
        {
            var rows = request.Parameters!["rows"]!.AsArray().Select(r => r!.AsObject()).ToList();
            var kind = statement[(statement.IndexOf('`') + 1)..statement.IndexOf('`', statement.IndexOf('`') + 1)];
            foreach (var row in rows)
            {
                if (statement.Contains("CREATE (n:", StringComparison.Ordinal)) _pendingNodes.Add((kind, row));
                else _pendingEdges.Add((kind, row));
            }
            return Data([], []);
        }
        if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
        {
            Nodes.Clear();
            Edges.Clear();
            Nodes.AddRange(_pendingNodes);
            Edges.AddRange(_pendingEdges);
            _pendingNodes.Clear();
            _pendingEdges.Clear();
            return Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}""");
        }
        if (statement.StartsWith("MATCH (n:Node) RETURN labels(n)", StringComparison.Ordinal))
        {
            return Data(["labels", "props"], Nodes.Select(n => new JsonNode?[]
            {
                new JsonArray("Node", n.Label), Copy(n.Row),
            }).ToList());
        }
        if (statement.StartsWith("MATCH (:Node)-[r]->(:Node) RETURN type(r)", StringComparison.Ordinal))
        {
            return Data(["type", "from", "to", "props"], Edges.Select(e => new JsonNode?[]
            {
                e.Type, e.Row["from"]!.GetValue<string>(), e.Row["to"]!.GetValue<string>(), Copy(e.Row["props"]!.AsObject()),
            }).ToList());
        }
        return Data([], []);
    }

    public static HttpResponseMessage Data(IReadOnlyList<string> fields, IReadOnlyList<JsonNode?[]> rows)
    {
        var values = new JsonArray(rows.Select(r => (JsonNode?)new JsonArray(r.Select(v => v?.DeepClone()).ToArray())).ToArray());
        var data = new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)f).ToArray()), ["values"] = values },
            ["bookmarks"] = new JsonArray("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"),
        };
        return Json(HttpStatusCode.Accepted, data.ToJsonString());
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        }.ToJsonString());

    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static JsonObject Copy(JsonObject row) => JsonNode.Parse(row.ToJsonString())!.AsObject();

    /// <summary>The raw JSON text of a parameter value, to check how numbers were written.</summary>
    public static string Raw(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
