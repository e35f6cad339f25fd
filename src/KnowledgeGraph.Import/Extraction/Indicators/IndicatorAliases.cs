using System.Text.Json;
using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Import.Extraction.Indicators;

/// <summary>
/// The curated list import/gazetteers/indicators.json: for each canonical measure, the other
/// names plans print for it, and unit spellings that mean the same unit. Names are compared by
/// their <see cref="IndicatorKeys.Key"/>, so the list can print them as the documents do.
/// </summary>
public sealed class IndicatorAliases
{
    public const string FileName = "indicators.json";

    public static readonly IndicatorAliases None = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, string> _units;

    private IndicatorAliases(Dictionary<string, string> names, Dictionary<string, string> units)
    {
        _names = names;
        _units = units;
    }

    /// <summary>The canonical key for a measure's key, and whether an alias (not the rules alone) made it.</summary>
    public (string Key, bool ByAlias) Canonical(string key) =>
        _names.TryGetValue(key, out var canonical) ? (canonical, true) : (key, false);

    public string? Unit(string? unit)
    {
        var folded = IndicatorKeys.Unit(unit);
        return folded is not null && _units.TryGetValue(folded, out var canonical) ? canonical : folded;
    }

    /// <summary>Loads the list; a missing file means no aliases, a malformed one is an error naming the file and line.</summary>
    public static IndicatorAliases Load(string path)
    {
        if (!File.Exists(path)) return None;
        AliasDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<AliasDocument>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new PlanInputException(FileName, (int?)e.LineNumber + 1, $"not a valid indicator list: {e.Message}");
        }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var indicator in document?.Indicators ?? [])
        {
            if (string.IsNullOrWhiteSpace(indicator.Name)) throw new PlanInputException(FileName, null, "an indicator without a name");
            var canonical = IndicatorKeys.Key(indicator.Name);
            foreach (var alias in indicator.Aliases ?? [])
            {
                var key = IndicatorKeys.Key(alias);
                if (key == canonical) continue;
                if (names.TryGetValue(key, out var other) && other != canonical)
                {
                    throw new PlanInputException(FileName, null, $"“{alias}” is listed under both {other} and {canonical}");
                }
                names[key] = canonical;
            }
        }
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, canonical) in document?.Units ?? [])
        {
            units[IndicatorKeys.Unit(alias)!] = IndicatorKeys.Unit(canonical) ?? throw new PlanInputException(FileName, null, $"unit “{alias}” maps to nothing");
        }
        return new IndicatorAliases(names, units);
    }

    private sealed record AliasDocument(List<AliasEntry>? Indicators, Dictionary<string, string>? Units);

    private sealed record AliasEntry(string Name, List<string>? Aliases, string? Note);
}
