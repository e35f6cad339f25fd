namespace KnowledgeGraph.Graph;

/// <summary>A node of the plan graph: a stable id, one label, its properties and where it was read.</summary>
public sealed record GraphNode(string Id, string Label, Props Props, Provenance Provenance);
