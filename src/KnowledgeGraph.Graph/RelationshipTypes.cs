namespace KnowledgeGraph.Graph;

/// <summary>Relationship types fixed by the graph contract (MODEL.md).</summary>
public static class RelationshipTypes
{
    public const string PartOf = "PART_OF";
    public const string Implements = "IMPLEMENTS";
    public const string Cites = "CITES";
    public const string HasSection = "HAS_SECTION";
    public const string HasColumn = "HAS_COLUMN";
    public const string States = "STATES";
    public const string Measures = "MEASURES";
    public const string Lists = "LISTS";
    public const string Mentions = "MENTIONS";
    public const string LocatedIn = "LOCATED_IN";
    public const string LedBy = "LED_BY";
    public const string IssuedBy = "ISSUED_BY";
    public const string Covers = "COVERS";
    public const string Within = "WITHIN";
    public const string RefersTo = "REFERS_TO";
    public const string AlignsWith = "ALIGNS_WITH";
    public const string SameAs = "SAME_AS";
    public const string Supports = "SUPPORTS";

    public static readonly IReadOnlyList<string> All =
    [
        PartOf, Implements, Cites, HasSection, HasColumn, States, Measures, Lists, Mentions,
        LocatedIn, LedBy, IssuedBy, Covers, Within, RefersTo, AlignsWith, SameAs, Supports,
    ];

    /// <summary>Links the importer infers rather than reads; they carry basis and confidence.</summary>
    public static readonly IReadOnlySet<string> Derived =
        new HashSet<string>(StringComparer.Ordinal) { Implements, AlignsWith, SameAs, Supports };

    public static int OrderOf(string type)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == type) return i;
        }
        return All.Count;
    }

    public static bool IsKnown(string type) => OrderOf(type) < All.Count;
}
