using System.Buffers;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// Quotes printed another way, as the “…” every rule reads (strategy names, series of projects,
/// aims that open with “十四五”末): straight quotes, ASCII or full-width (a converter that prints
/// "一主六双"), and corner brackets 「…」 『…』. One character for one, as full-width digits are
/// read as ASCII, so offsets stay those of the line as printed.
/// </summary>
public static class QuoteMarks
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"＂「」『』");

    /// <summary>
    /// Rewrites the lines' quotes in place. A straight quote opens or closes by its place in a run of
    /// quotes: the run goes on over wrapped lines, blank lines between them too (001 prints a blank
    /// line after every line, and a quoted name can wrap), and starts again after a line that ends a
    /// sentence, so a stray quote misleads no further.
    /// </summary>
    public static void Rewrite(TextLine[] lines)
    {
        var open = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Text;
            var first = text.AsSpan().IndexOfAny(Marks);
            if (first < 0)
            {
                if (!open && EndsRun(lines[i])) open = true;
                continue;
            }
            // A table's row is read on its own, as the readers that split its raw line read it.
            if (IsRow(lines[i])) open = true;
            lines[i] = lines[i] with { Text = Rewritten(text, first, ref open) };
            if (EndsRun(lines[i])) open = true;
        }
    }

    private static bool IsRow(TextLine line) => line.LeadingTabs > 0 || line.Text.Contains('\t');

    private static bool EndsRun(TextLine line) =>
        line.Text is [.., '。' or '；' or '！' or '？'] || IsRow(line);

    /// <summary>
    /// A line's quotes read on their own, for readers that split a table's row as printed (its raw
    /// line, whose tabs and spaces place its cells): a row's quotes open and close inside it.
    /// </summary>
    public static string InLine(string text)
    {
        var first = text.AsSpan().IndexOfAny(Marks);
        if (first < 0) return text;
        var open = true;
        return Rewritten(text, first, ref open);
    }

    private static string Rewritten(string text, int first, ref bool open)
    {
        var chars = text.ToCharArray();
        for (var at = first; at < chars.Length; at++)
        {
            switch (chars[at])
            {
                case '"' or '＂':
                    chars[at] = open ? '“' : '”';
                    open = !open;
                    break;
                case '「': chars[at] = '“'; break;
                case '」': chars[at] = '”'; break;
                case '『': chars[at] = '‘'; break;
                case '』': chars[at] = '’'; break;
            }
        }
        return new string(chars);
    }
}
