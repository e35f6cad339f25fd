using GraphQL;
using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Common;

/// <summary>Per-request services for singleton graph types (they must not capture scoped services).</summary>
public static class RequestServices
{
    public static IServiceProvider Services(this IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices must be set to the request's service scope");

    public static NodeByIdDataLoader NodeLoader(this IResolveFieldContext context) =>
        context.UserContext is RequestContext request ? request.NodeLoader : context.Services().GetRequiredService<NodeByIdDataLoader>();

    public static EdgesByNodeDataLoader EdgeLoader(this IResolveFieldContext context) =>
        context.UserContext is RequestContext request ? request.EdgeLoader : context.Services().GetRequiredService<EdgesByNodeDataLoader>();

    public static NodesByPlanDataLoader PlanNodeLoader(this IResolveFieldContext context) =>
        context.UserContext is RequestContext request ? request.PlanNodeLoader : context.Services().GetRequiredService<NodesByPlanDataLoader>();

    /// <summary>Node and relationship reads through the shared read cache.</summary>
    public static GraphReader Reader(this IResolveFieldContext context) =>
        context.UserContext is RequestContext request ? request.Reader : context.Services().GetRequiredService<GraphReader>();

    public static IGraphStore Store(this IResolveFieldContext context) => context.Services().GetRequiredService<IGraphStore>();

    public static ApiLimitsOptions Limits(this IResolveFieldContext context) =>
        context.Services().GetRequiredService<IOptions<ApiLimitsOptions>>().Value;
}
