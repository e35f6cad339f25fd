using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Reading;

/// <summary>The items of a list a PDF sets out in columns: a box's projects two or three to a row.</summary>
internal static partial class PdfItems
{
    /// <summary>An item's mark: 1. / 1、 / （1） / (1) / ① / ●; not a number's point (3.6).</summary>
    [GeneratedRegex(@"^(\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|[①-⑳●•])")]
    private static partial Regex ItemMark();

    public static bool IsItem(string cell) => ItemMark().IsMatch(cell);
}
