using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>Which slice of an ordered list a connection field returns.</summary>
public readonly record struct PageRequest(int Offset, int First)
{
    public const string FirstArgument = "first";
    public const string AfterArgument = "after";

    /// <summary>Reads <c>first</c> and <c>after</c>; both were range-checked during validation.</summary>
    public static PageRequest From(IResolveFieldContext context, ApiLimitsOptions limits)
    {
        var first = context.GetArgument(FirstArgument, limits.DefaultPageSize);
        CheckFirst(first, limits);
        var after = context.GetArgument<string?>(AfterArgument);
        var offset = after is null ? 0 : checked(Cursor.Decode(after, AfterArgument) + 1);
        return new PageRequest(offset, first);
    }

    public static void CheckFirst(int first, ApiLimitsOptions limits)
    {
        if (first < 0 || first > limits.MaxPageSize)
        {
            throw new ExecutionError($"'first' must be between 0 and {limits.MaxPageSize} (got {first}); page with 'after' to read more.")
            {
                Code = "PAGE_SIZE_OUT_OF_RANGE",
            };
        }
    }

    /// <summary>Adds <c>first</c> and <c>after</c> with their defaults and checks.</summary>
    public static FieldBuilder<TSource, TReturn> AddArguments<TSource, TReturn>(FieldBuilder<TSource, TReturn> field, ApiLimitsOptions limits) =>
        field
            .Argument<IntGraphType>(FirstArgument,
                $"How many items to return, 0 to {limits.MaxPageSize}; larger values are rejected.",
                a =>
                {
                    a.DefaultValue = limits.DefaultPageSize;
                    a.Validator = value => CheckFirst(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), limits);
                })
            .Argument<StringGraphType>(AfterArgument,
                "Return the items after this cursor (the endCursor of the previous page).",
                a => a.Validator = value => Cursor.Decode((string)value, AfterArgument));
}
