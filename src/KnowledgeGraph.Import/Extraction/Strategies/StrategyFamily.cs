using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Strategies;

/// <summary>
/// The strategy family: REFERS_TO from every section, goal and project that names a strategy
/// (a component such as “六双” refers to the whole, 一主六双, as well), and from the Plan itself
/// when its title or preamble names one (“一主六双”高质量发展战略专项规划). A plan's glossary
/// defines strategies: its quoted names count as strategies throughout that plan, and the
/// definition becomes the strategy's description.
/// </summary>
public static class StrategyFamily
{
    private const int MaxDescription = 400;

    public static PlanFacts Extract(StructuredPlan plan, PlanFacts found, ExtractionContext context)
    {
        var gazetteer = context.Resource(StrategyGazetteer.Load);
        var matcher = new StrategyMatcher(gazetteer, plan.Metadata.Region);
        var units = PlanText.Units(plan, found);
        var glossary = GlossaryOf(plan, units, gazetteer);

        var entities = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        var order = new List<string>();
        var mentions = new List<MentionRecord>();
        var seen = new HashSet<(string, string)>();

        void Refer(string fromId, string name, StrategyEntry? entry, Provenance provenance, string source)
        {
            if (!entities.ContainsKey(name))
            {
                var description = glossary.TryGetValue(name, out var defined) ? Clip(defined.Definition) : null;
                entities[name] = new EntityRecord(Labels.Strategy, name, SharedProps.Of(
                    ("name", name), ("level", entry?.Level), ("source", source), ("partOf", entry?.PartOf),
                    ("aliases", entry is null || entry.Aliases.Count == 0 ? null : string.Join("|", entry.Aliases)),
                    ("description", description)), defined?.Unit.ProvenanceOf(defined.HeadStart, defined.HeadLength) ?? provenance);
                order.Add(name);
            }
            if (seen.Add((fromId, name))) mentions.Add(new MentionRecord(fromId, RelationshipTypes.RefersTo, Labels.Strategy, name, provenance));
        }

        foreach (var unit in units)
        {
            foreach (var hit in Hits(matcher, unit, glossary))
            {
                var provenance = unit.ProvenanceOf(hit.Start, hit.Length);
                var source = hit.Entry is not null ? "gazetteer" : glossary.ContainsKey(hit.Name) ? "glossary" : hit.Called ? "text" : "shape";
                Refer(unit.FromId, hit.Name, hit.Entry, provenance, source);
                if (hit.Entry?.PartOf is { } whole) Refer(unit.FromId, whole, gazetteer.ByName(whole), provenance, "gazetteer");
            }
        }
        return new PlanFacts([], [], order.Select(n => entities[n]).ToList(), mentions, [], []);
    }

    private static IEnumerable<StrategyHit> Hits(StrategyMatcher matcher, TextUnit unit, Dictionary<string, Glossary.Entry> glossary)
    {
        var hits = matcher.Find(unit.Folded);
        if (glossary.Count == 0) return hits;
        // Quoted names the plan's own glossary defines, where neither the gazetteer nor the shape knew them.
        var text = unit.Folded.Text;
        foreach (var (start, length) in QuotedSpans.Quotes(text, 30))
        {
            var key = StrategyGazetteer.Key(text.AsSpan(start, length));
            if (!glossary.TryGetValue(key, out var defined) || defined.Key != key || hits.Any(h => h.Start == start - 1)) continue;
            hits.Add(new StrategyHit(start - 1, length + 2, key, null));
        }
        hits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    /// <summary>The plan's glossary entries by canonical strategy name (the gazetteer's name when it knows the key).</summary>
    private static Dictionary<string, Glossary.Entry> GlossaryOf(StructuredPlan plan, IReadOnlyList<TextUnit> units, StrategyGazetteer gazetteer)
    {
        var result = new Dictionary<string, Glossary.Entry>(StringComparer.Ordinal);
        var sections = plan.AllSections().Where(Glossary.IsGlossary).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (sections.Count == 0) return result;
        foreach (var unit in units)
        {
            if (unit.Kind != TextUnitKind.SectionParagraph || !sections.Contains(unit.FromId)) continue;
            foreach (var entry in Glossary.Entries(unit)) result.TryAdd(gazetteer.ByKey(entry.Key)?.Name ?? entry.Key, entry);
        }
        return result;
    }

    private static string Clip(string text) => text.Length <= MaxDescription ? text : text[..MaxDescription] + "…";
}
