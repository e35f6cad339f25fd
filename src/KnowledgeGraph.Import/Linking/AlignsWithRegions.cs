using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Which plan areas lie within which, for aligning goals across levels. The administrative
/// hierarchy the place family records (WITHIN between Place nodes) is the first source. Where it
/// says nothing, the plans' own text is the evidence: a lower plan that prints the higher area
/// right before its own name (长春市绿园区, 长春市二道区), whose area is named after the higher
/// one (长春莲花山生态旅游度假区), or — for a province — that names the province often (3 times or
/// more) and more often than any other province (长春市's plan names 吉林省). Plans whose areas are
/// unrelated are never aligned.
/// </summary>
public sealed class AlignsWithRegions
{
    private const int NamedOftenEnough = 3;

    /// <summary>China's province-level divisions, to tell which province a plan's text calls its own.</summary>
    private static readonly string[] Provinces =
    [
        "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省",
        "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省",
        "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "台湾省", "香港特别行政区", "澳门特别行政区",
    ];

    private readonly Dictionary<string, HashSet<string>> _parents;
    // Found on demand by the linkers, which share one instance and run side by side.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _above = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);

    private AlignsWithRegions(Dictionary<string, HashSet<string>> parents) => _parents = parents;

    public static AlignsWithRegions From(IReadOnlyList<ExtractedPlan> plans)
    {
        var parents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string child, string parent)
        {
            if (child == parent) return;
            if (!parents.TryGetValue(child, out var set)) parents[child] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(parent);
        }

        foreach (var plan in plans)
        {
            foreach (var link in plan.Facts.Links)
            {
                if (link.Type == RelationshipTypes.Within) Add(link.FromId, link.ToId);
            }
        }

