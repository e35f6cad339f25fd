using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Extraction.Places;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Agencies;

/// <summary>
/// The agency family. Government and party bodies (by the name rule or the gazetteer) are
/// Agencies wherever a section, goal or project names them (MENTIONS). Organisations — companies,
/// universities, institutes — only where the clause gives them a role: they lead (牵头, 负责,
/// 主导) or take part (配合, 合作, 共建, 联合, 携手, 协同). A project is LED_BY a body its name or
/// description says leads it: “由X牵头/负责…”, “X牵头…”, “责任单位：X”, “牵头单位：X”. A plan is LED_BY
/// the body a paragraph on carrying it out names in the same way (“本规划发布后，由省文化和旅游厅负责组织实施”),
/// with the words that state its part as <c>role</c>.
/// </summary>
public static class AgencyFamily
{
    // One list of matches per thread, reused text after text (as PlaceMatcher's).
    [ThreadStatic] private static List<TermMatch<AgencyEntry>>? _matches;

    private static readonly string[] RoleCues = ["牵头", "负责", "主导", "配合", "合作", "共建", "联合", "携手", "协同"];
    private static readonly string[] LeadCues = ["牵头", "负责", "主导", "组织实施", "承建", "承担"];

    // A paragraph about carrying out the plan itself, not one of its tasks: “由区管委会牵头加强与…对接”
    // under 加大招商引资政策支持 leads the investment drive, not the plan.
    private static readonly System.Buffers.SearchValues<string> PlanCues =
        System.Buffers.SearchValues.Create(["本规划", "规划实施", "规划落实", "实施规划", "规划的实施"], StringComparison.Ordinal);

    public static PlanFacts Extract(StructuredPlan plan, PlanFacts found, ExtractionContext context)
    {
        var gazetteer = context.Resource(AgencyGazetteer.Load);
        var places = context.Resource(PlaceGazetteer.Load);
        var placeMatcher = new PlaceMatcher(places, PlaceMatcher.AreaOf(places, plan.Metadata.Region));
        var area = new AgencyArea(plan, places);

        var entities = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        var order = new List<string>();
        var mentions = new List<MentionRecord>();
        var planLeads = new List<LinkRecord>();
        var seen = new HashSet<(string, string, string)>();
        // One list for every unit's hits: a list per paragraph was 29 MB of each 100× import.
        var hits = new List<(int Start, int Length, string Name, string Kind, string[] Aliases)>();

        foreach (var unit in PlanText.Units(plan, found))
        {
            if (unit.FromLabel == Labels.Plan) continue;
            var text = unit.Folded.Text;
            var titles = QuotedSpans.Titles(text);
            hits.Clear();
            foreach (var hit in GovernmentNames.Find(unit.Folded, placeMatcher.Find(unit.Folded), area))
            {
                hits.Add((hit.Start, hit.Length, hit.Name, KindOf(hit.Name), []));
            }
            foreach (var match in gazetteer.Automaton.Scan(text, _matches ??= []))
            {
                var entry = match.Value;
                if (hits.Any(h => match.Start < h.Start + h.Length && h.Start < match.End)) continue;
                if (entry.IsOrganisation && !HasCue(text, match.Start, match.End)) continue;
                hits.Add((match.Start, match.Length, entry.Name, entry.Kind, [.. entry.Aliases]));
            }
            var aboutThePlan = hits.Count > 0 && unit.Kind == TextUnitKind.SectionParagraph && text.AsSpan().ContainsAny(PlanCues);
            foreach (var (start, length, name, kind, aliases) in hits)
            {
                if (QuotedSpans.Inside(titles, start, length)) continue;
                var leads = unit.Kind is TextUnitKind.ProjectName or TextUnitKind.ProjectDescription && Leads(text, start, start + length);
                // A plan's lead states its part (牵头, 负责…): “由市政府提出调整方案” or “由省政府印发了《…》”
                // has a body act once, not lead the plan.
                if (aboutThePlan && Role(text, start, start + length) is { } role && seen.Add((plan.Id, RelationshipTypes.LedBy, name)))
                {
                    planLeads.Add(new LinkRecord(RelationshipTypes.LedBy, plan.Id, NodeIds.ForName(Labels.Agency, name),
                        unit.ProvenanceOf(start, length), SharedProps.Of("role", role)));
                }
                var type = leads ? RelationshipTypes.LedBy : RelationshipTypes.Mentions;
                var isNewEntity = !entities.ContainsKey(name);
                var isNewLink = seen.Add((unit.FromId, type, name));
                if (!isNewEntity && !isNewLink) continue;
                var provenance = unit.ProvenanceOf(start, length);
                if (isNewEntity)
                {
                    entities[name] = new EntityRecord(Labels.Agency, name, SharedProps.Of(("name", name), ("kind", kind),
                        ("aliases", aliases.Length == 0 ? null : string.Join("|", aliases))), provenance);
                    order.Add(name);
                }
                if (isNewLink) mentions.Add(new MentionRecord(unit.FromId, type, Labels.Agency, name, provenance));
                if (leads && seen.Add((unit.FromId, RelationshipTypes.Mentions, name)))
                {
                    mentions.Add(new MentionRecord(unit.FromId, RelationshipTypes.Mentions, Labels.Agency, name, provenance));
                }
            }
        }
        return new PlanFacts([], [], order.Select(n => entities[n]).ToList(), mentions, [], planLeads);
    }

