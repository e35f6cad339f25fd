using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// Numbered lines that are a list, not headings: “1. 《…法》” followed directly by “2. 《…》”.
/// A heading governs some text; an item in a run of numbered lines with nothing between them
/// governs none.
/// </summary>
internal static class ListItems
{
    /// <param name="shapes">Each paragraph's heading shape (<see cref="HeadingShapes.OfHeadings"/>).</param>
    public static HashSet<int> Find(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes)
    {
        var items = new HashSet<int>();
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (!IsArabicHeading(paragraphs[i], shapes[i]) || !IsArabicHeading(paragraphs[i + 1], shapes[i + 1])) continue;
            items.Add(i);
            items.Add(i + 1);
        }
        return items;
    }

    private static bool IsArabicHeading(Paragraph p, HeadingShape? shape) =>
        p.Kind == ParagraphKind.Heading && shape is { Marker: HeadingMarker.Arabic };
}
