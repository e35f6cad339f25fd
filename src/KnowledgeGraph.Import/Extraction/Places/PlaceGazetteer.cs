using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Extraction.Places;

/// <summary>
/// One place the gazetteer knows: canonical name, kind, parent and the other names printed for it.
/// <paramref name="PlanRegion"/>: not listed, but the region of a plan being imported.
/// </summary>
public sealed record PlaceEntry(string Name, string Kind, string? Parent, IReadOnlyList<string> Aliases, string? LocalWithin, IReadOnlyList<string> LocalAliases,
    bool PlanRegion = false);

/// <summary>What a gazetteer term stands for: a place (perhaps only in plans of one area), or a blocker.</summary>
public sealed record PlaceTerm(PlaceEntry? Entry, string? LocalWithin)
{
    public bool IsBlocker => Entry is null;
}

/// <summary>
/// import/gazetteers/places.json loaded: the places by canonical name and an automaton over
/// every printed form (names, aliases, local aliases, blockers) — with the regions of the plans
/// being imported that it does not list (<see cref="WithPlanRegions"/>).
/// </summary>
public sealed class PlaceGazetteer
{
    public const string FileName = "places.json";

    private readonly Dictionary<string, PlaceEntry> _byName;
    private readonly IReadOnlyList<string> _blockers;
    private readonly Dictionary<string, List<PlaceTerm>> _terms;

    private PlaceGazetteer(Dictionary<string, PlaceEntry> byName, IReadOnlyList<string> blockers, Dictionary<string, List<PlaceTerm>> terms)
    {
        _byName = byName;
        _blockers = blockers;
        _terms = terms;
        Automaton = new TermAutomaton<List<PlaceTerm>>(terms.Select(t => (t.Key, t.Value)));
    }

    public TermAutomaton<List<PlaceTerm>> Automaton { get; }

    public PlaceEntry? Find(string name) => _byName.GetValueOrDefault(name);

    private Dictionary<char, (string Form, PlaceEntry Entry)[]>? _formsByOpening;

    /// <summary>
    /// Every name and alias that opens with <paramref name="first"/>, with its place, in the
    /// gazetteer's order (a place's name before its aliases). Rules run once per plan ask it where they
    /// would otherwise walk every place: at 100× the gazetteer holds thousands of plan regions.
    /// </summary>
    public ReadOnlySpan<(string Form, PlaceEntry Entry)> FormsOpeningWith(char first)
    {
        var index = LazyInitializer.EnsureInitialized(ref _formsByOpening, () =>
        {
            var lists = new Dictionary<char, List<(string, PlaceEntry)>>();
            foreach (var entry in _byName.Values)
            {
                Add(entry.Name, entry);
                foreach (var alias in entry.Aliases) Add(alias, entry);
            }
            return lists.ToDictionary(l => l.Key, l => l.Value.ToArray());

            void Add(string form, PlaceEntry entry)
            {
                if (form.Length == 0) return;
                if (!lists.TryGetValue(form[0], out var list)) lists[form[0]] = list = [];
                list.Add((form, entry));
            }
        });
        return index.TryGetValue(first, out var forms) ? forms : [];
    }

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

    public static PlaceGazetteer Load(ExtractionContext context) => Load(context.GazetteerPath(FileName)).WithPlanRegions(context.PlanRegions);

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
        return Build(byName, file.Blockers ?? []);
    }

    /// <summary>
    /// This gazetteer with the regions of the plans being imported that no printed form of it names
    /// (a plan of 和平区 beside the bundled ones): each a place of its plan's level, known by its full
    /// name and, in its own plans, by the name without its ending where three characters or more remain
    /// (瓦房店 for 瓦房店市), as a plan prints its region before its zones and projects (瓦房店经济开发区).
    /// Only in its own plans: elsewhere a short form can be the start of another word (长春一 of a
    /// region 长春一市 in 长春一汽). A two-character short form (和平) would need the care a curated alias
    /// gets, and so would one that names two regions (吉林十三 of 吉林十三省 and 吉林十三市) or a zone's
    /// (长春新 of 长春新区). Where the region lies is left to what the texts print (沈阳市和平区 in a
    /// title). The same gazetteer when every region is known, as for the bundled plans.
    /// </summary>
    public PlaceGazetteer WithPlanRegions(IEnumerable<(string Region, string Level)> regions)
    {
        var added = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var printed = new HashSet<string>(StringComparer.Ordinal);
        var shortForms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (region, level) in regions.OrderBy(r => r.Region, StringComparer.Ordinal))
        {
            var folded = FoldedText.Fold(region);
            if (_terms.ContainsKey(folded) || !LooksLikeArea(folded) || !printed.Add(folded)) continue;
            added[region] = new PlaceEntry(region, KindOf(folded, level), null, [], null, [], PlanRegion: true);
            if (ShortForm(folded, level) is { } stem && !_terms.ContainsKey(stem))
            {
                if (!shortForms.TryGetValue(stem, out var owners)) shortForms[stem] = owners = [];
                owners.Add(region);
            }
        }
        if (added.Count == 0) return this;
        foreach (var (stem, owners) in shortForms)
        {
            if (owners.Count == 1 && !printed.Contains(stem)) added[owners[0]] = added[owners[0]] with { LocalWithin = owners[0], LocalAliases = [stem] };
        }
        var byName = new Dictionary<string, PlaceEntry>(_byName, StringComparer.Ordinal);
        foreach (var (name, entry) in added) byName[name] = entry;
        return Build(byName, _blockers);
    }

    // A region read from a title is an area's name: a name before an area's ending (长春市, 和平区,
    // 农安县, …度假区), not a word such as 本区.
    private static bool LooksLikeArea(string region) => region.Length is >= 3 and <= 20 && region[^1] is '省' or '市' or '区' or '县' or '旗' or '州';

    /// <summary>A city's, district's or county's name without its ending, when three characters or more remain.</summary>
    internal static string? ShortForm(string region, string level)
    {
        if (level is not (PlanLevels.City or PlanLevels.District) || region[^1] is not ('市' or '区' or '县' or '旗')) return null;
        if (region.Length < 4 || (region[^1] == '区' && PlaceRules.IsZoneName(region))) return null;
        return region[..^1];
    }

    private static string KindOf(string region, string level) => level switch
    {
        PlanLevels.Province => PlaceKinds.Province,
        PlanLevels.City => PlaceKinds.City,
        PlanLevels.Zone => PlaceKinds.Zone,
        _ => region.EndsWith('县') ? PlaceKinds.County : PlaceKinds.District,
    };

    private static PlaceGazetteer Build(Dictionary<string, PlaceEntry> byName, IReadOnlyList<string> blockers)
    {
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
        foreach (var blocker in blockers) Add(blocker, new PlaceTerm(null, null));
        return new PlaceGazetteer(byName, blockers, terms);
    }

    private sealed record PlacesDocument(List<PlaceJson>? Places, List<string>? Blockers);
    private sealed record PlaceJson(string Name, string? Kind, string? Parent, List<string>? Aliases, LocalJson? Local);
    private sealed record LocalJson(string Within, List<string>? Aliases);
}
