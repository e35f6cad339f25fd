using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>A plan with what the extract pass found in it: the unit the link pass works on.</summary>
public sealed record ExtractedPlan(StructuredPlan Plan, PlanFacts Facts);
