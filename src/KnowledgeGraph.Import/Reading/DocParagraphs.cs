namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// What the reader needs of a Word 97–2003 paragraph: how deep in tables it stands (0 outside, 2 in a table inside a
/// cell), whether its mark ends a cell of a table inside a cell (an outer table's cells end with a cell mark instead),
/// whether it ends a table row, its outline level, and the list it is numbered in (1-based, 0 for none) at which level.
/// </summary>
internal readonly record struct DocParagraph(int Depth, bool EndsInnerCell, bool EndsRow, int? Outline, int List, int Level)
{
    public bool InTable => Depth > 0;
}

/// <summary>
/// The paragraph properties of a Word 97–2003 document, found by the stream offset of a paragraph's
/// mark: pages of runs (each run the properties of the paragraphs whose marks it holds), listed in
/// the table stream. A heading's outline level is its own (set on the paragraph) or its style's
/// (<see cref="DocStyles"/>), as is the list that numbers it.
/// </summary>
internal sealed class DocParagraphs
{
    private const int Page = 512;

    private const ushort InTableSprm = 0x2416;
    private const ushort RowEndSprm = 0x2417;
    private const ushort InnerCellEndSprm = 0x244B;
    private const ushort InnerRowEndSprm = 0x244C;
    private const ushort DepthSprm = 0x6649;
    private const ushort OutlineSprm = 0x2640;
    private const ushort ListSprm = 0x460B;
    private const ushort ListLevelSprm = 0x260A;
    // Properties too large for their page: the rest of them in the Data stream, at the operand's offset (followed once:
    // a damaged file's list there could name itself).
    private const ushort HugeSprm = 0x6646;
    private const ushort TableDefinitionSprm = 0xD608;
    private const ushort TabsSprm = 0xC615;

    private readonly List<(int Start, int End, DocParagraph Paragraph)> _runs = [];
    private readonly DocStyles _styles;

    public DocParagraphs(DocFile file)
    {
        _styles = DocStyles.Read(file.StyleSheetBytes);
        foreach (var page in file.PropertyPages(file.ParagraphBinBytes, "paragraph")) ReadPage(file, page);
        _runs.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The properties of the paragraph whose mark is stored at <paramref name="offset"/>; a body paragraph where no run holds it.</summary>
    public DocParagraph At(int offset)
    {
        var (low, high) = (0, _runs.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var run = _runs[middle];
            if (offset < run.Start) high = middle - 1;
            else if (offset >= run.End) low = middle + 1;
            else return run.Paragraph;
        }
        return default;
    }

    private void ReadPage(DocFile file, ReadOnlySpan<byte> page)
    {
        var runs = page[Page - 1];
        // Each run takes an offset (4 bytes) and an entry (13): a count the page cannot hold is a damaged page's.
        if (4 * (runs + 1) + 13 * runs > Page - 1) throw new InvalidDataException($"a page of paragraph properties counts {runs} runs");
        for (var i = 0; i < runs; i++)
        {
            var (start, end) = ((int)page[(4 * i)..].ReadUInt32(), (int)page[(4 * i + 4)..].ReadUInt32());
            var at = 2 * page[4 * (runs + 1) + 13 * i];
            _runs.Add((start, end, at == 0 ? default : Properties(file, page, at)));
        }
    }

    private DocParagraph Properties(DocFile file, ReadOnlySpan<byte> page, int at)
    {
        // A byte count in words, less one byte; a zero there means the count is in the next byte.
        var (size, from) = page[at] == 0 ? (2 * page[at + 1], at + 2) : (2 * page[at] - 1, at + 1);
        if (size < 2 || from + size > page.Length) return default;
        var properties = page.Slice(from, size);
        var style = properties.ReadUInt16();
        var own = Apply(properties[2..], file.Data, new State());
        var (list, level) = _styles.Numbering(style);
        // The paragraph's own list (0: none, where its style numbers) takes the place of its style's.
        list = own.List ?? list;
        return new DocParagraph(own.Depth, own.EndsInnerCell, own.EndsRow, own.Outline is { } outline ? (outline < 9 ? outline : null) : _styles.Outline(style),
            list is > 0 ? list.Value : 0, Math.Clamp(own.Level ?? level ?? 0, 0, 8));
    }

    /// <summary>The properties a list of property changes (a grpprl) sets, over those of <paramref name="state"/>.</summary>
    internal struct State
    {
        public int Depth;
        public bool EndsInnerCell;
        public bool EndsRow;
        public int? Outline;
        public int? List;
        public int? Level;
    }

    internal static State Apply(ReadOnlySpan<byte> grpprl, byte[]? data, State state)
    {
        var at = 0;
        while (at + 2 <= grpprl.Length)
        {
            var sprm = grpprl[at..].ReadUInt16();
            at += 2;
            var size = OperandSize(sprm, grpprl[at..]);
            // A property list that runs past its end is read no further: what came before it stands.
            if (size < 0 || at + size > grpprl.Length) return state;
            var operand = grpprl.Slice(at, size);
            switch (sprm)
            {
                // In a table, at the top level unless a depth says otherwise (either may come first).
                case InTableSprm:
                    state.Depth = operand[0] == 0 ? 0 : Math.Max(state.Depth, 1);
                    break;
                case DepthSprm:
                    state.Depth = Math.Clamp(operand.ReadInt32(), 0, WordLines.MaxDepth);
                    break;
                case InnerCellEndSprm:
                    state.EndsInnerCell = operand[0] != 0;
                    break;
                case RowEndSprm or InnerRowEndSprm:
                    state.EndsRow = operand[0] != 0;
                    break;
                // 9 is body text: kept, so that it takes the place of a style's level.
                case OutlineSprm:
                    state.Outline = operand[0];
                    break;
                case ListSprm:
                    state.List = (short)operand.ReadUInt16();
                    break;
                case ListLevelSprm:
                    state.Level = operand[0];
                    break;
                case HugeSprm when data is not null && operand.ReadUInt32() is var offset && offset + 2L <= data.Length:
                    var length = data.AsSpan((int)offset).ReadUInt16();
                    if (offset + 2L + length <= data.Length) state = Apply(data.AsSpan((int)offset + 2, length), data: null, state);
                    break;
            }
            at += size;
        }
        return state;
    }

    /// <summary>An operand's size in bytes, which the property's code gives, or -1 where it cannot be told.</summary>
    internal static int OperandSize(ushort sprm, ReadOnlySpan<byte> operand) => (sprm >> 13) switch
    {
        0 or 1 => 1,
        2 or 4 or 5 => 2,
        3 => 4,
        7 => 3,
        _ when operand.Length < 2 => -1,
        _ when sprm == TableDefinitionSprm => operand.ReadUInt16() + 1,
        _ when sprm == TabsSprm && operand[0] == 255 => -1,
        _ => operand[0] + 1,
    };
}
