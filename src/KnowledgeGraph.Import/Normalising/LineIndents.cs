namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// Which lines start further in than the file's running text. A DOCX extraction prints a space
/// where it dropped the line before (a heading's text, a page break); a converter that indents
/// every paragraph (“　　” before each line) prints the same mark one space further in. A line is
/// marked when it is indented more than most of the file's untabbed lines are.
/// </summary>
public sealed class LineIndents(IReadOnlyList<TextLine> lines)
{
    private int _usual = -1;

    /// <summary>The indent most untabbed content lines of the file carry.</summary>
    public int Usual => _usual >= 0 ? _usual : _usual = UsualOf(lines);

    /// <summary>Whether the line with this 1-based number starts further in than the file's running text.</summary>
    public bool Marked(int lineNumber) => lines[lineNumber - 1].Indent > Usual;

    private static int UsualOf(IReadOnlyList<TextLine> lines)
    {
        Span<int> counts = stackalloc int[8];
        foreach (var line in lines)
        {
            if (line.IsContent && line.LeadingTabs == 0) counts[Math.Min(line.Indent, counts.Length - 1)]++;
        }
        var usual = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[usual]) usual = i;
        }
        return usual;
    }
}
