using KnowledgeGraph.Api.GraphiQL;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Schema;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

public static class KnowledgeGraphApiExtensions
{
    /// <summary>The path of the GraphQL endpoint (and, for browsers, of GraphiQL).</summary>
    public const string GraphQLPath = "/graphql";

    private const string CorsPolicy = "KnowledgeGraph";

    /// <summary>
    /// The GraphQL schema and executor, the HTTP endpoint, GraphiQL, CORS and the store health
    /// check. Needs <c>AddGraphStore()</c> and <c>AddGraphCache()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeGraphApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddKnowledgeGraphSchema(builder.Configuration);
        services.AddOptions<GraphiQLOptions>().Bind(builder.Configuration.GetSection(GraphiQLOptions.SectionName));
        services.AddOptions<CrossOriginOptions>().Bind(builder.Configuration.GetSection(CrossOriginOptions.SectionName));

        services.AddSingleton<GraphiQLAssets>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<GraphQLExecution>();
        services.AddSingleton<GraphQLHttpEndpoint>();

        services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("store");
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, settings) =>
            cors.AddPolicy(CorsPolicy, policy => ConfigureCors(policy, settings.Value)));
        return builder;
    }

    /// <summary>Maps POST/GET /graphql (GraphiQL for browsers), the IDE's assets and /healthz.</summary>
    public static WebApplication MapKnowledgeGraph(this WebApplication app)
    {
        app.UseCors();
        app.MapMethods(GraphQLPath, [HttpMethods.Get, HttpMethods.Post], (HttpContext context, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(context))
            .RequireCors(CorsPolicy)
            .WithName("GraphQL");
        app.MapGraphiQLAssets(GraphQLPath);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        // Someone opening the bare address in a browser most likely wants the IDE.
        app.MapGet("/", () => Results.Redirect(GraphQLPath)).ExcludeFromDescription();
        return app;
    }

    private static void ConfigureCors(CorsPolicyBuilder policy, CrossOriginOptions settings)
    {
        var origins = settings.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
        if (origins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            // No origins: the policy matches nothing and no CORS headers are sent.
            policy.WithOrigins(origins);
        }

        policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            .WithExposedHeaders(GraphQLResponseWriter.CacheHeader)
            .SetPreflightMaxAge(settings.PreflightMaxAge);
    }
}
