using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Neo4j's HTTP Query API (Neo4j 5.19+): <c>POST {url}/db/{database}/query/v2</c> runs one
/// statement in its own transaction; <c>…/query/v2/tx</c> opens an explicit transaction that
/// later requests extend (<c>…/tx/{id}</c>), commit (<c>…/tx/{id}/commit</c>) or roll back
/// (<c>DELETE …/tx/{id}</c>). Errors arrive as <c>{"errors": [{"code", "message"}]}</c> and are
/// raised as <see cref="Neo4jException"/> with the server's own words.
/// </summary>
internal sealed class Neo4jQueryClient(HttpClient http, Neo4jStoreOptions options)
{
    /// <summary>Clusters route an explicit transaction by this header; every request of the transaction echoes it.</summary>
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly string _base = $"{options.Url.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
    private readonly AuthenticationHeaderValue? _auth = string.IsNullOrEmpty(options.User)
        ? null
        : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));

    /// <summary>Runs one statement in an implicit (auto-commit) transaction.</summary>
    /// <param name="bounded">False for a bulk export, which only the cancellation token bounds.</param>
    public async Task<Neo4jResult> RunAsync(Cypher cypher, CancellationToken cancellationToken, bool bounded = true)
    {
        using var root = await SendAsync(HttpMethod.Post, _base, cypher, null, cancellationToken, bounded).ConfigureAwait(false);
        return Neo4jResult.Parse(root.Document.RootElement);
    }

    /// <summary>Opens an explicit transaction, running <paramref name="first"/> in it.</summary>
    public async Task<Neo4jTransaction> BeginAsync(Cypher first, CancellationToken cancellationToken)
    {
        using var answer = await SendAsync(HttpMethod.Post, _base + "/tx", first, null, cancellationToken).ConfigureAwait(false);
        var root = answer.Document.RootElement;
        if (!root.TryGetProperty("transaction", out var transaction)
            || !transaction.TryGetProperty("id", out var id) || id.GetString() is not { Length: > 0 } txId)
        {
            throw new InvalidDataException("Neo4j opened a transaction but sent no transaction id");
        }
        return new Neo4jTransaction(this, $"{_base}/tx/{Uri.EscapeDataString(txId)}", answer.Affinity);
    }

    internal async Task<Neo4jResult> RunInAsync(string url, Cypher? cypher, string? affinity, CancellationToken cancellationToken)
    {
        using var answer = await SendAsync(HttpMethod.Post, url, cypher, affinity, cancellationToken).ConfigureAwait(false);
        return Neo4jResult.Parse(answer.Document.RootElement);
    }

    internal async Task DeleteAsync(string url, string? affinity, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(HttpMethod.Delete, url, null, affinity, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Answer> SendAsync(
        HttpMethod method, string url, Cypher? cypher, string? affinity, CancellationToken cancellationToken, bool bounded = true)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _auth;
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (cypher is not null)
        {
            request.Content = new ByteArrayContent(Neo4jJson.Request(cypher));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (bounded) timeout.CancelAfter(options.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Neo4j did not answer {method} {url} within {options.Timeout.TotalSeconds:0.#} s", e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException("Connection", $"cannot reach {url}: {e.Message}", null, e);
        }
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            JsonDocument? document = null;
            try
            {
                if (body.Length > 0) document = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's error page, say): reported below with the status code.
            }
            var error = FirstError(document);
            if (error is not null || !response.IsSuccessStatusCode)
            {
                document?.Dispose();
                var (code, message) = error ?? ($"Http{(int)response.StatusCode}", Excerpt(body, response.StatusCode));
                throw new Neo4jException(code, message, response.StatusCode);
            }
            response.Headers.TryGetValues(AffinityHeader, out var affinities);
            return new Answer(document ?? JsonDocument.Parse("{}"), affinities?.FirstOrDefault() ?? affinity);
        }
    }

    private static (string Code, string Message)? FirstError(JsonDocument? document)
    {
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }
        var first = errors[0];
        return (first.TryGetProperty("code", out var c) ? c.GetString() ?? "Unknown" : "Unknown",
                first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "");
    }

    private static string Excerpt(byte[] body, HttpStatusCode status)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300)).Trim();
        return text.Length == 0 ? $"HTTP {(int)status} {status}" : $"HTTP {(int)status}: {text}";
    }

    private sealed record Answer(JsonDocument Document, string? Affinity) : IDisposable
    {
        public void Dispose() => Document.Dispose();
    }
}

/// <summary>An open explicit transaction of the Query API.</summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client, string url, string? affinity)
{
    public Task<Neo4jResult> RunAsync(Cypher cypher, CancellationToken cancellationToken) =>
        client.RunInAsync(url, cypher, affinity, cancellationToken);

    /// <summary>Commits, running <paramref name="last"/> first when given (one round trip).</summary>
    public Task<Neo4jResult> CommitAsync(Cypher? last, CancellationToken cancellationToken) =>
        client.RunInAsync(url + "/commit", last, affinity, cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken) => client.DeleteAsync(url, affinity, cancellationToken);
}
