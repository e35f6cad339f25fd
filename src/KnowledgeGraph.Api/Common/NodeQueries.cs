using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common;

/// <summary>Query.node and Query.nodes: fetch anything by its global id.</summary>
public static class NodeQueries
{
    public static void Add(ObjectGraphType query, ApiLimitsOptions limits)
    {
        query.Field<NodeInterface>("node").Description("The node with this id, of any label; null when no node has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A node id (plan_…, goal_…, proj_…).")
            .Resolve(c => c.NodeLoader().Load(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"The nodes with these ids, in the same order; null where no node has the id. At most {limits.MaxPageSize} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"Node ids, at most {limits.MaxPageSize}.",
                a => a.Validator = value =>
                {
                    var count = ((System.Collections.IEnumerable)value).Cast<object>().Count();
                    if (count > limits.MaxPageSize)
                    {
                        throw new ExecutionError($"'ids' holds {count} ids; at most {limits.MaxPageSize} are allowed per request.") { Code = "TOO_MANY_IDS" };
                    }
                })
            .Resolve(c => c.NodeLoader().LoadMany(c.GetArgument<List<string>>("ids")));
    }

    /// <summary>Loads a node and returns it only when it has the expected label.</summary>
    public static GraphQL.DataLoader.IDataLoaderResult<GraphNode?> LoadLabelled(IResolveFieldContext context, string id, string label) =>
        Loading.DataLoaderResultExtensions.Then(context.NodeLoader().Load(id), n => n?.Label == label ? n : null);
}
