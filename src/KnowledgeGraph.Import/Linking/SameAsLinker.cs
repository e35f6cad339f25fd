using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Model;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// SAME_AS between projects named in different plans. Names are compared through
/// <see cref="SameAsKey"/> (areas, aliases, phases and generic endings set aside) and
/// <see cref="SameAsIndex"/> (IDF-weighted bigram similarity, found by prefix filtering).
/// <list type="bullet">
/// <item><c>name</c>: printed the same (after width folding); confidence 1.0, 0.7 for a name with nothing particular in it.</item>
/// <item><c>name:normalised</c>: the same once areas, aliases, phases and generic endings are set aside; 0.9 (0.65);
/// 0.75 (0.55) when only one name prints a phase (吴太医药产业园二期项目 and 吴太医药产业园: the park or one stage of it).</item>
/// <item><c>name:similar</c>: weighted bigram Jaccard ≥ 0.72, weighted containment ≥ 0.86, or an abbreviation keeping
/// every character in order and ≥ 60 % of the longer name; confidence 0.85 × similarity; never between names with
/// nothing particular in them unless their cores are the same.</item>
/// </list>
/// Vetoes: two different areas (四平… / 辽源…; a plan's region the province's area words do not read
/// (沈阳市; 长春十三市, which only opens with 长春) is an area of its own, related to the others only as the
/// place hierarchy and the plans' texts relate it, and its plans' names print it by its name or short form),
/// phases (三期 / 四期), figures, or kinds of facility.
/// Direction, so that each pair is linked once: from the lower-level plan to the higher-level one
/// (district → city → province); between plans of one level, from the later plan to the earlier
/// (in import order). Each project links to at most one project per level above it and one
/// earlier plan of its own level — the best match, ties going to the earlier plan — so a project
/// named in many plans forms a tree towards its highest naming, and the number of links grows
/// with the number of projects, not with the square of the number of plans that repeat it.
/// </summary>
public static class SameAsLinker
{
    public const string BasisName = "name";
    public const string BasisNormalised = "name:normalised";
    public const string BasisSimilar = "name:similar";

    /// <param name="listed">Whether the gazetteer lists a region (see <see cref="Extraction.Projects.ProjectPlaces.IsOwnRegion"/>).</param>
    public static IReadOnlyList<LinkRecord> Link(IReadOnlyList<ExtractedPlan> plans, Lazy<AlignsWithRegions>? regions = null,
        Func<string, bool>? listed = null)
    {
        var ownRegions = OwnRegionsOf(plans, listed);
        var own = RegionsWithin(ownRegions, regions ?? new Lazy<AlignsWithRegions>(() => AlignsWithRegions.From(plans)));
        var entries = Entries(plans, Openings(ownRegions, own));
        if (entries.Count == 0) return [];

        var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<SameAsKey>();
        var members = new List<List<Entry>>();
        foreach (var entry in entries)
        {
            if (!keyIndex.TryGetValue(entry.Key.Signature, out var k))
            {
                k = keys.Count;
                keyIndex[entry.Key.Signature] = k;
                keys.Add(entry.Key);
                members.Add([]);
            }
            members[k].Add(entry);
        }
        // Only the first project of a key at each level is ever a target: the earliest plan, then the smallest id.
        var first = new Entry?[keys.Count, Ranks];
        for (var k = 0; k < keys.Count; k++)
        {
            foreach (var member in members[k])
            {
                var current = first[k, member.Rank];
                if (current is null || member.PlanOrder < current.PlanOrder
                    || (member.PlanOrder == current.PlanOrder && string.CompareOrdinal(member.Project.Id, current.Project.Id) < 0))
                {
                    first[k, member.Rank] = member;
                }
            }
        }

        var index = new SameAsIndex(keys, SameAsBlocks.Of(keys, own));
        var generic = Enumerable.Range(0, keys.Count).Select(i => index.IsGeneric(i)).ToArray();
        var neighbours = Neighbours(keys, index, generic, own);
        // Each entry is judged on its own (the index and the tables above are only read), so the
        // entries are judged in parallel and their links gathered in entry order.
        var found = new List<LinkRecord>?[entries.Count];
        Parallel.For(0, entries.Count, e =>
        {
            var entry = entries[e];
            var k = keyIndex[entry.Key.Signature];
            var similar = neighbours[k];
            for (var rank = 0; rank <= entry.Rank && rank < Ranks; rank++)
            {
                Entry? best = null;
                var bestConfidence = 0.0;
                string? bestBasis = null;
                // The entry's own key first (similarity 1), then the similar keys in key order.
                for (var c = -1; c < similar.Length; c++)
                {
                    var (other, score) = c < 0 ? (k, 1.0) : similar[c];
                    var target = first[other, rank];
                    if (target is null) continue;
                    if (target.PlanOrder >= entry.PlanOrder && rank == entry.Rank) continue;
                    var (basis, confidence) = Judge(entry.Key, target.Key, score, generic[k] || generic[other]);
                    if (best is null || confidence > bestConfidence
                        || (confidence == bestConfidence && target.PlanOrder < best.PlanOrder))
                    {
                        (best, bestConfidence, bestBasis) = (target, confidence, basis);
                    }
                }
                if (best is null) continue;
                (found[e] ??= []).Add(new LinkRecord(RelationshipTypes.SameAs, entry.Project.Id, best.Project.Id, entry.Project.Provenance,
                    SharedProps.Of("basis", bestBasis, "confidence", bestConfidence)));
            }
        });
        var links = new List<LinkRecord>();
        foreach (var list in found)
        {
            if (list is not null) links.AddRange(list);
        }
        return links;
    }

