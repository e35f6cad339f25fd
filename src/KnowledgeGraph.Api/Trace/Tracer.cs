using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Trace;

/// <summary>
/// Breadth-first walk from one node across the chosen relationship types in one direction. Each
/// level costs at most three store queries (outgoing edges, incoming edges, nodes) whatever its
/// width. A node is visited once — the first parent to reach it in list order keeps it — so cycles
/// end; the node limit stops the walk and marks it truncated.
/// </summary>
public sealed class Tracer(GraphReader reader)
{
    public sealed record Request(string From, TraceDirection Direction, int MaxDepth, IReadOnlyCollection<string> Types, double MinConfidence, int MaxNodes);

    private readonly record struct Candidate(TraceStep Parent, int ParentIndex, GraphEdge Edge, bool Outgoing)
    {
        public string OtherId => Outgoing ? Edge.To : Edge.From;
    }

    public async Task<TraceResult?> TraceAsync(Request request, CancellationToken cancellationToken)
    {
        var start = (await reader.GetNodesAsync([request.From], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(request.From);
        if (start is null) return null;

        var root = new TraceStep(start, 0, null, null, true);
        var steps = new List<TraceStep> { root };
        var visited = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var frontier = new List<TraceStep> { root };
        string? truncation = null;
        var moreBeyond = false;

        for (var depth = 1; frontier.Count > 0; depth++)
        {
            var candidates = await CandidatesAsync(frontier, request, cancellationToken).ConfigureAwait(false);
            if (depth > request.MaxDepth)
            {
                moreBeyond = candidates.Any(c => !visited.Contains(c.OtherId));
                break;
            }
            var chosen = new List<Candidate>();
            foreach (var candidate in candidates)
            {
                if (steps.Count + chosen.Count >= request.MaxNodes)
                {
                    if (!visited.Contains(candidate.OtherId))
                    {
                        truncation = $"stopped at the limit of {request.MaxNodes} nodes at depth {depth}; narrow relationshipTypes, lower maxDepth or start further down";
                        break;
                    }
                    continue;
                }
                if (visited.Add(candidate.OtherId)) chosen.Add(candidate);
            }
            var nodes = await reader.GetNodesAsync(chosen.ConvertAll(c => c.OtherId), cancellationToken).ConfigureAwait(false);
            var next = new List<TraceStep>(chosen.Count);
            foreach (var candidate in chosen)
            {
                if (!nodes.TryGetValue(candidate.OtherId, out var node)) continue;
                var step = new TraceStep(node, depth, candidate.Parent, candidate.Edge, candidate.Outgoing);
                candidate.Parent.Children.Add(step);
                next.Add(step);
            }
            steps.AddRange(next);
            frontier = next;
            if (truncation is not null) break;
        }
        return new TraceResult(root, steps, request.Direction, request.MaxDepth, truncation is not null, truncation, moreBeyond);
    }

    /// <summary>The links leaving the frontier in the trace direction, in a stable order.</summary>
    private async Task<List<Candidate>> CandidatesAsync(List<TraceStep> frontier, Request request, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < frontier.Count; i++) index[frontier[i].Node.Id] = i;
        var keys = new List<EdgeKey>();
        foreach (var direction in new[] { EdgeDirection.Outgoing, EdgeDirection.Incoming })
        {
            foreach (var type in request.Types)
            {
                if (TraceRules.Follow(type, request.Direction) is var d && (d == direction || d == EdgeDirection.Both))
                {
                    keys.AddRange(frontier.Select(s => new EdgeKey(s.Node.Id, type, direction)));
                }
            }
        }
        var candidates = new List<Candidate>();
        foreach (var (key, edges) in await reader.GetEdgesAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            var outgoing = key.Direction == EdgeDirection.Outgoing;
            foreach (var edge in edges)
            {
                if (edge.Props.GetNumber(LinkProps.Confidence) is { } confidence && confidence < request.MinConfidence) continue;
                var parentId = outgoing ? edge.From : edge.To;
                if (!index.TryGetValue(parentId, out var parentIndex)) continue;
                candidates.Add(new Candidate(frontier[parentIndex], parentIndex, edge, outgoing));
            }
        }
        candidates.Sort(static (a, b) =>
        {
            var c = a.ParentIndex.CompareTo(b.ParentIndex);
            if (c == 0) c = RelationshipTypes.OrderOf(a.Edge.Type).CompareTo(RelationshipTypes.OrderOf(b.Edge.Type));
            if (c == 0) c = string.CompareOrdinal(a.Edge.Provenance.File, b.Edge.Provenance.File);
            if (c == 0) c = a.Edge.Provenance.LineStart.CompareTo(b.Edge.Provenance.LineStart);
            if (c == 0) c = string.CompareOrdinal(a.OtherId, b.OtherId);
            // A symmetric link stored both ways between the same two nodes: the outgoing copy first.
            if (c == 0) c = b.Outgoing.CompareTo(a.Outgoing);
            return c;
        });
        return candidates;
    }
}
