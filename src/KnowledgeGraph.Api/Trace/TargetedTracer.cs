using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Trace;

/// <summary>
/// A trace that keeps only the paths reaching a target. The search is breadth first over (node,
/// waypoints passed so far), so a node reached first by a path that misses a waypoint can still be
/// reached again by one that passes it; each such state is visited once, which ends cycles and
/// makes every returned path a shortest one for its target. It may visit up to
/// <see cref="Request.MaxVisits"/> states (far more than an untargeted trace returns, since only
/// the paths are kept) and returns up to <see cref="Request.MaxPaths"/> paths, in order of length.
/// </summary>
public sealed class TargetedTracer(GraphReader reader)
{
    public sealed record Request(
        string From, TraceDirection Direction, int MaxDepth, IReadOnlyCollection<string> Types, double MinConfidence,
        TraceTarget To, IReadOnlyList<TraceTarget> Through, int MaxPaths, int MaxVisits);

    private sealed record State(GraphNode Node, int Passed, State? Parent, Link? Link, int Depth);

    public async Task<TraceResult?> TraceAsync(Request request, CancellationToken cancellationToken)
    {
        var plans = new Dictionary<string, GraphNode?>(StringComparer.Ordinal);
        var start = (await reader.GetNodesAsync([request.From], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(request.From);
        if (start is null) return null;
        await LoadPlansAsync([start], plans, cancellationToken).ConfigureAwait(false);

        var root = new State(start, Advance(0, start, request, plans), null, null, 0);
        var visited = new HashSet<(string, int)> { (start.Id, root.Passed) };
        var found = new List<State>();
        var frontier = new List<State> { root };
        string? truncation = null;
        var moreBeyond = false;

        for (var depth = 1; frontier.Count > 0 && truncation is null; depth++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = frontier.Select(s => s.Node.Id).Distinct(StringComparer.Ordinal).ToList();
            var links = await TraceLinks.FromAsync(reader, ids, request.Direction, request.Types, request.MinConfidence, cancellationToken).ConfigureAwait(false);
            if (depth > request.MaxDepth)
            {
                moreBeyond = links.Count > 0;
                break;
            }
            var far = links.Values.SelectMany(l => l).Select(l => l.OtherId).Distinct(StringComparer.Ordinal).ToList();
            var nodes = await reader.GetNodesAsync(far, cancellationToken).ConfigureAwait(false);
            await LoadPlansAsync(nodes.Values, plans, cancellationToken).ConfigureAwait(false);
            var next = new List<State>();
            foreach (var state in frontier)
            {
                foreach (var link in links.GetValueOrDefault(state.Node.Id) ?? [])
                {
                    if (!nodes.TryGetValue(link.OtherId, out var node)) continue;
                    var passed = Advance(state.Passed, node, request, plans);
                    if (!visited.Add((node.Id, passed))) continue;
                    if (visited.Count > request.MaxVisits)
                    {
                        truncation = $"searched the limit of {request.MaxVisits} nodes (MaxTraceSearchNodes) at depth {depth}; more paths may exist: narrow the target, add 'through' or lower maxDepth";
                        break;
                    }
                    var reached = new State(node, passed, state, link, depth);
                    if (passed == request.Through.Count && request.To.Matches(node, PlanOf(node, plans)))
                    {
                        // A target ends its path: what lies beyond it is not what was asked for.
                        found.Add(reached);
                        if (found.Count == request.MaxPaths)
                        {
                            truncation = $"returned the first {request.MaxPaths} paths (maxPaths); more may exist";
                            break;
                        }
                        continue;
                    }
                    next.Add(reached);
                }
                if (truncation is not null) break;
            }
            frontier = next;
        }
        return Build(start, found, request, visited.Count, truncation, moreBeyond);
    }

    private static TraceResult Build(GraphNode start, List<State> found, Request request, int searched, string? truncation, bool moreBeyond)
    {
        // The pruned tree: the union of the paths, one step per search state, children in the order their paths were found.
        var root = new TraceStep(start, 0, null, null, true);
        var steps = new Dictionary<State, TraceStep>(ReferenceEqualityComparer.Instance);
        var paths = new List<TracePath>(found.Count);
        foreach (var target in found)
        {
            var chain = new List<State>();
            for (var s = target; s.Parent is not null; s = s.Parent) chain.Add(s);
            chain.Reverse();
            var path = new List<TraceStep> { root };
            var parent = root;
            foreach (var state in chain)
            {
                if (!steps.TryGetValue(state, out var step))
                {
                    step = new TraceStep(state.Node, state.Depth, parent, state.Link!.Value.Edge, state.Link.Value.Outgoing);
                    parent.Children.Add(step);
                    steps.Add(state, step);
                }
                path.Add(step);
                parent = step;
            }
            paths.Add(new TracePath(path));
        }
        // Level order of the tree is breadth first: the start, then depth 1, …
        var flat = new List<TraceStep> { root };
        for (var i = 0; i < flat.Count; i++) flat.AddRange(flat[i].Children);
        return new TraceResult(root, flat, request.Direction, request.MaxDepth, truncation is not null, truncation, moreBeyond)
        {
            Paths = paths,
            NodesSearched = searched,
        };
    }

    /// <summary>How many waypoints a path has passed once it reaches this node.</summary>
    private static int Advance(int passed, GraphNode node, Request request, Dictionary<string, GraphNode?> plans) =>
        passed < request.Through.Count && request.Through[passed].Matches(node, PlanOf(node, plans)) ? passed + 1 : passed;

    private static GraphNode? PlanOf(GraphNode node, Dictionary<string, GraphNode?> plans) =>
        TraceTarget.PlanIdOf(node) is { } planId ? plans.GetValueOrDefault(planId) : null;

    /// <summary>Reads the plans of these nodes not read yet (a handful per trace: one per plan of the corpus at most).</summary>
    private async Task LoadPlansAsync(IEnumerable<GraphNode> nodes, Dictionary<string, GraphNode?> plans, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var node in nodes)
        {
            if (node.Label == Labels.Plan) plans[node.Id] = node;
            else if (TraceTarget.PlanIdOf(node) is { } planId && !plans.ContainsKey(planId)) missing.Add(planId);
        }
        if (missing.Count == 0) return;
        var read = await reader.GetNodesAsync(missing.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var planId in missing) plans[planId] = read.GetValueOrDefault(planId);
    }
}