    // Plan levels by rank: province 0, city 1, district and zone 2 (PlanLevels.Rank).
    private const int Ranks = 3;

    /// <summary>How two keys match: the basis and the confidence.</summary>
    internal static (string Basis, double Confidence) Judge(SameAsKey a, SameAsKey b, double similarity, bool generic)
    {
        if (a.Folded == b.Folded) return (BasisName, generic ? 0.7 : 1.0);
        if (a.Core == b.Core)
        {
            var onePhase = a.Phases.Count > 0 != b.Phases.Count > 0;
            return (BasisNormalised, (generic, onePhase) switch { (false, false) => 0.9, (true, false) => 0.65, (false, true) => 0.75, _ => 0.55 });
        }
        return (BasisSimilar, Math.Round(0.85 * similarity, 3));
    }

    /// <summary>For each key, the other keys it may be the same project as (both directions, vetoes applied).</summary>
    private static (int Key, double Score)[][] Neighbours(List<SameAsKey> keys, SameAsIndex index, bool[] generic, Extraction.Projects.OwnRegions? own)
    {
        // Each key's similar keys are found independently (in parallel, into one buffer per
        // thread); a pair found from both sides keeps its higher score. Pairs are gathered as one
        // number each (low key, high key) and sorted, so the order they were found in (which
        // depends on the threads) does not matter, and each key's list comes out in key order.
        // Keys repeat a few combinations of areas and landmarks: whether two combinations conflict
        // is decided once per pair of combinations, not once per pair of keys.
        var placeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var place = keys.Select(k => k.PlaceSignature).Select(s => placeIds.TryGetValue(s, out var id) ? id : placeIds[s] = placeIds.Count).ToArray();
        // Each thread remembers the pairs of combinations it has judged: the judgement is pure, so two
        // threads judging one pair agree, and a plain dictionary per thread is cheaper to ask than a shared one.
        bool Conflicts(int i, int j, Dictionary<long, bool> judged)
        {
            if (place[i] != place[j])
            {
                var pair = ((long)place[i] << 32) | (uint)place[j];
                ref var conflict = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(judged, pair, out var known);
                if (!known) conflict = keys[i].PlacesConflict(keys[j], own);
                if (conflict) return true;
            }
            return keys[i].DetailsConflict(keys[j]);
        }
        var chunks = new List<(List<long> Pairs, List<double> Scores)>();
        Parallel.For(0, keys.Count, () => (Probe: new SameAsIndex.Probe(), Pairs: new List<long>(), Scores: new List<double>(), Judged: new Dictionary<long, bool>()), (i, _, local) =>
        {
            index.Similar(i, local.Probe);
            index.Abbreviated(i, local.Probe);
            foreach (var (j, score) in local.Probe.Found)
            {
                if (Conflicts(i, j, local.Judged)) continue;
                // A kind of project (文化活动中心, 生物医药产业园) is the same project only when named alike:
                // printed the same, or the same core with the same areas and phases.
                if ((generic[i] || generic[j]) && !(keys[i].Core == keys[j].Core
                    && (keys[i].Folded == keys[j].Folded || (keys[i].Areas.SequenceEqual(keys[j].Areas) && keys[i].Phases.SequenceEqual(keys[j].Phases))))) continue;
                local.Pairs.Add(((long)Math.Min(i, j) << 32) | (uint)Math.Max(i, j));
                local.Scores.Add(score);
            }
            return local;
        }, local =>
        {
            lock (chunks) chunks.Add((local.Pairs, local.Scores));
        });
        var count = chunks.Sum(c => c.Pairs.Count);
        var pairs = new long[count];
        var scores = new double[count];
        var at = 0;
        foreach (var (chunkPairs, chunkScores) in chunks)
        {
            chunkPairs.CopyTo(pairs, at);
            chunkScores.CopyTo(scores, at);
            at += chunkPairs.Count;
        }
        Array.Sort(pairs, scores);
        // Distinct pairs: their scores moved to the front, then each key's list sized before it is filled.
        var distinct = 0;
        for (var n = 0; n < count;)
        {
            var pair = pairs[n];
            var best = scores[n];
            for (n++; n < count && pairs[n] == pair; n++) best = Math.Max(best, scores[n]);
            (pairs[distinct], scores[distinct]) = (pair, best);
            distinct++;
        }
        var degree = new int[keys.Count];
        for (var n = 0; n < distinct; n++)
        {
            degree[(int)(pairs[n] >> 32)]++;
            degree[(int)(uint)pairs[n]]++;
        }
        var neighbours = new (int Key, double Score)[keys.Count][];
        for (var k = 0; k < keys.Count; k++) neighbours[k] = degree[k] == 0 ? [] : new (int, double)[degree[k]];
        Array.Clear(degree);
        for (var n = 0; n < distinct; n++)
        {
            var (i, j) = ((int)(pairs[n] >> 32), (int)(uint)pairs[n]);
            neighbours[i][degree[i]++] = (j, scores[n]);
            neighbours[j][degree[j]++] = (i, scores[n]);
        }
        return neighbours;
    }

