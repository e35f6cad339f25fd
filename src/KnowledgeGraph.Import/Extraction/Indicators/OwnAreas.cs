using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Indicators;

/// <summary>
/// The names a plan gives its own area, which open a measure without changing it: 莲花山度假区 in
/// 莲花山度假区创意设计和工业组装产业规模 (the zone's plan), 长春现代化都市圈 or just 都市圈 in the
/// 都市圈's plan (长春现代化都市圈旅游业总收入 measures what other plans' 旅游业总收入 does). Only the
/// plan's own area: in 长春's plan, 都市圈总人口 is the larger area's, not the city's.
/// </summary>
public static partial class OwnAreas
{
    /// <summary>The head nouns an area's plan calls it by alone (都市圈, 工业走廊地区).</summary>
    private static readonly string[] HeadNouns = ["都市圈", "工业走廊", "走廊", "城市群", "经济带"];

    /// <summary>A special plan named for an area and nothing else: 长春现代化都市圈发展规划.</summary>
    [GeneratedRegex(@"^(?:发展|建设|协同发展|高质量发展)?规划(?:纲要)?$")]
    private static partial Regex AreaPlanTail();

    /// <summary>The plan's region and, for a plan named for an area, that area: each name with its aliases, longest first.</summary>
    public static IReadOnlyList<string> Of(PlanMetadata metadata, PlaceGazetteer places)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { metadata.Region };
        if (places.Find(metadata.Region) is { } region) Add(region);
        var named = places.Entries
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(name => (Entry: e, Name: name)))
            .Where(p => metadata.Title.StartsWith(p.Name, StringComparison.Ordinal) && AreaPlanTail().IsMatch(metadata.Title[p.Name.Length..]))
            .Select(p => p.Entry)
            .FirstOrDefault();
        if (named is not null) Add(named);
        return [.. names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];

        void Add(PlaceEntry entry)
        {
            names.Add(entry.Name);
            names.UnionWith(entry.Aliases);
            names.UnionWith(HeadNouns.Where(noun => entry.Name.EndsWith(noun, StringComparison.Ordinal)));
        }
    }
}
