using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Agencies;

/// <summary>
/// What a bare 省/市/区/县 means in one plan, from the plan's region and the places above it, and
/// the canonical form of a body's name: the plan's own government is named as the plan's issuer
/// (莲花山's 区管委会 is 莲花山生态旅游度假区管理委员会, the issuer the plan prints).
/// </summary>
public sealed class AgencyArea
{
    private readonly Dictionary<char, string> _relative = [];
    private readonly HashSet<string> _ownGovernment = new(StringComparer.Ordinal);
    private readonly string? _issuer;

    public AgencyArea(StructuredPlan plan, PlaceGazetteer places)
    {
        var region = plan.Metadata.Region;
        var chain = new List<(string Name, string Kind)>();
        var regionKind = places.Find(region)?.Kind ?? KindOfLevel(plan.Metadata.Level);
        chain.Add((region, regionKind));
        chain.AddRange(places.Ancestors(region).Select(p => (p.Name, p.Kind)));
        foreach (var (name, kind) in chain)
        {
            var key = kind switch
            {
                PlaceKinds.Province => '省',
                PlaceKinds.City => '市',
                PlaceKinds.District or PlaceKinds.Zone => '区',
                PlaceKinds.County => '县',
                _ => '\0',
            };
            if (key != '\0') _relative.TryAdd(key, name);
        }
        _issuer = plan.Metadata.Issuer;
        _ownGovernment.Add(region + "人民政府");
        _ownGovernment.Add(region + "管理委员会");
    }

    /// <summary>The area a bare prefix means here, or null when the plan's area has none of that tier.</summary>
    public string? Resolve(char prefix) => _relative.GetValueOrDefault(prefix);

    public string Canonical(string name) =>
        _issuer is not null && _ownGovernment.Contains(name) ? _issuer : name;

    private static string KindOfLevel(string level) => level switch
    {
        PlanLevels.Province => PlaceKinds.Province,
        PlanLevels.City => PlaceKinds.City,
        PlanLevels.Zone => PlaceKinds.Zone,
        _ => PlaceKinds.District,
    };
}
