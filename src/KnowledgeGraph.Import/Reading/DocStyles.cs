namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A Word 97–2003 document's paragraph styles, for what they give the paragraphs that use them: an
/// outline level (Word's built-in 标题 1–9, or any style that sets one, as Chinese templates' 一级标题
/// do) and a list to number them in (a heading style that numbers its headings 第一章), each taken,
/// as Word takes it, from the first style up the chain of styles each is based on that sets it.
/// </summary>
internal sealed class DocStyles
{
    private const int NoStyle = 0x0FFF;
    private const int ParagraphStyle = 1;

    /// <summary>What one style sets itself (null where it leaves it to its base).</summary>
    private readonly record struct Style(int Base, int? Outline, int? List, int? Level);

    private readonly Style[] _styles;

    public static readonly DocStyles None = new([]);

    private DocStyles(Style[] styles) => _styles = styles;

    public static DocStyles Read(ReadOnlySpan<byte> sheet)
    {
        if (sheet.Length < 6) return None;
        var headerSize = sheet.ReadUInt16();
        var count = sheet[2..].ReadUInt16();
        var baseSize = sheet[4..].ReadUInt16();
        var styles = new Style[count];
        var at = 2 + headerSize;
        for (var i = 0; i < count; i++)
        {
            styles[i] = new Style(NoStyle, null, null, null);
            if (at + 2 > sheet.Length) continue;
            var size = sheet[at..].ReadUInt16();
            if (size >= 4 && at + 2 + size <= sheet.Length) styles[i] = Read(sheet.Slice(at + 2, size), baseSize);
            at += 2 + size;
        }
        return new DocStyles(styles);
    }

    private static Style Read(ReadOnlySpan<byte> std, int baseSize)
    {
        var identifier = std.ReadUInt16() & 0x0FFF;
        var (kind, basedOn) = (std[2..].ReadUInt16() & 0x000F, std[2..].ReadUInt16() >> 4);
        // Built-in headings (identifiers 1–9) are outline levels 0–8 whatever their properties say.
        int? outline = identifier is >= 1 and <= 9 ? identifier - 1 : null;
        var style = new Style(basedOn, outline, null, null);
        if (kind != ParagraphStyle || baseSize + 2 > std.Length) return style;
        // The name (a count, the characters, a terminating zero), then the paragraph properties this style sets.
        var at = baseSize + 2 + 2 * std[baseSize..].ReadUInt16() + 2;
        if (at + 2 > std.Length) return style;
        var size = std[at..].ReadUInt16();
        if (size < 2 || at + 2 + size > std.Length) return style;
        var properties = DocParagraphs.Apply(std.Slice(at + 4, size - 2), data: null, new DocParagraphs.State());
        return style with
        {
            Outline = style.Outline ?? properties.Outline,
            List = properties.List,
            Level = properties.Level,
        };
    }

    /// <summary>The style's outline level, 0 for the top, or null for body text.</summary>
    public int? Outline(int style) => Find(style, static s => s.Outline)?.Outline is { } level and < 9 ? level : null;

    /// <summary>The list the style numbers its paragraphs in (1-based; 0 or null for none) and at which level.</summary>
    public (int? List, int? Level) Numbering(int style) =>
        (Find(style, static s => s.List)?.List, Find(style, static s => s.Level)?.Level);

    private Style? Find(int style, Func<Style, int?> sets)
    {
        // A chain that loops (a damaged file) ends after as many styles as the file has.
        for (var hops = 0; hops <= _styles.Length && style < _styles.Length; hops++)
        {
            var entry = _styles[style];
            if (sets(entry) is not null) return entry;
            style = entry.Base;
        }
        return null;
    }
}
