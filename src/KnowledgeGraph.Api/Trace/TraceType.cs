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
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when a limit stopped the trace early (MaxTraceNodes; with 'to', MaxTraceSearchNodes or maxPaths): the tree is then incomplete.")
            .Resolve(c => c.Source.Truncated);
        Field<StringGraphType>("truncationReason").Description("Why the trace stopped early; null when it was not truncated.")
            .Resolve(c => c.Source.TruncationReason);
        Field<ListGraphType<NonNullGraphType<TracePathType>>>("paths")
            .Description("For a trace with 'to': each path from the start to a matching node (through the 'through' nodes in order), shortest first; null without 'to'.")
            .Resolve(c => c.Source.Paths)
            .FieldType.WithComplexityImpact(1, 10);
        Field<IntGraphType>("nodesSearched")
            .Description("For a trace with 'to': how many nodes the search visited to find the paths (a node counts once per number of 'through' nodes passed); null without 'to'.")
            .Resolve(c => c.Source.NodesSearched);
        Field<NonNullGraphType<BooleanGraphType>>("moreBeyondMaxDepth").Description("True when the deepest nodes have further links that a larger maxDepth would follow.")
            .Resolve(c => c.Source.MoreBeyondMaxDepth);
    }
}
