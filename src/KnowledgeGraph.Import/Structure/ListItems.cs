using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// Numbered lines that are a list, not headings: “1. 《…法》” followed directly by “2. 《…》”.
/// A heading governs some text; an item in a run of numbered lines with nothing between them
/// governs none. A numbered line that only names a document (“2. 《太阳能资源评估方法》（GB / T37526—2019）”)
/// is an item of a list of sources even where its neighbour, too long for a heading, did not make a run with it.
/// </summary>
internal static class ListItems
{
    /// <param name="shapes">Each paragraph's heading shape (<see cref="HeadingShapes.OfHeadings"/>).</param>
    public static HashSet<int> Find(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes)
    {
        var items = new HashSet<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!IsArabicHeading(paragraphs[i], shapes[i])) continue;
            if (shapes[i]!.Title.StartsWith('《')) items.Add(i);
            if (i + 1 < paragraphs.Count && IsArabicHeading(paragraphs[i + 1], shapes[i + 1]))
            {
                items.Add(i);
                items.Add(i + 1);
            }
        }
        return items;
    }

    private static bool IsArabicHeading(Paragraph p, HeadingShape? shape) =>
        p.Kind == ParagraphKind.Heading && shape is { Marker: HeadingMarker.Arabic };
}
