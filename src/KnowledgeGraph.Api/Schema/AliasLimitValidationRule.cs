using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Common;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// Refuses documents with more aliased fields than <see cref="ApiLimitsOptions.MaxAliases"/>: thousands
/// of aliases of a cheap field stay under the complexity limit yet multiply the work.
/// </summary>
public sealed class AliasLimitValidationRule(IOptions<ApiLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxAliases;
        var count = 0;
        foreach (var definition in context.Document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition op => op.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null) count += CountAliases(selections, max);
            if (count > max) break;
        }
        if (count > max)
        {
            context.ReportError(new ValidationError(context.Document.Source, "ALIAS_LIMIT",
                $"The document uses more than {max} aliases; fetch many nodes at once with nodes(ids: […]) instead."));
        }
        return default;
    }

    private static int CountAliases(GraphQLSelectionSet set, int stopAfter)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            var inner = selection switch
            {
                GraphQLField field => field.SelectionSet,
                GraphQLInlineFragment inline => inline.SelectionSet,
                _ => null,
            };
            if (selection is GraphQLField { Alias: not null }) count++;
            if (inner is not null) count += CountAliases(inner, stopAfter - count);
            if (count > stopAfter) break;
        }
        return count;
    }
}
