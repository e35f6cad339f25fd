using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A PDF's headings, where its text numbers none: lines set larger than the body, or at its size in a
/// heavier face (黑体 or bold over 仿宋, 楷体 over 仿宋, as official documents set their levels), each
/// short and a line of its own. Their levels rank the settings: the larger first, then the heavier.
/// Where a heading is numbered the numbers say the levels, as in a text file, and nothing is marked.
/// </summary>
internal static class PdfHeadings
{
    /// <summary>Longer lines are a paragraph's, whatever they are set in.</summary>
    private const int MaxHeadingLength = 50;

    /// <summary>The first line of each heading with its level, and the lines a long heading wraps onto.</summary>
    public static (Dictionary<PdfLine, int> Levels, HashSet<PdfLine> Wrapped) Of(IReadOnlyList<PdfLine> lines, PdfLayout layout)
    {
        // A heading set over two lines is one heading; a paragraph set in a heading's size is none.
        var runs = new List<List<PdfLine>>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!IsHeadingSet(line, layout)) continue;
            if (runs.Count > 0 && runs[^1][^1] == lines[i - 1] && Setting(lines[i - 1]) == Setting(line)
                && layout.RunsToEdge(lines[i - 1]) && line.GapAbove <= 2 * line.Size && line.Page == lines[i - 1].Page)
            {
                runs[^1].Add(line);
            }
            else
            {
                runs.Add([line]);
            }
        }
        var headings = runs.Where(r => IsHeadingText(string.Concat(r.Select(l => l.Text)), r)).ToList();
        var levels = new Dictionary<PdfLine, int>();
        var wrapped = new HashSet<PdfLine>();
        if (headings.Any(h => HeadingShapes.Match(h[0].Text) is not null)) return (levels, wrapped);
        var ranks = headings.Select(h => Setting(h[0])).Distinct().OrderByDescending(s => s.Size).ThenByDescending(s => s.Weight).ToList();
        foreach (var heading in headings)
        {
            levels[heading[0]] = Math.Min(9, ranks.IndexOf(Setting(heading[0])) + 1);
            wrapped.UnionWith(heading.Skip(1));
        }
        return (levels, wrapped);
    }

    private static (double Size, int Weight) Setting(PdfLine line) => (line.Size, Weight(line.Face));

    private static bool IsHeadingSet(PdfLine line, PdfLayout layout) =>
        line.Size >= layout.BodySize + 1
        || (Math.Abs(line.Size - layout.BodySize) < 0.5 && Weight(line.Face) > Weight(layout.BodyFace));

    /// <summary>A heading's text: short, not a sentence, not the plan's title (the cover's) or a box's (专栏 1 …), not a table's row.</summary>
    private static bool IsHeadingText(string text, List<PdfLine> lines) =>
        text.Length <= MaxHeadingLength && !text.Contains('。') && !PlanTitles.ReadsAsTitle(text)
        && ColumnTitles.Match(text) is null && !lines.Any(PdfLayout.HasColumnGap);

    /// <summary>How heavy a face is set: 黑体 and bold faces above 楷体, 楷体 above the rest (宋体, 仿宋).</summary>
    private static int Weight(string face)
    {
        string[] heavy = ["Bold", "Black", "Heavy", "Hei", "黑"];
        if (heavy.Any(h => face.Contains(h, StringComparison.OrdinalIgnoreCase))) return 2;
        return face.Contains("Kai", StringComparison.OrdinalIgnoreCase) || face.Contains('楷') ? 1 : 0;
    }
}
