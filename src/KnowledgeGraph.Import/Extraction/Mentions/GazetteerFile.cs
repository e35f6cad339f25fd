using System.Text.Json;
using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Import.Extraction.Mentions;

/// <summary>Reads a gazetteer (JSON with comments) and reports a bad one by file and line.</summary>
public static class GazetteerFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static T Read<T>(string path) where T : class
    {
        var name = "gazetteers/" + Path.GetFileName(path);
        if (!File.Exists(path)) throw new PlanInputException(name, null, "gazetteer not found at " + path);
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new PlanInputException(name, null, "the gazetteer is empty");
        }
        catch (JsonException e)
        {
            throw new PlanInputException(name, (int?)e.LineNumber + 1, $"not a valid gazetteer: {e.Message}");
        }
    }

    public static PlanInputException Invalid(string fileName, string reason) => new("gazetteers/" + fileName, null, reason);
}