    /// <summary>
    /// Each plan's projects once (a project listed by two owners is one node), in plan order, with
    /// their keys. A name without an area of its own lies in its
    /// plan's region: in its areas (长春市二道区 → 长春, 二道; none for 吉林省, whose plans may name a
    /// project anywhere in it), or, for a region of its own (沈阳市, 和平区, 长春十三市), in that region —
    /// a project of 沈阳市's plan is not one of 长春's printed alike. A name of such a plan opening with
    /// a region of its group lies there (<see cref="Openings"/>).
    /// </summary>
    private static List<Entry> Entries(IReadOnlyList<ExtractedPlan> plans, Dictionary<string, SameAsKey.Opening[]> openings)
    {
        // Plans repeat each other's names: each name has one key per set of region areas (the
        // only thing the region adds to a key), so plans of many regions with the same areas share
        // keys. Each slot's key is made in parallel, into its fixed place.
        var slots = new Dictionary<(string Name, string Areas), int>();
        var names = new List<(string Name, IReadOnlyList<string> Region, SameAsKey.Opening[]? Openings)>();
        var found = new List<(ProjectRecord Project, int PlanOrder, int Rank, int Slot)>();
        for (var order = 0; order < plans.Count; order++)
        {
            var plan = plans[order];
            var rank = PlanLevels.Rank(plan.Plan.Metadata.Level);
            var regionName = plan.Plan.Metadata.Region;
            var opening = openings.GetValueOrDefault(regionName);
            IReadOnlyList<string> region = opening is not null ? [regionName] : Extraction.Projects.ProjectPlaces.AreasOfRegion(regionName);
            var areas = string.Join("\u001f", region);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var project in plan.Facts.Projects)
            {
                if (!seen.Add(project.Id)) continue;
                if (!slots.TryGetValue((project.Name, areas), out var slot))
                {
                    slot = names.Count;
                    slots[(project.Name, areas)] = slot;
                    names.Add((project.Name, region, opening));
                }
                found.Add((project, order, rank, slot));
            }
        }
        // Plans of other regions repeat the names too: a name is reduced once per set of openings
        // (the region's areas aside), and the reduction is then placed in each region that names it.
        var reductions = new Dictionary<(string Name, SameAsKey.Opening[]? Openings), int>();
        var slotReduction = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var name = (names[i].Name, names[i].Openings);
            if (!reductions.TryGetValue(name, out var r)) reductions[name] = r = reductions.Count;
            slotReduction[i] = r;
        }
        var reduced = new SameAsKey[reductions.Count];
        Parallel.ForEach(reductions, pair => reduced[pair.Value] = SameAsKey.Of(pair.Key.Name, null, pair.Key.Openings));
        var keys = new SameAsKey[names.Count];
        Parallel.For(0, names.Count, i =>
        {
            keys[i] = reduced[slotReduction[i]].InRegion(names[i].Region);
            _ = keys[i].Signature;
        });
        return found.Select(f => new Entry(f.Project, f.PlanOrder, f.Rank, keys[f.Slot])).ToList();
    }

    /// <summary>
    /// The plans' regions that are areas of their own (<see cref="Extraction.Projects.ProjectPlaces.IsOwnRegion"/>),
    /// with their plans' level; and a region the gazetteer does not list whose name opens with one of
    /// them (the zone 长春十三莲花山…度假区 opens with 长春十三 of 长春十三市), which lies in it.
    /// </summary>
    private static Dictionary<string, OwnRegion> OwnRegionsOf(IReadOnlyList<ExtractedPlan> plans, Func<string, bool>? listed)
    {
        var own = new Dictionary<string, OwnRegion>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var region = plan.Plan.Metadata.Region;
            if (Extraction.Projects.ProjectPlaces.IsOwnRegion(region, listed)) own.TryAdd(region, new OwnRegion(plan.Plan.Metadata.Level, null));
        }
        if (own.Count == 0) return own;
        var forms = own.SelectMany(r => PrintedForms(r.Key, r.Value.Level)).ToList();
        foreach (var plan in plans)
        {
            var region = plan.Plan.Metadata.Region;
            if (own.ContainsKey(region) || listed?.Invoke(region) == true) continue;
            SameAsKey.Opening? opener = null;
            foreach (var f in forms)
            {
                if (f.Printed.Length < region.Length && f.Printed.Length > (opener?.Printed.Length ?? 0) && region.StartsWith(f.Printed, StringComparison.Ordinal)) opener = f;
            }
            if (opener is { } o) own.TryAdd(region, new OwnRegion(plan.Plan.Metadata.Level, o.Region));
        }
        return own;
    }

    private static IEnumerable<SameAsKey.Opening> PrintedForms(string region, string level)
    {
        yield return new SameAsKey.Opening(region, region);
        if (Extraction.Places.PlaceGazetteer.ShortForm(region, level) is { } stem) yield return new SameAsKey.Opening(stem, region);
    }

    /// <summary>A region of its own: its plans' level, and the region whose name opens its own, if any.</summary>
    private sealed record OwnRegion(string Level, string? OpenedBy);

    /// <summary>
    /// For each region of its own, how the names of its plans print the regions of its group (its
    /// own, the ones it lies in and the ones that lie in it): by full name, or without the ending
    /// where that is particular enough (长春十三 for 长春十三市), as the place rules read them.
    /// A name opening with one of them lies there, not in the province's area it starts with
    /// (长春十三市速度滑冰馆 is not in 长春).
    /// </summary>
    private static Dictionary<string, SameAsKey.Opening[]> Openings(Dictionary<string, OwnRegion> ownRegions, Extraction.Projects.OwnRegions? own)
    {
        var openings = new Dictionary<string, SameAsKey.Opening[]>(StringComparer.Ordinal);
        if (own is null) return openings;
        foreach (var group in ownRegions.Keys.GroupBy(own.GroupOf))
        {
            var printed = group.Order(StringComparer.Ordinal).SelectMany(r => PrintedForms(r, ownRegions[r].Level)).ToList();
            // A short form two regions of the group share says neither.
            var forms = printed.GroupBy(o => o.Printed).Where(g => g.Select(o => o.Region).Distinct().Count() == 1).Select(g => g.First()).ToArray();
            foreach (var region in group) openings[region] = forms;
        }
        return openings;
    }

    /// <summary>
    /// Which of the regions that are areas of their own lie in which, as the place hierarchy and the
    /// plans' texts tell (<see cref="AlignsWithRegions"/>: 和平区's plan prints 沈阳市和平区); null when
    /// there are none, as for a corpus of one province.
    /// </summary>
    private static Extraction.Projects.OwnRegions? RegionsWithin(Dictionary<string, OwnRegion> ownRegions, Lazy<AlignsWithRegions> lazyRegions)
    {
        if (ownRegions.Count == 0) return null;
        var regions = lazyRegions.Value;
        return new Extraction.Projects.OwnRegions(ownRegions.ToDictionary(r => r.Key,
            r => ownRegions.Keys.Where(o => o != r.Key && (o == r.Value.OpenedBy || regions.Within(r.Key, o))).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal));
    }

    private sealed record Entry(ProjectRecord Project, int PlanOrder, int Rank, SameAsKey Key);
}
