namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// Lines laid out as <see cref="DocxText"/> lays out a Word document, for the readers of Word's other formats
/// (<see cref="DocText"/>, <see cref="RtfText"/>): a paragraph to a line numbered by its place in the document, a
/// table's cells one to a line after a tab (a cell's further paragraphs on lines of their own), a blank line after
/// each row, tables inside cells alike; a heading's outline level as <c>[outline: 1]</c>, but for the plan's title.
/// </summary>
internal sealed class WordLines
{
    /// <summary>Tables nest no deeper in Word; a deeper depth is a damaged file's.</summary>
    public const int MaxDepth = 64;

    // For each depth of table, whether the next paragraph there starts a cell; depth 0 is outside tables.
    private readonly bool[] _startsCell = new bool[MaxDepth + 1];
    private int _depth;
    private int _paragraph;

    public List<string> Lines { get; } = [];

    public List<int> Numbers { get; } = [];

    /// <summary>
    /// A paragraph ends, at table depth <paramref name="depth"/> (0 outside tables); <paramref name="endsCell"/>
    /// where its mark ends its cell. Line breaks in <paramref name="content"/> (\n) give lines of the same number.
    /// </summary>
    public void Paragraph(string content, int depth, bool endsCell, int? outline)
    {
        depth = Enter(depth);
        _paragraph++;
        if (depth > 0)
        {
            if (_startsCell[depth]) content = "\t" + content;
            _startsCell[depth] = endsCell;
        }
        else if (outline is { } level and >= 0 and < 9)
        {
            content = SourceDocument.OutlineMarker + (char)('1' + level) + "]" + content;
        }
        foreach (var part in DocxText.WithoutTitleOutline(content).Split('\n'))
        {
            Lines.Add(part);
            Numbers.Add(_paragraph);
        }
    }

    /// <summary>A table row ends: no paragraph of the row's text, its blank line takes the number of the row's last.</summary>
    public void RowEnd(int depth)
    {
        Enter(depth);
        Lines.Add("");
        Numbers.Add(_paragraph);
        _startsCell[_depth] = true;
    }

    /// <summary>A table opening inside a cell, or after the text: its first paragraph starts a cell.</summary>
    private int Enter(int depth)
    {
        depth = Math.Clamp(depth, 0, MaxDepth);
        for (; _depth < depth; _depth++) _startsCell[_depth + 1] = true;
        return _depth = depth;
    }
}
