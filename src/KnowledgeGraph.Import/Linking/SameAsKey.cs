using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// A project name reduced to what identifies the project across plans, for comparison only.
/// <see cref="Core"/> drops what varies between namings of one project — the opening area
/// (长春市, 吉林省), bracketed aliases, phase markers, generic endings (项目, 工程, 建设) — and
/// evens out spelling (full width, 十万 → 10万, 高速铁路 → 高铁, 至/经/— → -, 综合治理 and
/// 生态治理 → 治理). What was dropped
/// is kept to veto a match: two different areas, two different phases (三期 vs 四期), two
/// different figures, or two different kinds of facility (医院 vs 学校) are two projects.
/// </summary>
internal sealed partial record SameAsKey(
    string Folded,
    string Core,
    IReadOnlyList<string> Areas,
    bool AreasPrinted,
    IReadOnlyList<string> Phases,
    IReadOnlyList<string> Numbers,
    string? Family,
    IReadOnlyList<string> PlaceWords,
    bool Particular)
{
    [GeneratedRegex(@"[（(][^（）()]*[）)]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[一二三四五六七八九十\d]+期")]
    private static partial Regex Phase();

    [GeneratedRegex(@"([一二三四五六七八九十两]+)(万|亿)")]
    private static partial Regex ChineseAmount();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:项目|工程|建设|工程项目|建设项目|建设工程)$")]
    private static partial Regex GenericEnding();

    /// <summary>Kinds of facility by their last words; two names ending in different kinds are different projects.</summary>
    private static readonly (string Ending, string Family)[] Families =
    [
        ("产业园", "park"), ("工业园", "park"), ("科技园", "park"), ("物流园", "park"), ("园区", "park"), ("产业园区", "park"),
        ("中心", "centre"), ("基地", "base"), ("医院", "hospital"), ("院区", "hospital"), ("学校", "school"), ("学院", "school"),
        ("校区", "school"), ("分校", "school"), ("幼儿园", "school"), ("图书馆", "library"), ("博物馆", "museum"), ("美术馆", "gallery"),
        ("展览馆", "museum"), ("体育场", "stadium"), ("滑冰馆", "stadium"), ("机场", "airport"), ("铁路", "rail"), ("高铁", "rail"),
        ("高速", "road"), ("公路", "road"), ("污水处理厂", "sewage"), ("净水厂", "water"), ("水厂", "water"), ("小镇", "town"),
        ("度假区", "resort"), ("景区", "resort"), ("市场", "market"), ("实验室", "lab"), ("研究所", "institute"), ("研究院", "institute"),
        ("平台", "platform"), ("综合体", "complex"), ("大厦", "building"), ("码头", "port"), ("航道", "waterway"), ("水库", "reservoir"),
    ];

    /// <param name="regionAreas">The areas of the plan's region (<see cref="ProjectPlaces.AreasOfRegion"/>): where a
    /// name without an area of its own lies (“健康食品产业园” in the city plan is in 长春).</param>
    /// <param name="openings">For a plan whose region is an area of its own, how its names print the regions of its group.</param>
    public static SameAsKey Of(string name, IReadOnlyList<string>? regionAreas = null, Opening[]? openings = null)
    {
        var folded = Compact(name);
        var s = folded;
        var phases = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in Phase().Matches(s)) phases.Add(ChineseNumerals.Parse(m.Value[..^1])?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? m.Value);
        s = Bracketed().Replace(s, "");
        s = Phase().Replace(s, "");
        s = ChineseAmount().Replace(s, m => ChineseNumerals.Parse(m.Groups[1].Value) is { } n
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) + m.Groups[2].Value : m.Value);
        var (leading, rest) = openings is not null && LeadingRegions(s, openings) is { Areas.Count: > 0 } own ? own : ProjectPlaces.LeadingAreas(s);
        s = s[rest..];
        var areas = leading.Count > 0 ? leading : regionAreas ?? [];
        s = Spelling(s);
        while (s.Length > 2 && GenericEnding().Match(s) is { Success: true } ending) s = s[..ending.Index];
        var numbers = Number().Matches(s).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        var family = FamilyOf(s);
        return new SameAsKey(folded, s, areas, leading.Count > 0, [.. phases], numbers, family, ProjectPlaces.PlaceWords(folded), IsParticular(folded));
    }

    /// <summary>
    /// The key <see cref="Of"/> gives for this name in a plan of <paramref name="regionAreas"/>, from the
    /// key it gives with no region: the region only supplies the areas of a name that prints none.
    /// </summary>
    public SameAsKey InRegion(IReadOnlyList<string> regionAreas) =>
        AreasPrinted || regionAreas.Count == 0 ? this : new SameAsKey(Folded, Core, regionAreas, false, Phases, Numbers, Family, PlaceWords, Particular);

    /// <summary>How a name may print a region of its own (长春十三 for 长春十三市).</summary>
    public readonly record struct Opening(string Printed, string Region);

    /// <summary>The regions of their own a name opens with, longest printed form first, and where the rest starts.</summary>
    private static (IReadOnlyList<string> Areas, int RestStart) LeadingRegions(string s, Opening[] openings)
    {
        var found = new List<string>();
        var at = 0;
        while (true)
        {
            Opening? best = null;
            foreach (var o in openings)
            {
                if (o.Printed.Length > (best?.Printed.Length ?? 0) && string.CompareOrdinal(s, at, o.Printed, 0, o.Printed.Length) == 0) best = o;
            }
            // As with the province's area words, a region must leave a name behind it.
            if (best is not { } b || at + b.Printed.Length >= s.Length - 1) break;
            if (!found.Contains(b.Region)) found.Add(b.Region);
            at += b.Printed.Length;
        }
        return (found, at);
    }

    /// <summary>The folded name without spaces and quotes: two names equal in this form are printed the same.</summary>
    public static string Compact(string name)
    {
        var folded = TextFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is ' ' or '“' or '”' or '"' or '‘' or '’' or '\'' or '·' or '•') continue;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The string the key is grouped by: equal strings are equal keys.</summary>
    public string Signature => _signature ??=
        $"{Core}|{string.Join(",", Areas)}|{AreasPrinted}|{string.Join(",", Phases)}|{string.Join(",", Numbers)}|{Family}|{string.Join(",", PlaceWords)}";

    private string? _signature;

    // The place words split into areas and landmarks once, not at every comparison.
    private ProjectPlaces.SplitPlaceWords? _placeWords;

    private ProjectPlaces.SplitPlaceWords SplitPlaces => _placeWords ??= ProjectPlaces.Split(PlaceWords);

    /// <summary>Something dropped from the two names says they are different projects.</summary>
    public bool Conflicts(SameAsKey other) => PlacesConflict(other) || DetailsConflict(other);

    /// <summary>The two names' areas or landmarks rule out one project. Decided by <see cref="PlaceSignature"/> alone.</summary>
    /// <param name="own">The corpus's regions that are areas of their own (see <see cref="ProjectPlaces.Conflict"/>).</param>
    public bool PlacesConflict(SameAsKey other, OwnRegions? own = null) =>
        ProjectPlaces.Conflict(Areas, other.Areas, strict: AreasPrinted && other.AreasPrinted, own)
        || ProjectPlaces.PlaceConflict(SplitPlaces, other.SplitPlaces);

    /// <summary>What <see cref="PlacesConflict"/> reads: keys with equal place signatures conflict with the same keys.</summary>
    public string PlaceSignature => $"{string.Join(",", Areas)}|{AreasPrinted}|{string.Join(",", PlaceWords)}";

    /// <summary>The two names' phases, figures or kinds of facility rule out one project.</summary>
    public bool DetailsConflict(SameAsKey other) =>
        Disjoint(Phases, other.Phases)
        // 三期 against 5号线: each name is one stage of a network, a different one.
        || (Phases.Count > 0 && other.Phases.Count == 0 && other.Numbers.Count > 0)
        || (other.Phases.Count > 0 && Phases.Count == 0 && Numbers.Count > 0)
        || Disjoint(Numbers, other.Numbers)
        || (Family is not null && other.Family is not null && Family != other.Family)
        || BareKindApart(other);

    /// <summary>
    /// A name that is only its area and a kind of facility (集安机场, 通化机场) names that area's facility:
    /// an area inside the other (集安市 in 通化市) holds a facility of its own, not the wider area's.
    /// </summary>
    private bool BareKindApart(SameAsKey other) =>
        Core == other.Core && Family is not null && IsBareKind(Core) && AreasPrinted && other.AreasPrinted
        && !Areas.SequenceEqual(other.Areas, StringComparer.Ordinal);

    private static bool IsBareKind(string core)
    {
        foreach (var (ending, _) in Families)
        {
            if (string.Equals(core, ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool Disjoint(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal)) return false;
            }
        }
        return true;
    }

    private static string Spelling(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s) builder.Append(c is '—' or '―' or '–' or '－' or '~' or '至' or '经' ? '-' : c);
        return builder.ToString()
            .Replace("高速铁路", "高铁", StringComparison.Ordinal)
            .Replace("高速公路", "高速", StringComparison.Ordinal)
            .Replace("改扩建", "扩建", StringComparison.Ordinal)
            .Replace("水环境综合治理", "治理", StringComparison.Ordinal)
            .Replace("水生态治理", "治理", StringComparison.Ordinal)
            .Replace("综合治理", "治理", StringComparison.Ordinal)
            .Replace("生态治理", "治理", StringComparison.Ordinal);
    }

    private static string? FamilyOf(string core)
    {
        string? best = null;
        var length = 0;
        foreach (var (ending, family) in Families)
        {
            if (ending.Length > length && core.EndsWith(ending, StringComparison.Ordinal))
            {
                best = family;
                length = ending.Length;
            }
        }
        return best;
    }

    /// <summary>The name holds a place, landmark or figure: it is particular without help from the corpus.</summary>
    private static bool IsParticular(string folded)
    {
        if (ProjectPlaces.HasPlace(folded)) return true;
        foreach (var c in folded) if (char.IsAsciiLetterOrDigit(c)) return true;
        return false;
    }
}
