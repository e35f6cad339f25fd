using KnowledgeGraph.Api.Common.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Common;

/// <summary>
/// The request's loaders, resolved from its service scope once instead of once per field (a
/// relationship field needs two, and a scoped resolution takes the scope's lock). Travels as the
/// execution's user context, which GraphQL.NET hands to every resolver.
/// </summary>
internal sealed class RequestContext(IServiceProvider services) : Dictionary<string, object?>
{
    private NodeByIdDataLoader? _nodes;
    private EdgesByNodeDataLoader? _edges;
    private NodesByPlanDataLoader? _planNodes;
    private GraphReader? _reader;

    // A race only resolves the same scoped instance twice.
    public NodeByIdDataLoader NodeLoader => _nodes ??= services.GetRequiredService<NodeByIdDataLoader>();

    public EdgesByNodeDataLoader EdgeLoader => _edges ??= services.GetRequiredService<EdgesByNodeDataLoader>();

    public NodesByPlanDataLoader PlanNodeLoader => _planNodes ??= services.GetRequiredService<NodesByPlanDataLoader>();

    public GraphReader Reader => _reader ??= services.GetRequiredService<GraphReader>();
}
