using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Places;

/// <summary>
/// Collects one plan's place facts in document order: one MENTIONS per speaker and place (the
/// first mention's provenance), one Place record per place, and the WITHIN chain above every
/// place mentioned. A parent comes from the gazetteer first, then from the text (a line stating
/// containment, the area printed right before a town), then — for a town or street in a
/// district's or zone's plan that names no area around it — from the plan's own region.
/// </summary>
internal sealed class PlaceFacts(PlaceGazetteer gazetteer, StructuredPlan plan)
{
    private readonly Dictionary<string, Place> _places = new(StringComparer.Ordinal);
    private readonly List<Place> _order = [];
    // A plan's mentions are gathered in a list of the thread's (a plan's facts are built on one
    // thread, one plan at a time) and kept in an array of their number: a list per plan, grown by
    // doubling, left some 47 MB of arrays behind per 100× import. The set of what was mentioned,
    // only read while the facts are built, is the thread's too.
    [ThreadStatic] private static List<MentionRecord>? _gathered;
    [ThreadStatic] private static HashSet<(string, string)>? _seen;
    private readonly List<MentionRecord> _mentions = Gathered();
    private readonly HashSet<(string, string)> _mentioned = Seen();
    private readonly List<LinkRecord> _links = [];
    private readonly Dictionary<string, (string Parent, Provenance Provenance, string Basis)> _stated = new(StringComparer.Ordinal);

    /// <summary>The basis of a link to the plan's own region, given because nothing nearer was printed.</summary>
    public const string BasisPlanRegion = "plan-region";

    private sealed class Place(string name, string kind, PlaceSource source, Provenance provenance, bool standsIn = false)
    {
        public string Name { get; } = name;
        public string Kind { get; } = kind;
        public PlaceSource Source { get; } = source;
        public Provenance Provenance { get; } = provenance;
        /// <summary>The provenance is a line that does not print the place (see <see cref="EntityRecord.ProvenanceStandsIn"/>).</summary>
        public bool StandsIn { get; } = standsIn;
        public string? TextParent { get; set; }
    }

    private static HashSet<(string, string)> Seen()
    {
        var set = _seen ??= [];
        set.Clear();
        return set;
    }

    private static List<MentionRecord> Gathered()
    {
        var list = _gathered ??= [];
        list.Clear();
        return list;
    }

    public StructuredPlan Plan => plan;
    public PlaceGazetteer Gazetteer => gazetteer;

    public void Mention(TextUnit unit, PlaceHit hit)
    {
        var isNew = !_places.ContainsKey(hit.Name);
        var isNewMention = _mentioned.Add((unit.FromId, hit.Name));
        if (!isNew && !isNewMention)
        {
            _places[hit.Name].TextParent ??= hit.TextParent;
            return;
        }
        var provenance = unit.ProvenanceOf(hit.Start, hit.Length);
        Register(hit.Name, hit.Kind, hit.Source, provenance, hit.TextParent);
        if (isNewMention) _mentions.Add(new MentionRecord(unit.FromId, RelationshipTypes.Mentions, Labels.Place, hit.Name, provenance));
    }

    public void Locate(string projectId, string place, string kind, Provenance provenance, string basis)
    {
        // A project placed in the plan's region by default does not print the region's name.
        Register(place, kind, PlaceSource.Gazetteer, provenance, null, standsIn: basis == BasisPlanRegion);
        _links.Add(new LinkRecord(RelationshipTypes.LocatedIn, projectId, NodeIds.ForName(Labels.Place, place), provenance, SharedProps.Of("basis", basis)));
    }

    /// <summary>The text states that <paramref name="child"/> lies in <paramref name="parent"/>.</summary>
    public void StateContainment(string child, string parent, Provenance provenance, string basis)
    {
        var known = gazetteer.Find(child)?.Parent;
        if (known is not null && known != parent) return;
        _stated.TryAdd(child, (parent, provenance, basis));
    }

    /// <summary>Makes sure the plan's own region and its chain are there, even if the text never prints them.</summary>
    public void AddRegion()
    {
        var region = plan.Metadata.Region;
        if (_places.ContainsKey(region)) return;
        var provenance = _stated.TryGetValue(region, out var stated) ? stated.Provenance : null;
        // A plan that never prints its region's name still covers it: the plan's opening line stands in.
        var standsIn = provenance is null;
        provenance ??= (plan.TitleLines.FirstOrDefault() ?? plan.Sections.FirstOrDefault()?.Heading)?.Provenance();
        if (provenance is null) return;
        Register(region, gazetteer.Find(region)?.Kind ?? KindOfLevel(plan.Metadata.Level), PlaceSource.Gazetteer, provenance, null, standsIn);
    }

