namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A document of printed pages (a PDF, an OFD) from its letters and rules, page by page, as a layout-keeping
/// text extraction prints it (<see cref="PdfText"/> says how): running lines left out, tables rebuilt from
/// their rules or from where their letters stand, headings marked by size and face, each line numbered by its page.
/// </summary>
internal static class PrintedPages
{
    /// <param name="kind">What the document is called in messages: PDF, OFD.</param>
    public static SourceDocument Read(string fileName, string kind, List<PdfLine[]> pages, Dictionary<int, List<PdfRule>> rules, List<double> heights)
    {
        if (pages.All(p => p.Length == 0))
        {
            throw new PlanInputException(fileName, null,
                $"the {kind} has no text layer (its pages are images, as a scan's are): recognise its text first (OCR), or extract it as .txt");
        }
        if (Undecodable(pages.SelectMany(p => p).SelectMany(l => l.Letters)))
        {
            throw new PlanInputException(fileName, null,
                $"the {kind}'s fonts do not say which characters they draw (its text extracts as private-use or unknown characters): recognise its text (OCR), or export the {kind} again with its fonts' character maps");
        }
        var lines = PdfRunningLines.Without(pages, heights);
        var layout = PdfLayout.Of(lines);
        // Tables the page rules are read by their rules; the others by where their letters stand.
        var (tables, inTables) = PdfRuledTables.Rebuild(lines, rules);
        var (spaced, inSpaced) = PdfTables.Rebuild([.. lines.Where(l => !inTables.Contains(l))], layout);
        foreach (var (first, rows) in spaced) tables[first] = rows;
        inTables.UnionWith(inSpaced);
        // A table's header row set in bold is no heading.
        var (levels, wrapped) = PdfHeadings.Of([.. lines.Where(l => !inTables.Contains(l))], layout);
        var (text, numbers) = Printed(lines, layout, tables, inTables, levels, wrapped);
        return new SourceDocument(fileName, text) { LineNumbers = numbers };
    }

    /// <summary>
    /// The document's lines as printed: each table's rows in its place, a blank line before and after it and
    /// between paragraphs, headings marked with their level, a wrapped heading or title on one line; and the
    /// page of each.
    /// </summary>
    private static (List<string> Text, List<int> Numbers) Printed(
        List<PdfLine> lines, PdfLayout layout, Dictionary<PdfLine, List<(string Text, int Page)>> tables, HashSet<PdfLine> inTables,
        Dictionary<PdfLine, int> levels, HashSet<PdfLine> wrapped)
    {
        var text = new List<string>(lines.Count);
        var numbers = new List<int>(lines.Count);
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            if (tables.TryGetValue(line, out var rows))
            {
                if (text.Count > 0 && text[^1].Length > 0)
                {
                    text.Add("");
                    numbers.Add(line.Page);
                }
                foreach (var (row, page) in rows)
                {
                    text.Add(row);
                    numbers.Add(page);
                }
                text.Add("");
                numbers.Add(rows[^1].Page);
                previous = null;
            }
            if (inTables.Contains(line)) continue;
            // A heading, or a title, set larger than the body wraps at fewer characters than the body's lines, which
            // the normaliser measures wrapping by: its lines are joined here, where the page shows them wrapped.
            if (wrapped.Contains(line) || (previous is not null && layout.WrapsLarger(previous, line) && text[^1].Length > 0))
            {
                text[^1] = Normalising.Paragraph.JoinPieces(text[^1], layout.Print(line).Trim());
                previous = line;
                continue;
            }
            var level = levels.GetValueOrDefault(line);
            // Space between paragraphs larger than between lines is a blank line, as layout extractions print it;
            // lines set larger than the body (a title over two lines) stand as much farther apart.
            if (line.GapAbove > layout.ParagraphGapAbove(line, previous) && text.Count > 0 && text[^1].Length > 0)
            {
                text.Add("");
                numbers.Add(line.Page);
            }
            previous = line;
            var printed = layout.Print(line);
            text.Add(level > 0 ? SourceDocument.OutlineMarker + level + "]" + printed.TrimStart() : printed);
            numbers.Add(line.Page);
        }
        return (text, numbers);
    }

    /// <summary>
    /// Whether most of a PDF's letters are no characters (Unicode's private use area, the replacement character,
    /// control characters): a font embedded without its map to Unicode, whose text would import as noise.
    /// </summary>
    internal static bool Undecodable(IEnumerable<PdfGlyph> letters)
    {
        int all = 0, unknown = 0;
        foreach (var letter in letters)
        {
            all++;
            if (letter.Value.Any(c => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' || char.IsControl(c))) unknown++;
        }
        return unknown * 3 > all;
    }

}
