namespace KnowledgeGraph.Api.Common;

/// <summary>Property names carried by derived relationships (MODEL.md).</summary>
public static class LinkProps
{
    public const string Basis = "basis";
    public const string Confidence = "confidence";
    public const string Role = "role";
}
