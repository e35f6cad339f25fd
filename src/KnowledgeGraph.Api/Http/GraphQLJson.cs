using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Api.Http;

/// <summary>JSON settings of everything the HTTP layer writes itself.</summary>
internal static class GraphQLJson
{
    /// <summary>Chinese text stays readable (规划, not \u89C4\u5212); the bodies are JSON, never HTML.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder };
}
