using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// Running headers and footers: a line at a page's top or bottom edge whose text (its digits aside)
/// stands at the same height on most pages is the document's, not the plan's (页眉: the plan's title on
/// every page; the page number); so is one that stands on three pages or more in a page's margin, the
/// top or bottom fourteenth of it, where body text does not reach (a header naming the chapter its pages belong to).
/// </summary>
internal static class PdfRunningLines
{
    /// <summary>The share of a page's height at its top and at its bottom that holds no body text.</summary>
    private const double Margin = 1.0 / 14;

    public static List<PdfLine> Without(List<PdfLine[]> pages, IReadOnlyList<double> heights)
    {
        var all = new List<PdfLine>();
        if (pages.Count < 3)
        {
            foreach (var page in pages) all.AddRange(page);
            return all;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var inMargin = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var line in Edges(pages[p]).DistinctBy(Key))
            {
                var key = Key(line);
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (line.Baseline >= heights[p] * (1 - Margin) || line.Baseline <= heights[p] * Margin) inMargin.Add(key);
            }
        }
        var running = counts.Where(c => c.Value >= 3 && (c.Value * 2 >= pages.Count || inMargin.Contains(c.Key))).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Length; i++)
            {
                var edge = i < 2 || i >= page.Length - 2;
                if (edge && running.Contains(Key(page[i]))) continue;
                // A page's first line follows the last one of the page before, whatever stood above it there.
                if (all.Count == 0 || all[^1].Page != page[i].Page) page[i].GapAbove = 0;
                all.Add(page[i]);
            }
        }
        // Pages that repeat nothing but themselves (the same form on every page) are text, not a header.
        return all.Count > 0 ? all : [.. pages.SelectMany(p => p)];
    }

    private static IEnumerable<PdfLine> Edges(PdfLine[] page) => page.Take(2).Concat(page.Skip(Math.Max(2, page.Length - 2)));

    private static string Key(PdfLine line)
    {
        var text = new StringBuilder().Append(Math.Round(line.Baseline / 4)).Append(':');
        foreach (var c in line.Text) text.Append(char.IsAsciiDigit(c) ? '#' : c);
        return text.ToString();
    }
}
