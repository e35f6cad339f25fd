using KnowledgeGraph.Api.Common.Loading;

namespace KnowledgeGraph.Api.Trace;

/// <summary>
/// Breadth-first walk from one node across the chosen relationship types in one direction. Each
/// level costs at most three store queries (outgoing edges, incoming edges, nodes) whatever its
/// width, fewer when the read cache holds them. A node is visited once — the first parent to
/// reach it in list order keeps it — so cycles end; the node limit stops the walk and marks it truncated.
/// </summary>
public sealed class Tracer(GraphReader reader)
{
    public sealed record Request(string From, TraceDirection Direction, int MaxDepth, IReadOnlyCollection<string> Types, double MinConfidence, int MaxNodes);

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
            cancellationToken.ThrowIfCancellationRequested();
            var links = await TraceLinks.FromAsync(reader, frontier.ConvertAll(s => s.Node.Id), request.Direction, request.Types, request.MinConfidence, cancellationToken)
                .ConfigureAwait(false);
            var candidates = frontier.SelectMany(parent => links.GetValueOrDefault(parent.Node.Id) ?? [], (parent, link) => (Parent: parent, Link: link));
            if (depth > request.MaxDepth)
            {
                moreBeyond = candidates.Any(c => !visited.Contains(c.Link.OtherId));
                break;
            }
            var chosen = new List<(TraceStep Parent, Common.Link Link)>();
            foreach (var candidate in candidates)
            {
                if (steps.Count + chosen.Count >= request.MaxNodes)
                {
                    if (!visited.Contains(candidate.Link.OtherId))
                    {
                        truncation = $"stopped at the limit of {request.MaxNodes} nodes at depth {depth}; narrow relationshipTypes, lower maxDepth, start further down or give a target ('to')";
                        break;
                    }
                    continue;
                }
                if (visited.Add(candidate.Link.OtherId)) chosen.Add(candidate);
            }
            var nodes = await reader.GetNodesAsync(chosen.ConvertAll(c => c.Link.OtherId), cancellationToken).ConfigureAwait(false);
            var next = new List<TraceStep>(chosen.Count);
            foreach (var (parent, link) in chosen)
            {
                if (!nodes.TryGetValue(link.OtherId, out var node)) continue;
                var step = new TraceStep(node, depth, parent, link.Edge, link.Outgoing);
                parent.Children.Add(step);
                next.Add(step);
            }
            steps.AddRange(next);
            frontier = next;
            if (truncation is not null) break;
        }
        return new TraceResult(root, steps, request.Direction, request.MaxDepth, truncation is not null, truncation, moreBeyond);
    }
}
