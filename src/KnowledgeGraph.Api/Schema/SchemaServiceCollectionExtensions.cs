using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Common.Connections;
using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Common.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL schema (graph types as singletons), the per-request loaders (scoped),
    /// <see cref="ApiLimitsOptions"/> bound from <c>Api:Limits</c>, the System.Text.Json serializer
    /// (Chinese unescaped) and <see cref="GraphQLExecutor"/>. The host registers the <c>IGraphStore</c>.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphSchema(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiLimitsOptions>().Bind(configuration.GetSection(ApiLimitsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiLimitsOptions>, ApiLimitsOptionsValidator>();

        services.AddOptions<ReadCacheOptions>().Bind(configuration.GetSection(ReadCacheOptions.SectionName))
            .Validate(o => o.MaxNodes >= 0 && o.MaxNodeRelationships >= 0, $"{ReadCacheOptions.SectionName}:MaxNodes and MaxNodeRelationships must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<GraphReadCache>();
        services.AddScoped<GraphReader>();
        services.AddScoped<NodeByIdDataLoader>();
        services.AddScoped<EdgesByNodeDataLoader>();
        services.AddScoped<NodesByPlanDataLoader>();

        foreach (var type in typeof(KnowledgeGraphSchema).Assembly.GetTypes())
        {
            if (type.IsClass && !type.IsAbstract && typeof(IGraphType).IsAssignableFrom(type) && type != typeof(KnowledgeGraphSchema))
            {
                services.AddSingleton(type);
            }
        }
        // Generic graph types are closed per node type when the schema is built.
        services.AddSingleton(typeof(NodeConnectionType<>));
        services.AddSingleton(typeof(NodeEdgeType<>));
        services.AddSingleton(typeof(LinkConnectionType<>));
        services.AddSingleton(typeof(LinkEdgeType<>));
        services.AddSingleton(typeof(OrderInputType<>));

        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<KnowledgeGraphSchema>()
                .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                .AddValidationRule<AliasLimitValidationRule>()
                // The complexity limit depends on the variables (first: $n), so it also runs for cached documents.
                .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true)
                .ConfigureExecution<DocumentCache>()
                // Resolvers mostly complete from memory (read cache, batched loaders): running sibling
                // fields on parallel tasks only adds scheduling and lock contention; batching works the same.
                .AddExecutionStrategy(SerialExecutionStrategy.Instance, OperationType.Query)
                .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = false);
            // GraphQL.NET's Configure registers ComplexityOptions itself, which the complexity rule takes.
            builder.Services.Configure<ComplexityOptions>((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<ApiLimitsOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                // Objects cost (a node read, a list cut); a scalar of an object already read is
                // nearly free, so wide selections of a few objects stay cheap while deep or
                // multiplied lists of objects do not.
                complexity.DefaultObjectImpact = 1;
                complexity.DefaultScalarImpact = 0.1;
                // Here, not in the HTTP host: every entry point (HTTP, kg query, tests) prices introspection alike.
                IntrospectionComplexity.Configure(complexity);
            });
        });

        services.AddSingleton<GraphQLExecutor>();
        return services;
    }
}
