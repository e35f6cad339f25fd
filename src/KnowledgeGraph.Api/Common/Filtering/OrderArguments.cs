using GraphQL;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>Reads an <c>orderBy: [XOrder!]</c> argument into store sort keys.</summary>
public static class OrderArguments
{
    public const string ArgumentName = "orderBy";

    public static IReadOnlyList<NodeOrder>? From(IResolveFieldContext context)
    {
        if (!context.HasArgument(ArgumentName)) return null;
        var items = context.GetArgument<List<object?>?>(ArgumentName);
        if (items is null || items.Count == 0) return null;
        return items.OfType<IDictionary<string, object?>>()
            .Select(d => new NodeOrder((string)d["field"]!, d.TryGetValue("direction", out var desc) && desc is true))
            .ToList();
    }
}
