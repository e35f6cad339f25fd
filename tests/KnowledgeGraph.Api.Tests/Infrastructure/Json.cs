using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

internal static class Json
{
    /// <summary>The string values at a JSONPath, in document order.</summary>
    public static List<string?> Strings(this JToken token, string path) =>
        token.SelectTokens(path).Select(t => t.Type == JTokenType.Null ? null : (string?)t).ToList();
}