    /// <summary>Party committees are printed as 省委/市委/区委; everything else the rule names is a government body.</summary>
    private static string KindOf(string name) =>
        name.Length >= 2 && name[^1] == '委' && name[^2] is '省' or '市' or '区' or '县' or '州' ? AgencyKinds.Party : AgencyKinds.Government;

    /// <summary>
    /// The clause gives the organisation a role. A cue printed inside a name is part of that name, not
    /// a role: a zone's (中韩（长春）国际合作示范区) or, in a list, another item's that names a facility
    /// (吉林省联合创意创业孵化基地) — 004's lists of 双创 bases (lines 3062 and 3080) give 长春理工大学科技创业孵化基地
    /// no partner.
    /// </summary>
    private static bool HasCue(string text, int start, int end)
    {
        var (from, to) = Clause(text, start, end);
        foreach (var cue in RoleCues)
        {
            for (var at = text.IndexOf(cue, from, to - from, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(cue, at + 1, to - at - 1, StringComparison.Ordinal))
            {
                if (!NamesAZone(text, at + cue.Length) && !InsideAnotherFacilityName(text, at, from, to, start)) return true;
            }
        }
        return false;
    }

    // 合作区, 合作示范区, 合作社: the word names a zone or a cooperative there, not what a body does
    // (中古（长春）生物技术国际合作区 beside 亚泰国际医药健康产业园, 004 line 1489).
    private static bool NamesAZone(string text, int after) =>
        after < text.Length && (text[after] is '区' or '社' || string.CompareOrdinal(text, after, "示范区", 0, 3) == 0);

    // The list item (between 、) holding the cue ends as a facility's name and is not the organisation's
    // own. After the list's closing 等 the cue is the sentence's verb again: “…中科院长春应化所等重点高校、
    // 科研院所等共建协同创新平台” (004 line 3108).
    private static bool InsideAnotherFacilityName(string text, int at, int from, int to, int organisation)
    {
        var itemStart = text.LastIndexOf('、', at, at - from + 1) + 1;
        if (itemStart == 0) itemStart = from;
        var itemEnd = text.IndexOf('、', at, to - at);
        if (itemEnd < 0) itemEnd = to;
        if (itemStart <= organisation && organisation < itemEnd) return false;
        if (text.AsSpan(itemStart, at - itemStart).Contains('等')) return false;
        var item = text.AsSpan(itemStart, itemEnd - itemStart);
        foreach (var suffix in FacilitySuffixes)
        {
            if (item.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] FacilitySuffixes = ["基地", "园", "中心", "平台"];

    /// <summary>The body leads what the text describes: 由X…, X牵头…, 责任单位：X.</summary>
    private static bool Leads(string text, int start, int end) =>
        (start > 0 && text[start - 1] == '由') || Role(text, start, end) is not null;

    /// <summary>The words that state a leading body's part: what follows its name (牵头, 负责组织实施), or the label before it.</summary>
    private static string? Role(string text, int start, int end)
    {
        var (from, to) = Clause(text, start, end);
        var after = text[end..to];
        foreach (var cue in LeadCues)
        {
            if (after.StartsWith(cue, StringComparison.Ordinal)) return after;
        }
        // 责任单位：X, and every body the label lists (责任单位：区商务局、开发区管委会).
        var before = text.AsSpan(from, start - from);
        foreach (var label in (string[])["责任单位", "牵头单位", "责任部门", "牵头部门"])
        {
            var at = before.LastIndexOf(label);
            if (at < 0) continue;
            var listed = before[(at + label.Length)..];
            if (listed.Length > 0 && listed[0] == ':' && listed.LastIndexOf(':') == 0 && (listed.Length == 1 || listed[^1] == '、')) return label;
        }
        return null;
    }

    private static (int From, int To) Clause(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && text[from - 1] is not ('。' or ';' or ',' or '!' or '?')) from--;
        var to = end;
        while (to < text.Length && text[to] is not ('。' or ';' or ',' or '!' or '?')) to++;
        return (from, to);
    }
}
