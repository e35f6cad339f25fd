using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>Tracks the nesting depth while a <c>where</c> value is translated, so hostile nesting is refused.</summary>
public sealed class FilterTranslation(int maxDepth, int depth = 1)
{
    public int Depth => depth;

    public FilterTranslation Deeper()
    {
        if (depth >= maxDepth)
        {
            throw new ExecutionError($"'where' is nested more than {maxDepth} levels deep (AND/OR/NOT and relationship filters each add a level).")
            {
                Code = "FILTER_TOO_DEEP",
            };
        }
        return new FilterTranslation(maxDepth, depth + 1);
    }

    /// <summary>Translates the <c>where</c> argument of the field being resolved, if any.</summary>
    public static NodeFilter? FromArgument(IResolveFieldContext context, ApiLimitsOptions limits, string argumentName = "where")
    {
        if (!context.HasArgument(argumentName)) return null;
        var value = context.GetArgument<IDictionary<string, object?>?>(argumentName);
        if (value is null) return null;
        var type = context.FieldDefinition.Arguments?.Find(argumentName)?.ResolvedType?.GetNamedType() as IFilterInput
            ?? throw new InvalidOperationException($"argument '{argumentName}' of {context.FieldDefinition.Name} is not a filter input");
        return type.Translate(value, new FilterTranslation(limits.MaxFilterDepth));
    }
}
