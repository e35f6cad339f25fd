namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// A file whose paragraphs a word processor indented with a tab (saved as text: “⇥全面贯彻…。”), where the
/// bundled plans print a tab only before a table's cell or a box's title. When most of a file's lines of
/// running text open with one tab, that tab is an indent: such a line is read as indented by spaces is,
/// and a cell — short, no sentence, no heading — keeps its tab.
/// </summary>
public static class TabIndents
{
    /// <summary>Lines of running text a file must hold before its tabs are judged.</summary>
    private const int MinProse = 20;

    public static void Mark(TextLine[] lines)
    {
        int tabbed = 0, untabbed = 0;
        foreach (var line in lines)
        {
            if (!line.IsContent || line.Text.Contains('\t')) continue;
            if (line.LeadingTabs == 0) untabbed++;
            else if (line.LeadingTabs == 1 && IsProse(line.Text)) tabbed++;
        }
        // The bundled plans: hundreds of untabbed lines of text for each tabbed one.
        if (tabbed < MinProse || tabbed < 2 * untabbed) return;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.IsContent || line.LeadingTabs != 1 || line.Text.Contains('\t')) continue;
            if (IsProse(line.Text) || HeadingShapes.Match(line.Text) is not null || ColumnTitles.Match(line.Text) is not null)
            {
                lines[i] = line with { LeadingTabs = 0, Indent = line.Indent + 2 };
            }
        }
    }

    // Running text: a sentence, or a line as long as a wrapped one; a table's cell is neither.
    private static bool IsProse(string text) => text.Length >= 30 || text[^1] is '。' or '；' or '：';
}
