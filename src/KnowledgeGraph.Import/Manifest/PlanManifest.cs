using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Import.Manifest;

/// <summary>
/// import/manifest.json: each plan file's metadata, for what the text states in forms rules cannot
/// read reliably (an issuer on a title page, a title the extraction lost). Values the text does not
/// print are listed under <c>inferred</c>. A file without an entry is described from its text.
/// </summary>
public sealed record PlanManifest(IReadOnlyDictionary<string, ManifestEntry> Entries)
{
    public const string FileName = "manifest.json";

    public static readonly PlanManifest Empty = new(new Dictionary<string, ManifestEntry>());

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public ManifestEntry? For(string file) => Entries.GetValueOrDefault(file);

    /// <summary>Loads the manifest next to the plan files; a missing file means no entries.</summary>
    public static PlanManifest Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        ManifestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new PlanInputException(FileName, (int?)e.LineNumber + 1, $"not a valid manifest: {e.Message}");
        }
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var entry in document?.Plans ?? [])
        {
            entry.Validate();
            if (!entries.TryAdd(entry.File, entry))
            {
                throw new PlanInputException(FileName, null, $"two entries for {entry.File}");
            }
        }
        return new PlanManifest(entries);
    }

    private sealed record ManifestDocument(List<ManifestEntry>? Plans);
}

/// <summary>One plan file's metadata as the manifest states it.</summary>
public sealed record ManifestEntry(
    string File,
    string Title,
    string Level,
    string Kind,
    string Region,
    int? PeriodStart,
    int? PeriodEnd,
    int? VisionYear,
    string? Issuer,
    string? IssuedOn,
    IReadOnlyList<string>? Inferred,
    string? Note)
{
    internal void Validate()
    {
        void Fail(string reason) => throw new PlanInputException(PlanManifest.FileName, null, $"entry for {File}: {reason}");
        if (string.IsNullOrWhiteSpace(File)) throw new PlanInputException(PlanManifest.FileName, null, "an entry has no file");
        if (string.IsNullOrWhiteSpace(Title)) Fail("no title");
        if (!PlanLevels.All.Contains(Level)) Fail($"level '{Level}' is not one of {string.Join(", ", PlanLevels.All)}");
        if (!PlanKinds.All.Contains(Kind)) Fail($"kind '{Kind}' is not one of {string.Join(", ", PlanKinds.All)}");
        if (string.IsNullOrWhiteSpace(Region)) Fail("no region");
        if (PeriodStart > PeriodEnd) Fail("periodStart is after periodEnd");
        string[] known = ["title", "level", "kind", "region", "periodStart", "periodEnd", "visionYear", "issuer", "issuedOn"];
        foreach (var name in Inferred ?? [])
        {
            if (!known.Contains(name)) Fail($"inferred names an unknown property '{name}'");
        }
    }
}
