namespace KnowledgeGraph.Api.Trace;

/// <summary>One path of a targeted trace: its steps from the start to a node matching the target.</summary>
public sealed record TracePath(IReadOnlyList<TraceStep> Steps)
{
    public TraceStep Target => Steps[^1];
}
