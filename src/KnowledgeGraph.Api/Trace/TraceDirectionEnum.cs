using GraphQL.Types;

namespace KnowledgeGraph.Api.Trace;

public sealed class TraceDirectionEnum : EnumerationGraphType
{
    public TraceDirectionEnum()
    {
        Name = "TraceDirection";
        Description = "Which way a trace walks the graph; see Query.trace for the rule per relationship type.";
        Add("DOWN", TraceDirection.Down, "From the general to the specific: plan → sections → goals; province → city → district goals → projects.");
        Add("UP", TraceDirection.Up, "From the specific to the general: project → goals it supports → the higher-level goals they align with → plans.");
    }
}