    public string? KindOf(string name) => _places.TryGetValue(name, out var p) ? p.Kind : gazetteer.Find(name)?.Kind;

    /// <summary>The parent this plan's facts give <paramref name="name"/> (gazetteer, then text, then region).</summary>
    public string? ParentOf(string name) =>
        gazetteer.Find(name)?.Parent
        ?? (_stated.TryGetValue(name, out var s) ? s.Parent : null)
        ?? (_places.TryGetValue(name, out var p) ? p.TextParent ?? RegionParent(p) : null);

    private void Register(string name, string kind, PlaceSource source, Provenance provenance, string? textParent, bool standsIn = false)
    {
        if (_places.TryGetValue(name, out var existing))
        {
            existing.TextParent ??= textParent;
            return;
        }
        var place = new Place(name, kind, source, provenance, standsIn) { TextParent = textParent };
        _places[name] = place;
        _order.Add(place);
    }

    private string? RegionParent(Place place)
    {
        if (place.Kind is not (PlaceKinds.Town or PlaceKinds.Street)) return null;
        if (plan.Metadata.Level is not (PlanLevels.District or PlanLevels.Zone)) return null;
        return place.Name == plan.Metadata.Region ? null : plan.Metadata.Region;
    }

    public PlanFacts Build()
    {
        var entities = new List<EntityRecord>();
        var links = new List<LinkRecord>();
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        // Places the plan names come first, each followed by the chain above it.
        for (var i = 0; i < _order.Count; i++)
        {
            var place = _order[i];
            var child = place;
            while (emitted.Add(child.Name))
            {
                entities.Add(Entity(child));
                var (parent, provenance, basis) = Parent(child);
                if (parent is null) break;
                if (!_places.TryGetValue(parent, out var parentPlace))
                {
                    var entry = gazetteer.Find(parent);
                    // Only an ancestor here: its node takes the line of a plan that prints it, if one does.
                    parentPlace = new Place(parent, entry?.Kind ?? _places.GetValueOrDefault(parent)?.Kind ?? PlaceKinds.Other, PlaceSource.Gazetteer, place.Provenance, standsIn: true);
                    _places[parent] = parentPlace;
                }
                links.Add(new LinkRecord(RelationshipTypes.Within, NodeIds.ForName(Labels.Place, child.Name), NodeIds.ForName(Labels.Place, parent),
                    provenance ?? child.Provenance, SharedProps.Of("basis", basis)));
                child = parentPlace;
            }
        }
        var mentions = _mentions.ToArray();
        // The thread's lists would otherwise hold the plan's quotes, and so its text, until its next plan.
        _mentions.Clear();
        _mentioned.Clear();
        return new PlanFacts([], [], entities, mentions, [], [.. links, .. _links]);
    }

    private (string? Parent, Provenance? Provenance, string Basis) Parent(Place place)
    {
        if (_stated.TryGetValue(place.Name, out var stated)) return (stated.Parent, stated.Provenance, stated.Basis);
        if (gazetteer.Find(place.Name)?.Parent is { } known) return (known, null, "gazetteer");
        if (place.TextParent is { } text) return (text, null, "text");
        if (RegionParent(place) is { } region) return (region, null, BasisPlanRegion);
        return (null, null, "");
    }

    private EntityRecord Entity(Place place)
    {
        var entry = gazetteer.Find(place.Name);
        var aliases = entry is null ? null : string.Join("|", entry.Aliases.Concat(entry.LocalAliases));
        return new EntityRecord(Labels.Place, place.Name, SharedProps.Of(
            ("name", place.Name), ("kind", entry?.Kind ?? place.Kind), ("aliases", aliases),
            ("source", entry?.PlanRegion == true ? "plan-region" : place.Source == PlaceSource.Gazetteer ? "gazetteer" : "rule")), place.Provenance, place.StandsIn);
    }

    private static string KindOfLevel(string level) => level switch
    {
        PlanLevels.Province => PlaceKinds.Province,
        PlanLevels.City => PlaceKinds.City,
        PlanLevels.Zone => PlaceKinds.Zone,
        _ => PlaceKinds.District,
    };
}
