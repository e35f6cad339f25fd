using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Trace;

public sealed class TracePathType : ObjectGraphType<TracePath>
{
    public TracePathType()
    {
        Name = "TracePath";
        Description = "A path of a targeted trace, from the start node to a node matching 'to', through the 'through' nodes in order.";
        Field<NonNullGraphType<TraceStepType>>("target").Description("The node reached (the path's last step).")
            .Resolve(c => c.Source.Target);
        Field<NonNullGraphType<IntGraphType>>("length").Description("Links on the path.")
            .Resolve(c => c.Source.Steps.Count - 1);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TraceStepType>>>>("steps")
            .Description("The steps from the start (first) to the target (last).")
            .Resolve(c => c.Source.Steps)
            .FieldType.WithComplexityImpact(1, 10);
    }
}
