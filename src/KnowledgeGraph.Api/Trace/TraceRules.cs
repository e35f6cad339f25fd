using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Rel = KnowledgeGraph.Graph.RelationshipTypes;

namespace KnowledgeGraph.Api.Trace;

/// <summary>
/// Which way each relationship leads "down": from the general to the specific, from the higher level
/// of government to the lower, from a plan to what carries it out. UP follows the opposite ends.
/// </summary>
public static class TraceRules
{
    /// <summary>The edge direction that leads down, seen from the node being expanded.</summary>
    public static readonly IReadOnlyDictionary<string, EdgeDirection> Down = new Dictionary<string, EdgeDirection>(StringComparer.Ordinal)
    {
        // Structure: Plan –HAS_SECTION→ Section –HAS_SECTION/HAS_COLUMN/STATES/LISTS→ …
        [Rel.HasSection] = EdgeDirection.Outgoing,
        [Rel.HasColumn] = EdgeDirection.Outgoing,
        [Rel.States] = EdgeDirection.Outgoing,
        [Rel.Lists] = EdgeDirection.Outgoing,
        // Across levels: Plan ←IMPLEMENTS– lower plan; Goal ←ALIGNS_WITH– lower goal; Goal ←SUPPORTS– Project.
        [Rel.Implements] = EdgeDirection.Incoming,
        [Rel.AlignsWith] = EdgeDirection.Incoming,
        [Rel.Supports] = EdgeDirection.Incoming,
        // A compilation contains its special plans: Plan ←PART_OF– sub-plan.
        [Rel.PartOf] = EdgeDirection.Incoming,
        // From a shared concept to what uses it: Strategy ←REFERS_TO– …, Indicator ←MEASURES– Goal, cited ←CITES– citing.
        [Rel.RefersTo] = EdgeDirection.Incoming,
        [Rel.Measures] = EdgeDirection.Incoming,
        [Rel.Cites] = EdgeDirection.Incoming,
        // The same project at another level is a peer: followed both ways, cycles are cut by the visited set.
        [Rel.SameAs] = EdgeDirection.Both,
        // Geography and bodies: from the area or body to what lies in it or what it issued or leads.
        [Rel.Within] = EdgeDirection.Incoming,
        [Rel.LocatedIn] = EdgeDirection.Incoming,
        [Rel.IssuedBy] = EdgeDirection.Incoming,
        [Rel.LedBy] = EdgeDirection.Incoming,
        [Rel.Covers] = EdgeDirection.Outgoing,
        [Rel.Mentions] = EdgeDirection.Outgoing,
    };

    /// <summary>
    /// Followed when the request names no types: structure and the cross-level links. Geography,
    /// bodies, mentions and citations fan out widely and are followed only when asked for.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultTypes =
    [
        Rel.HasSection, Rel.HasColumn, Rel.States, Rel.Lists, Rel.Implements, Rel.PartOf,
        Rel.AlignsWith, Rel.Supports, Rel.SameAs, Rel.Measures, Rel.RefersTo,
    ];

    /// <summary>The edge direction to follow for a type when tracing up or down.</summary>
    public static EdgeDirection Follow(string type, TraceDirection direction)
    {
        var down = Down[type];
        if (direction == TraceDirection.Down || down == EdgeDirection.Both) return down;
        return down == EdgeDirection.Outgoing ? EdgeDirection.Incoming : EdgeDirection.Outgoing;
    }

    static TraceRules()
    {
        // Every relationship of the contract must have a rule, or tracing it would fail at run time.
        var missing = RelationshipTypes.All.Where(t => !Down.ContainsKey(t)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException("no trace rule for " + string.Join(", ", missing));
    }
}
