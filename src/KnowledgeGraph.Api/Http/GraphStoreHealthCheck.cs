using KnowledgeGraph.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Healthy when the store answers and holds a graph; reports the graph version so operators can
/// see which import is being served (and compare several API processes).
/// </summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await store.GetVersionAsync(cancellationToken);
            var data = new Dictionary<string, object>
            {
                ["store"] = store.GetType().Name,
                ["reachable"] = true,
                ["graphVersion"] = (object?)version ?? "none",
            };
            return version is null
                ? HealthCheckResult.Unhealthy("The store is reachable but holds no graph; run `kg import`.", data: data)
                : HealthCheckResult.Healthy("The store is reachable and holds a graph.", data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(
                $"The store is not reachable: {exception.Message}",
                data: new Dictionary<string, object> { ["store"] = store.GetType().Name, ["reachable"] = false });
        }
    }
}
