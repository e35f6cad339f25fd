using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// Numbered lines that are a list, not headings: “1. 《…法》” followed directly by “2. 《…》”.
/// A heading governs some text; an item in a run of numbered lines with nothing between them
/// governs none.
/// </summary>
internal static class ListItems
{
    public static HashSet<int> Find(IReadOnlyList<Paragraph> paragraphs)
    {
        var items = new HashSet<int>();
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (!IsArabicHeading(paragraphs[i]) || !IsArabicHeading(paragraphs[i + 1])) continue;
            items.Add(i);
            items.Add(i + 1);
        }
        return items;
    }

    private static bool IsArabicHeading(Paragraph p) =>
        p.Kind == ParagraphKind.Heading && HeadingShapes.Match(p.Text) is { Marker: HeadingMarker.Arabic };
}
