using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Indicators;

/// <summary>
/// The names a plan gives its own area, which open a measure without changing it: 莲花山度假区 in
/// 莲花山度假区创意设计和工业组装产业规模 (the zone's plan), 长春现代化都市圈 or just 都市圈 in the
/// 都市圈's plan (长春现代化都市圈旅游业总收入 measures what other plans' 旅游业总收入 does). Only the
/// plan's own area: in 长春's plan, 都市圈总人口 is the larger area's, not the city's, and 长春新区… is
/// the zone's, not 长春's.
/// </summary>
public sealed partial class OwnAreas
{
    /// <summary>The head nouns an area's plan calls it by alone (都市圈, 工业走廊地区).</summary>
    private static readonly string[] HeadNouns = ["都市圈", "工业走廊", "走廊", "城市群", "经济带"];

    /// <summary>A special plan named for an area and nothing else: 长春现代化都市圈发展规划.</summary>
    [GeneratedRegex(@"^(?:发展|建设|协同发展|高质量发展)?规划(?:纲要)?$")]
    private static partial Regex AreaPlanTail();

    /// <summary>Where a longer place name goes on: 长春 in 长春市区, 吉林 in 吉林市.</summary>
    private const string PlaceEnds = "省市州县区旗盟镇乡";

    private readonly string[] _names;
    private readonly string[] _longer;

    public OwnAreas(IEnumerable<string> names, IEnumerable<string> longer)
    {
        _names = [.. names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];
        _longer = [.. longer.Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Names => _names;

    /// <summary>The plan's region and, for a plan named for an area, that area: each name with its aliases.</summary>
    public static OwnAreas Of(PlanMetadata metadata, PlaceGazetteer places)
    {
        // Runs once per plan: only the names that open as the title or an own name does are read.
        var names = new List<string> { metadata.Region };
        if (places.Find(metadata.Region) is { } region) Add(region);
        var title = metadata.Title;
        // The first place (in the gazetteer's order) a name or alias of which the title is.
        if (title.Length > 0)
        {
            foreach (var (form, entry) in places.FormsOpeningWith(title[0]))
            {
                if (NamesArea(form))
                {
                    Add(entry);
                    break;
                }
            }
        }
        // Other places whose names open with one of these (长春新区, 长春经开区 after 长春): their measures are theirs.
        var longer = new List<string>();
        foreach (var opening in names.Where(n => n.Length > 0).Select(n => n[0]).Distinct())
        {
            foreach (var (form, _) in places.FormsOpeningWith(opening)) AddIfLonger(form);
        }
        return new OwnAreas(names, longer);

        bool NamesArea(string name) =>
            name.Length < title.Length && title.StartsWith(name, StringComparison.Ordinal) && AreaPlanTail().IsMatch(title.AsSpan(name.Length));

        void AddIfLonger(string other)
        {
            foreach (var own in names)
            {
                if (other.Length > own.Length && other[0] == own[0] && other.StartsWith(own, StringComparison.Ordinal) && !names.Contains(other))
                {
                    longer.Add(other);
                    return;
                }
            }
        }

        void Add(PlaceEntry entry)
        {
            names.Add(entry.Name);
            names.AddRange(entry.Aliases);
            foreach (var noun in HeadNouns)
            {
                if (entry.Name.EndsWith(noun, StringComparison.Ordinal)) names.Add(noun);
            }
        }
    }

    /// <summary>
    /// The measure after the plan's own area that opens it (and the 地区 after it: 工业走廊地区制造业…),
    /// unless another place's name opens it or nothing of a measure would be left.
    /// </summary>
    public string Strip(string key)
    {
        foreach (var area in _names)
        {
            if (key.Length - area.Length < 2 || !key.StartsWith(area, StringComparison.Ordinal)) continue;
            if (PlaceEnds.Contains(key[area.Length]) || _longer.Any(other => key.StartsWith(other, StringComparison.Ordinal))) return key;
            var rest = key[area.Length..];
            return rest.StartsWith("地区", StringComparison.Ordinal) && !rest.StartsWith("地区生产总值", StringComparison.Ordinal) && rest.Length > 3 ? rest[2..] : rest;
        }
        return key;
    }
}
