using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeGraph.Api.Common.Connections;
using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common;

/// <summary>Top-level lists of one label: <c>where</c>, <c>orderBy</c>, <c>first</c>, <c>after</c>, answered by one store query.</summary>
public static class NodeListField
{
    public static FieldBuilder<object?, object> AddNodeList<TNodeType, TFilterType, TOrderFieldEnum>(
        this ObjectGraphType query, string name, string label, string description, ApiLimitsOptions limits,
        Func<IResolveFieldContext, IEnumerable<NodeFilter>>? extraConditions = null,
        Action<FieldBuilder<object?, object>>? leadingArguments = null)
        where TNodeType : IGraphType
        where TFilterType : IGraphType, IFilterInput
        where TOrderFieldEnum : EnumerationGraphType
    {
        var field = query.Field<NonNullGraphType<NodeConnectionType<TNodeType>>>(name).Description(description);
        leadingArguments?.Invoke(field);
        field.Argument<TFilterType>("where", "Only nodes matching this filter.")
            .Argument<ListGraphType<NonNullGraphType<OrderInputType<TOrderFieldEnum>>>>(OrderArguments.ArgumentName,
                "Sort keys; without them the list keeps the store's import (document) order.");
        return PageRequest.AddArguments(field, limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context, limits);
                var conditions = new List<NodeFilter>();
                if (FilterTranslation.FromArgument(context, limits) is { } where) conditions.Add(where);
                if (extraConditions is not null) conditions.AddRange(extraConditions(context));
                var query = new NodeQuery(label, FilterCombinations.All(conditions), OrderArguments.From(context), page.First, page.Offset);
                var result = await context.Store().FindNodesAsync(query, context.CancellationToken).ConfigureAwait(false);
                return Connection.FromPage(result.Nodes, page, result.TotalCount, (n, cursor) => new NodeEdge(cursor, n));
            })
            .Configure(f => f.Expect(limits));
    }
}
