using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Builds result-cache keys. The query is normalised token by token (whitespace, commas and
/// comments dropped) so that differently formatted copies of one query share an entry; lexing is
/// much cheaper than parse-and-print and keeps the cache-hit path free of a full parse.
/// </summary>
internal static class QueryCacheKey
{
    // Different builds may shape results differently: a redeploy must not read the old build's entries from Redis.
    private static readonly string BuildId =
        typeof(QueryCacheKey).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>The key, or null when the query does not even lex (the executor then reports the syntax error).</summary>
    public static string? Create(string graphVersion, string query, string? operationName, string? variablesJson)
    {
        var normalized = Normalize(query);
        if (normalized is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(normalized.Length + 256);
        Append(buffer, normalized);
        Append(buffer, operationName ?? string.Empty);
        Append(buffer, variablesJson ?? string.Empty);
        var hash = SHA256.HashData(buffer.WrittenSpan);
        return $"q:{BuildId}:{graphVersion}:{Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
    }

    /// <summary>The query's tokens separated by single spaces; null when the text is not lexable GraphQL.</summary>
    internal static string? Normalize(string query)
    {
        var source = new ROM(query.AsMemory());
        var builder = new StringBuilder(query.Length);
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                position = token.End;
                if (token.Kind == TokenKind.COMMENT)
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                // The raw slice, not token.Value: a string "Plan" and the name Plan must stay different.
                builder.Append(query.AsSpan(token.Start, token.End - token.Start));
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }

        return builder.ToString();
    }

    // Length-prefixed so that the parts cannot run into each other ("ab"+"c" vs "a"+"bc").
    private static void Append(ArrayBufferWriter<byte> buffer, string part)
    {
        var length = Encoding.UTF8.GetByteCount(part);
        BitConverter.TryWriteBytes(buffer.GetSpan(4), length);
        buffer.Advance(4);
        buffer.Advance(Encoding.UTF8.GetBytes(part, buffer.GetSpan(length)));
    }
}
