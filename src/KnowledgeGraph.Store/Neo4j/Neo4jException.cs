using System.Net;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>An error the Neo4j server reported, with its status code (Neo.ClientError…) and message.</summary>
public sealed class Neo4jException(string code, string message, HttpStatusCode? status = null, Exception? inner = null)
    : Exception($"Neo4j {code}: {message}", inner)
{
    /// <summary>The Neo4j status code, e.g. Neo.ClientError.Statement.SyntaxError.</summary>
    public string Code { get; } = code;

    /// <summary>The server's own message.</summary>
    public string ServerMessage { get; } = message;

    public HttpStatusCode? Status { get; } = status;
}
