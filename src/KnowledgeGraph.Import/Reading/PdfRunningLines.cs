using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// Running headers and footers: a line at a page's top or bottom edge whose text (its digits aside)
/// stands at the same height on most pages is the document's, not the plan's (页眉: the plan's title on
/// every page; the page number).
/// </summary>
internal static class PdfRunningLines
{
    public static List<PdfLine> Without(List<PdfLine[]> pages)
    {
        var all = new List<PdfLine>();
        if (pages.Count < 3)
        {
            foreach (var page in pages) all.AddRange(page);
            return all;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Take(2).Concat(page.TakeLast(2)).Select(Key).Distinct()) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var running = counts.Where(c => c.Value * 2 >= pages.Count && c.Value >= 3).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
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

    private static string Key(PdfLine line)
    {
        var text = new StringBuilder().Append(Math.Round(line.Baseline / 4)).Append(':');
        foreach (var c in line.Text) text.Append(char.IsAsciiDigit(c) ? '#' : c);
        return text.ToString();
    }
}
