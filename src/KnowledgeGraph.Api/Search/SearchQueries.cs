using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Common.Connections;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Search;

/// <summary>Query.search: ranked full-text search over names, titles, texts and source quotes.</summary>
public static class SearchQueries
{
    public static void Add(ObjectGraphType query, ApiLimitsOptions limits)
    {
        var field = query.Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description("Ranked full-text search. Chinese terms of any length match (冰雪, 汽车, 森林覆盖率); several terms separated by spaces must all match.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The words to find, at most {limits.MaxSearchTextLength} characters.",
                a => a.Validator = value => CheckText((string)value, limits))
            .Argument<ListGraphType<NonNullGraphType<NodeLabelEnum>>>("labels", "Only nodes of these labels; all labels when absent or empty.");
        PageRequest.AddArguments(field, limits).ResolveAsync(async context =>
        {
            var page = PageRequest.From(context, limits);
            var text = context.GetArgument<string>("text").Trim();
            CheckText(text, limits);
            var labels = context.GetArgument<List<string>?>("labels");
            var result = await context.Store()
                .SearchAsync(new SearchQuery(text, labels is { Count: > 0 } ? labels : null, page.First, page.Offset), context.CancellationToken)
                .ConfigureAwait(false);
            return Connection.FromPage(result.Hits, page, result.TotalCount, (hit, cursor) => new SearchEdge(cursor, hit));
        }).FieldType.Expect(limits);
    }

    private static void CheckText(string text, ApiLimitsOptions limits)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExecutionError("'text' must contain at least one non-space character.") { Code = "EMPTY_SEARCH" };
        }
        if (text.Length > limits.MaxSearchTextLength)
        {
            throw new ExecutionError($"'text' is {text.Length} characters long; at most {limits.MaxSearchTextLength} are allowed.") { Code = "SEARCH_TOO_LONG" };
        }
    }
}
