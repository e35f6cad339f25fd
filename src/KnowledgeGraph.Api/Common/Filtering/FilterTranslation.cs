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
        if (depth >= maxDepth) throw TooDeep(maxDepth);
        return new FilterTranslation(maxDepth, depth + 1);
    }

    /// <summary>
    /// An argument validator refusing absurdly nested <c>where</c> values while the document is
    /// validated, before anything runs. It counts input objects, so the innermost condition object
    /// ({ eq: … }) is allowed one level beyond the limit that translation enforces exactly.
    /// </summary>
    public static Action<object> DepthValidator(int maxDepth) => value =>
    {
        if (Nesting(value, 0, maxDepth + 2) > maxDepth + 1) throw TooDeep(maxDepth);
    };

    private static int Nesting(object? value, int depth, int stopAt)
    {
        if (depth >= stopAt) return depth;
        return value switch
        {
            IDictionary<string, object?> fields => fields.Values.Select(v => Nesting(v, depth + 1, stopAt)).DefaultIfEmpty(depth + 1).Max(),
            IEnumerable<object?> items => items.Select(v => Nesting(v, depth, stopAt)).DefaultIfEmpty(depth).Max(),
            _ => depth,
        };
    }

    private static ExecutionError TooDeep(int maxDepth) =>
        new($"'where' is nested more than {maxDepth} levels deep (AND/OR/NOT and relationship filters each add a level).")
        {
            Code = "FILTER_TOO_DEEP",
        };

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
