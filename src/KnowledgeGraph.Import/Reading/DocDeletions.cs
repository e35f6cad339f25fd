namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// The text a Word 97–2003 document keeps as a deleted revision (a change tracked and not yet accepted): still in
/// its text stream, marked deleted in its characters' properties — pages of runs, as its paragraphs' are
/// (<see cref="DocParagraphs"/>). What a .docx keeps in its deletions (w:del) is no text of the plan; nor is this.
/// </summary>
internal sealed class DocDeletions
{
    private const int Page = 512;
    private const ushort DeletedSprm = 0x0800;

    // The runs of deleted text, by their stream offsets, in order.
    private readonly List<(int Start, int End)> _runs = [];

    public DocDeletions(DocFile file)
    {
        foreach (var page in file.PropertyPages(file.CharacterBinBytes, "character")) Read(page);
        _runs.Sort();
    }

    /// <summary>Whether the character stored at <paramref name="offset"/> is deleted text.</summary>
    public bool At(int offset)
    {
        var (low, high) = (0, _runs.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (offset < _runs[middle].Start) high = middle - 1;
            else if (offset >= _runs[middle].End) low = middle + 1;
            else return true;
        }
        return false;
    }

    private void Read(ReadOnlySpan<byte> page)
    {
        var runs = page[Page - 1];
        // Each run takes an offset (4 bytes) and the place of its properties (1): a count the page cannot hold is a damaged page's.
        if (4 * (runs + 1) + runs > Page - 1) throw new InvalidDataException($"a page of character properties counts {runs} runs");
        for (var i = 0; i < runs; i++)
        {
            var at = 2 * page[4 * (runs + 1) + i];
            if (at == 0 || at >= Page - 1) continue;
            var size = page[at];
            if (at + 1 + size > Page || !Deleted(page.Slice(at + 1, size))) continue;
            _runs.Add(((int)page[(4 * i)..].ReadUInt32(), (int)page[(4 * i + 4)..].ReadUInt32()));
        }
    }

    private static bool Deleted(ReadOnlySpan<byte> grpprl)
    {
        var deleted = false;
        var at = 0;
        while (at + 2 <= grpprl.Length)
        {
            var sprm = grpprl[at..].ReadUInt16();
            at += 2;
            var size = DocParagraphs.OperandSize(sprm, grpprl[at..]);
            if (size < 0 || at + size > grpprl.Length) break;
            if (sprm == DeletedSprm) deleted = grpprl[at] != 0;
            at += size;
        }
        return deleted;
    }
}
