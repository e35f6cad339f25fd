using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Extraction.Places;

/// <summary>One place the gazetteer knows: canonical name, kind, parent and the other names printed for it.</summary>
public sealed record PlaceEntry(string Name, string Kind, string? Parent, IReadOnlyList<string> Aliases, string? LocalWithin, IReadOnlyList<string> LocalAliases);

/// <summary>What a gazetteer term stands for: a place (perhaps only in plans of one area), or a blocker.</summary>
public sealed record PlaceTerm(PlaceEntry? Entry, string? LocalWithin)
{
    public bool IsBlocker => Entry is null;
}

/// <summary>
/// import/gazetteers/places.json loaded: the places by canonical name and an automaton over
/// every printed form (names, aliases, local aliases, blockers).
/// </summary>
public sealed class PlaceGazetteer
{
    public const string FileName = "places.json";

    private readonly Dictionary<string, PlaceEntry> _byName;

    private PlaceGazetteer(Dictionary<string, PlaceEntry> byName, TermAutomaton<List<PlaceTerm>> automaton)
    {
        _byName = byName;
        Automaton = automaton;
    }

    public TermAutomaton<List<PlaceTerm>> Automaton { get; }

    public PlaceEntry? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<PlaceEntry> Entries => _byName.Values;

    /// <summary>The chain of parents above <paramref name="name"/>, nearest first.</summary>
    public IEnumerable<PlaceEntry> Ancestors(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        var current = Find(name);
        while (current?.Parent is { } parent && seen.Add(parent) && Find(parent) is { } next)
        {
            yield return next;
            current = next;
        }
    }

    public static PlaceGazetteer Load(ExtractionContext context) => Load(context.GazetteerPath(FileName));

    public static PlaceGazetteer Load(string path)
    {
        var file = GazetteerFile.Read<PlacesDocument>(path);
        var byName = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        foreach (var place in file.Places ?? [])
        {
            if (string.IsNullOrWhiteSpace(place.Name)) throw GazetteerFile.Invalid(FileName, "a place has no name");
            if (!PlaceKinds.All.Contains(place.Kind)) throw GazetteerFile.Invalid(FileName, $"{place.Name}: kind '{place.Kind}' is not one of {string.Join(", ", PlaceKinds.All)}");
            var entry = new PlaceEntry(place.Name, place.Kind!, place.Parent, place.Aliases ?? [], place.Local?.Within, place.Local?.Aliases ?? []);
            if (!byName.TryAdd(entry.Name, entry)) throw GazetteerFile.Invalid(FileName, $"{place.Name} is listed twice");
        }
        foreach (var entry in byName.Values)
        {
            if (entry.Parent is { } parent && !byName.ContainsKey(parent)) throw GazetteerFile.Invalid(FileName, $"{entry.Name}: parent {parent} is not in the gazetteer");
            if (entry.LocalWithin is { } within && !byName.ContainsKey(within)) throw GazetteerFile.Invalid(FileName, $"{entry.Name}: local.within {within} is not in the gazetteer");
        }

        var terms = new Dictionary<string, List<PlaceTerm>>(StringComparer.Ordinal);
        void Add(string printed, PlaceTerm term)
        {
            var folded = FoldedText.Fold(printed);
            if (!terms.TryGetValue(folded, out var list)) terms[folded] = list = [];
            if (term.LocalWithin is null && list.Any(t => t.LocalWithin is null && t.Entry?.Name != term.Entry?.Name))
            {
                throw GazetteerFile.Invalid(FileName, $"“{printed}” names two places ({list[0].Entry?.Name ?? "a blocker"} and {term.Entry?.Name ?? "a blocker"})");
            }
            list.Add(term);
        }
        // Names first, then aliases, then local aliases: the first candidate that applies wins.
        foreach (var entry in byName.Values) Add(entry.Name, new PlaceTerm(entry, null));
        foreach (var entry in byName.Values)
        {
            foreach (var alias in entry.Aliases) Add(alias, new PlaceTerm(entry, null));
        }
        foreach (var entry in byName.Values)
        {
            foreach (var alias in entry.LocalAliases) Add(alias, new PlaceTerm(entry, entry.LocalWithin));
        }
        foreach (var blocker in file.Blockers ?? []) Add(blocker, new PlaceTerm(null, null));
        var automaton = new TermAutomaton<List<PlaceTerm>>(terms.Select(t => (t.Key, t.Value)));
        return new PlaceGazetteer(byName, automaton);
    }

    private sealed record PlacesDocument(List<PlaceJson>? Places, List<string>? Blockers);
    private sealed record PlaceJson(string Name, string? Kind, string? Parent, List<string>? Aliases, LocalJson? Local);
    private sealed record LocalJson(string Within, List<string>? Aliases);
}
