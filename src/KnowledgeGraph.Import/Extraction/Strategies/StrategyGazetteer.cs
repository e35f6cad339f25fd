using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Extraction.Strategies;

/// <summary>A curated strategy: canonical name, the printed forms that mean it, and how it may be recognised.</summary>
public sealed record StrategyEntry(string Name, string? Level, IReadOnlyList<string> Aliases, string? PartOf, bool Unquoted, string? LocalTo);

/// <summary>
/// import/gazetteers/strategies.json loaded: entries by normalised key (every printed form), an
/// automaton over the forms that may be recognised without quotation marks, and the quoted
/// strings that look like programmes but are not.
/// </summary>
public sealed class StrategyGazetteer
{
    public const string FileName = "strategies.json";

    private readonly Dictionary<string, StrategyEntry> _byKey;
    private readonly Dictionary<string, StrategyEntry> _byName;
    private readonly HashSet<string> _notStrategies;

    private StrategyGazetteer(Dictionary<string, StrategyEntry> byKey, Dictionary<string, StrategyEntry> byName, HashSet<string> notStrategies, TermAutomaton<StrategyEntry> unquoted)
    {
        _byKey = byKey;
        _byName = byName;
        _notStrategies = notStrategies;
        Unquoted = unquoted;
    }

    /// <summary>Forms recognised anywhere in the text (distinctive names, and aliases ending in 战略).</summary>
    public TermAutomaton<StrategyEntry> Unquoted { get; }

    public StrategyEntry? ByKey(string key) => _byKey.GetValueOrDefault(key);

    public StrategyEntry? ByName(string name) => _byName.GetValueOrDefault(name);

    public bool IsExcluded(string key) => _notStrategies.Contains(key);

    /// <summary>The identity of a printed strategy name: folded, without spaces, enumeration commas or quotation marks.</summary>
    public static string Key(string printed) => Key(printed.AsSpan());

    /// <summary>
    /// <see cref="Key(string)"/> of a stretch of text, folded as <see cref="FoldedText.Fold"/> folds and
    /// filtered in one pass: every quotation of every paragraph is keyed, and a fold, a builder and a
    /// copy each were 67 MB of each 100× import.
    /// </summary>
    public static string Key(ReadOnlySpan<char> printed)
    {
        var buffer = printed.Length <= 256 ? stackalloc char[printed.Length] : new char[printed.Length];
        var length = 0;
        foreach (var c in printed)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            var folded = FoldedText.FoldChar(c);
            if (folded is '、' or ',' or '“' or '”' or '"') continue;
            buffer[length++] = folded;
        }
        return new string(buffer[..length]);
    }

    public static StrategyGazetteer Load(ExtractionContext context) => Load(context.GazetteerPath(FileName));

    public static StrategyGazetteer Load(string path)
    {
        var file = GazetteerFile.Read<StrategiesDocument>(path);
        var byKey = new Dictionary<string, StrategyEntry>(StringComparer.Ordinal);
        var byName = new Dictionary<string, StrategyEntry>(StringComparer.Ordinal);
        var unquoted = new List<(string, StrategyEntry)>();
        foreach (var s in file.Strategies ?? [])
        {
            if (string.IsNullOrWhiteSpace(s.Name)) throw GazetteerFile.Invalid(FileName, "a strategy has no name");
            var entry = new StrategyEntry(s.Name, s.Level, s.Aliases ?? [], s.PartOf, s.Unquoted ?? false, s.LocalTo);
            if (!byName.TryAdd(entry.Name, entry)) throw GazetteerFile.Invalid(FileName, $"{entry.Name} is listed twice");
            foreach (var printed in entry.Aliases.Prepend(entry.Name))
            {
                var key = Key(printed);
                if (byKey.TryGetValue(key, out var other) && other.Name != entry.Name)
                {
                    throw GazetteerFile.Invalid(FileName, $"“{printed}” names both {other.Name} and {entry.Name}");
                }
                byKey[key] = entry;
                if (entry.Unquoted || printed.EndsWith("战略", StringComparison.Ordinal)) unquoted.Add((FoldedText.Fold(printed), entry));
            }
        }
        foreach (var entry in byName.Values)
        {
            if (entry.PartOf is { } whole && !byName.ContainsKey(whole)) throw GazetteerFile.Invalid(FileName, $"{entry.Name}: partOf {whole} is not in the gazetteer");
        }
        var excluded = (file.NotStrategies ?? []).Select(Key).ToHashSet(StringComparer.Ordinal);
        return new StrategyGazetteer(byKey, byName, excluded, new TermAutomaton<StrategyEntry>(unquoted));
    }

    private sealed record StrategiesDocument(List<StrategyJson>? Strategies, List<string>? NotStrategies);
    private sealed record StrategyJson(string Name, string? Level, List<string>? Aliases, string? PartOf, bool? Unquoted, string? LocalTo);
}
