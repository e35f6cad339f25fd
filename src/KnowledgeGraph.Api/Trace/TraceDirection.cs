namespace KnowledgeGraph.Api.Trace;

public enum TraceDirection
{
    /// <summary>From the general to the specific: province → city → district → project.</summary>
    Down,
    /// <summary>From the specific to the general: project → district goal → city goal → province goal.</summary>
    Up,
}
