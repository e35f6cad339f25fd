using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A Word 97–2003 document (.doc), or a WPS document saved in Word's layout (.wps), as a plan's
/// text, laid out line for line as <see cref="DocxText"/> lays out a .docx: one line per paragraph,
/// bookmarks where they start as <c>[bookmark: …]</c>, a heading's outline level as
/// <c>[outline: 1]</c>, a table's cells one per line after a tab and a blank line after each row,
/// a line's number its paragraph's place in the document. Field codes (a contents' page
/// references, hyperlinks' targets) are left out and their results kept; deleted text (a tracked change not yet
/// accepted, <see cref="DocDeletions"/>) is left out; footnotes, headers and text boxes are not the main text and are not read. The numbers Word prints before numbered headings
/// and items, which a .doc keeps as list definitions rather than text, are given as printed (<see cref="DocLists"/>).
/// </summary>
public static class DocText
{
    private const char FieldStart = '\u0013';
    private const char FieldSeparator = '\u0014';
    private const char FieldEnd = '\u0015';
    private const char CellMark = '\u0007';

    /// <summary>Whether <paramref name="bytes"/> open as a compound file, as a .doc does.</summary>
    public static bool IsCompoundFile(ReadOnlySpan<byte> bytes) => CompoundFile.Is(bytes);

    public static SourceDocument Read(string fileName, byte[] bytes)
    {
        var kind = fileName.EndsWith(".wps", StringComparison.OrdinalIgnoreCase) ? "WPS document in Word's layout" : "Word 97–2003 document";
        if (!CompoundFile.Is(bytes)) throw new PlanInputException(fileName, null, $"not a {kind} (those are compound files): save it as .docx, or as text (.txt)");
        try
        {
            var compound = CompoundFile.Open(bytes);
            var file = DocFile.Open(compound, out var encrypted);
            if (encrypted) throw new PlanInputException(fileName, null, "the document opens only with a password: save a copy without one");
            var (lines, numbers) = Lines(file);
            return new SourceDocument(fileName, lines) { LineNumbers = numbers, StoredTitle = SummaryInformation.Title(compound) };
        }
        catch (InvalidDataException e)
        {
            throw new PlanInputException(fileName, null, $"not a readable {kind} ({e.Message})");
        }
    }

    private static (List<string> Lines, List<int> Numbers) Lines(DocFile file)
    {
        var (text, offsets) = file.MainText();
        var paragraphs = new DocParagraphs(file);
        var deletions = new DocDeletions(file);
        var lists = new DocLists(file);
        var bookmarks = Bookmarks(file);
        var nextBookmark = 0;
        var lines = new WordLines();
        var line = new StringBuilder();
        // Fields nest: for each open field, whether its code (before the separator) is still being read; and how many are.
        var fields = new Stack<bool>();
        var inCode = 0;
        for (var cp = 0; cp < text.Length; cp++)
        {
            for (; nextBookmark < bookmarks.Count && bookmarks[nextBookmark].At <= cp; nextBookmark++)
            {
                line.Append("[bookmark: ").Append(bookmarks[nextBookmark].Name).Append(']');
            }
            var c = text[cp];
            switch (c)
            {
                case FieldStart:
                    fields.Push(true);
                    inCode++;
                    continue;
                case FieldSeparator when fields.Count > 0:
                    if (fields.Pop()) inCode--;
                    fields.Push(false);
                    continue;
                case FieldEnd when fields.Count > 0:
                    if (fields.Pop()) inCode--;
                    continue;
            }
            if (inCode > 0 && c is not ('\r' or CellMark)) continue;
            // Deleted revisions are no text; their paragraph marks still end paragraphs, as a .docx's do.
            if (c is not ('\r' or CellMark) && deletions.At(offsets[cp])) continue;
            if (c is '\r' or CellMark)
            {
                EndParagraph(c, paragraphs.At(offsets[cp]));
                continue;
            }
            switch (c)
            {
                // A line break, a page or section break, a column break: the line ends, the paragraph goes on.
                case '\u000B' or '\u000C' or '\u000E':
                    line.Append('\n');
                    break;
                case '\u001E':
                    line.Append('-');
                    break;
                // Anchors of pictures, drawings, notes and comments; an optional hyphen (31).
                case < ' ' and not '\t':
                    break;
                default:
                    line.Append(c);
                    break;
            }
        }
        if (line.Length > 0) EndParagraph('\r', default);
        return (lines.Lines, lines.Numbers);

        void EndParagraph(char mark, DocParagraph properties)
        {
            var content = line.ToString();
            line.Clear();
            var endsCell = mark == CellMark || properties.EndsInnerCell;
            if (properties.InTable && endsCell && properties.EndsRow)
            {
                lines.RowEnd(properties.Depth);
                return;
            }
            // The number Word prints before the paragraph's text, which the text does not hold (after a cell's tab, as in a .docx).
            if (properties.List > 0 && lists.Next(properties.List, properties.Level) is { } number) content = number + content;
            lines.Paragraph(content, properties.Depth, endsCell, properties.Outline);
        }
    }

    /// <summary>Where each bookmark starts, in text order; Word's own mark of where editing stopped (_GoBack) marks nothing of the plan.</summary>
    private static List<(int At, string Name)> Bookmarks(DocFile file)
    {
        var names = Strings(file.BookmarkNameBytes);
        var starts = file.BookmarkStartBytes;
        var count = Math.Min(names.Count, starts.Length >= 4 ? (starts.Length - 4) / 8 : 0);
        var bookmarks = new List<(int, string)>(count);
        for (var i = 0; i < count; i++)
        {
            if (names[i] != "_GoBack") bookmarks.Add(((int)starts[(4 * i)..].ReadUInt32(), names[i]));
        }
        // Stable: two bookmarks at one place keep the order the file gives them.
        return bookmarks.OrderBy(b => b.Item1).ToList();
    }

    /// <summary>A table of UTF-16 strings (Word 97's extended form), each with its extra bytes skipped.</summary>
    private static List<string> Strings(ReadOnlySpan<byte> table)
    {
        var strings = new List<string>();
        if (table.Length < 6 || table.ReadUInt16() != 0xFFFF) return strings;
        var (count, extra) = (table[2..].ReadUInt16(), table[4..].ReadUInt16());
        var at = 6;
        for (var i = 0; i < count && at + 2 <= table.Length; i++)
        {
            var length = 2 * table[at..].ReadUInt16();
            if (at + 2 + length > table.Length) break;
            strings.Add(Encoding.Unicode.GetString(table.Slice(at + 2, length)));
            at += 2 + length + extra;
        }
        return strings;
    }
}