        var regions = plans.Select(p => p.Plan.Metadata).GroupBy(m => m.Region, StringComparer.Ordinal)
            .Select(g => (Region: g.Key, Rank: g.Min(m => PlanLevels.Rank(m.Level)))).ToList();
        foreach (var lower in plans.GroupBy(p => p.Plan.Metadata.Region, StringComparer.Ordinal))
        {
            var rank = lower.Min(p => PlanLevels.Rank(p.Plan.Metadata.Level));
            var highers = regions.Where(r => r.Rank < rank).ToList();
            if (highers.Count == 0) continue;
            // Read paragraph by paragraph: no name spans two paragraphs, and copying a region's whole
            // text into one string cost more than the searches in it.
            var text = lower.SelectMany(p => PlanParagraphs(p.Plan)).ToList();
            var province = OwnProvince(text);
            var printedBefore = new PrintedBefore(text, lower.Key, highers.SelectMany(h => (string[])[h.Region, Short(h.Region)]));
            foreach (var higher in highers)
            {
                var named = higher.Rank == PlanLevels.Rank(PlanLevels.Province) && higher.Region == province;
                if (named || PrintsWithin(printedBefore, lower.Key, higher.Region)) Add(Id(lower.Key), Id(higher.Region));
            }
        }
        return new AlignsWithRegions(parents);
    }

    /// <summary>The lower area lies within the higher one (through any number of levels).</summary>
    public bool Within(string lowerRegion, string higherRegion) => Above(lowerRegion).Contains(RegionId(higherRegion));

    /// <summary>The ids of every area the region lies within (through any number of levels), found once per region.</summary>
    public IReadOnlySet<string> Above(string region)
    {
        var start = RegionId(region);
        if (_above.TryGetValue(start, out var known)) return known;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            if (!_parents.TryGetValue(queue.Dequeue(), out var ups)) continue;
            foreach (var up in ups)
            {
                if (seen.Add(up)) queue.Enqueue(up);
            }
        }
        _above[start] = seen;
        return seen;
    }

    /// <summary>The Place id of a plan's region.</summary>
    public string RegionId(string region)
    {
        if (!_ids.TryGetValue(region, out var id)) _ids[region] = id = Id(region);
        return id;
    }

    private static string Id(string region) => NodeIds.ForName(Labels.Place, region);

    /// <summary>“长春市绿园区”, “长春二道区”, or an area named after the higher one (长春莲花山…).</summary>
    private static bool PrintsWithin(PrintedBefore text, string lower, string higher)
    {
        var shortHigher = Short(higher);
        if (shortHigher.Length >= 2 && lower.StartsWith(shortHigher, StringComparison.Ordinal) && !lower.StartsWith(higher, StringComparison.Ordinal)) return true;
        foreach (var h in new[] { higher, shortHigher })
        {
            if (h.Length >= 2 && text.Precedes(h)) return true;
        }
        return false;
    }

    /// <summary>
    /// Which of the higher areas' names (full or short) a text prints right before the lower area's
    /// name (full or short): found from the lower name's occurrences, so that “text holds higher +
    /// lower” is one look-up per higher area instead of a search of the whole text.
    /// </summary>
    private sealed class PrintedBefore
    {
        private readonly HashSet<string> _found = new(StringComparer.Ordinal);

        public PrintedBefore(List<string> paragraphs, string lower, IEnumerable<string> highers)
        {
            var names = new HashSet<string>(highers.Where(h => h.Length >= 2), StringComparer.Ordinal);
            var lengths = names.Select(h => h.Length).Distinct().ToArray();
            var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var name in new[] { lower, Short(lower) })
            {
                if (name.Length < 2) continue;
                foreach (var text in paragraphs)
                {
                    for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                    {
                        foreach (var length in lengths)
                        {
                            if (length <= at && lookup.TryGetValue(text.AsSpan(at - length, length), out var higher)) _found.Add(higher);
                        }
                    }
                }
            }
        }

        public bool Precedes(string higher) => _found.Contains(higher);
    }

    /// <summary>The name without its administrative suffix: 长春市 → 长春, 吉林省 → 吉林.</summary>
    private static string Short(string region) =>
        region.Length > 2 && region[^1] is '省' or '市' or '区' or '县' ? region[..^1] : region;

    // Every province-level name ends in 省, 市 or 区, and none can overlap itself (none starts with
    // the end of itself): counting a name's occurrences is finding those three characters, which
    // a vectorised search does fast, and testing the few names that end in the one found.
    private static readonly string NameEnds = string.Concat(Provinces.Select(p => p[^1]).Distinct());
    private static readonly System.Buffers.SearchValues<char> NameEndValues = System.Buffers.SearchValues.Create(NameEnds);
    private static readonly int[][] ProvincesByEnd =
        NameEnds.Select(end => Enumerable.Range(0, Provinces.Length).Where(i => Provinces[i][^1] == end).ToArray()).ToArray();

    /// <summary>The province a text names most, if it names it often enough.</summary>
    private static string? OwnProvince(List<string> paragraphs)
    {
        var counts = new int[Provinces.Length];
        foreach (var paragraph in paragraphs)
        {
            var span = paragraph.AsSpan();
            for (var at = span.IndexOfAny(NameEndValues); at >= 0;)
            {
                var printed = span[..(at + 1)];
                foreach (var i in ProvincesByEnd[NameEnds.IndexOf(span[at])])
                {
                    if (printed.EndsWith(Provinces[i], StringComparison.Ordinal)) counts[i]++;
                }
                var next = span[(at + 1)..].IndexOfAny(NameEndValues);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        string? best = null;
        int bestCount = 0, runnerUp = 0;
        for (var i = 0; i < Provinces.Length; i++)
        {
            var count = counts[i];
            if (count > bestCount) (best, runnerUp, bestCount) = (Provinces[i], bestCount, count);
            else if (count > runnerUp) runnerUp = count;
        }
        return bestCount >= NamedOftenEnough && bestCount > runnerUp ? best : null;
    }

    /// <summary>A plan's title lines, front matter, headings and paragraphs (columns included), in print order.</summary>
    private static IEnumerable<string> PlanParagraphs(StructuredPlan plan)
    {
        foreach (var p in plan.TitleLines) yield return p.Text;
        foreach (var text in Blocks(plan.Front)) yield return text;
        foreach (var section in plan.AllSections())
        {
            yield return section.Heading.Text;
            foreach (var text in Blocks(section.Content)) yield return text;
        }

        static IEnumerable<string> Blocks(IEnumerable<IContentBlock> blocks)
        {
            foreach (var block in blocks)
            {
                if (block is Paragraph p) yield return p.Text;
                else if (block is ColumnBlock c) foreach (var b in c.Body) yield return b.Text;
            }
        }
    }
}
