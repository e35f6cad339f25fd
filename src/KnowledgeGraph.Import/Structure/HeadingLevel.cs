using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>A heading paragraph with the level the outline gives it: lower ranks are wider divisions.</summary>
internal sealed record HeadingLevel(Paragraph Paragraph, HeadingShape Shape, int Rank)
{
    /// <summary>Divisions a document numbers 第X篇/章/节 are always structure; 一、（一）1. may be list items inside a box.</summary>
    public bool IsMajor => Shape.Marker is HeadingMarker.Part or HeadingMarker.Chapter or HeadingMarker.Section or HeadingMarker.Named or HeadingMarker.Decimal;

    /// <summary>A decimal number ranks by its depth: 1.1 as a 节, 1.1.1 one below, and so on.</summary>
    public static int RankOf(HeadingShape shape) =>
        shape.Marker == HeadingMarker.Decimal ? Math.Min(2 + shape.Number.Count(c => c == '.'), 6) : RankOf(shape.Marker);

    public static int RankOf(HeadingMarker marker) => marker switch
    {
        HeadingMarker.Part => 1,
        HeadingMarker.Chapter => 2,
        HeadingMarker.Section => 3,
        HeadingMarker.ChineseNumeral => 4,
        HeadingMarker.ParenNumeral => 5,
        HeadingMarker.Arabic => 6,
        // A named division (前言) stands beside the first-level divisions; ranked here so that
        // only narrower numbered headings (一、…) nest under it.
        HeadingMarker.Named => 3,
        _ => 1,
    };
}
