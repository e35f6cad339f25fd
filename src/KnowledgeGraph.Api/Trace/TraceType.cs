using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Trace;

public sealed class TraceType : ObjectGraphType<TraceResult>
{
    public TraceType()
    {
        Name = "Trace";
        Description = "The tree of paths from a start node across levels, as a nested tree (root) and as a flat breadth-first list (steps).";
        Field<NonNullGraphType<TraceStepType>>("root").Description("The start node; follow children for the tree.")
            .Resolve(c => c.Source.Root);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TraceStepType>>>>("steps")
            .Description("Every step breadth first (the start first); parentId links each to its parent, for flat exports.")
            .Resolve(c => c.Source.Steps)
            .FieldType.WithComplexityImpact(1, 10);
        Field<NonNullGraphType<IntGraphType>>("nodeCount").Description("How many nodes the trace reached, the start included.")
            .Resolve(c => c.Source.Steps.Count);
        Field<NonNullGraphType<IntGraphType>>("depthReached").Description("The depth of the deepest step.")
            .Resolve(c => c.Source.Steps[^1].Depth);
        Field<NonNullGraphType<TraceDirectionEnum>>("direction").Description("The direction traced.")
            .Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<IntGraphType>>("maxDepth").Description("The depth limit used.")
            .Resolve(c => c.Source.MaxDepth);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the node limit stopped the trace early; the tree is then incomplete.")
            .Resolve(c => c.Source.Truncated);
        Field<StringGraphType>("truncationReason").Description("Why the trace stopped early; null when it was not truncated.")
            .Resolve(c => c.Source.TruncationReason);
        Field<NonNullGraphType<BooleanGraphType>>("moreBeyondMaxDepth").Description("True when the deepest nodes have further links that a larger maxDepth would follow.")
            .Resolve(c => c.Source.MoreBeyondMaxDepth);
    }
}
