using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// What an RTF document's font table and style sheet give its text (<see cref="RtfReader"/>): each font's code page,
/// from its character set (134, GB2312: GBK), and each style's outline level — its own, or, for a style named as
/// Word names its built-in headings (heading 1, 标题 2), that heading's.
/// </summary>
internal sealed partial class RtfDefinitions
{
    private readonly Dictionary<int, int> _fontCodePages = [];
    private readonly Dictionary<int, int> _styleOutlines = [];
    private readonly StringBuilder _styleName = new();
    private readonly List<byte> _styleNameBytes = [];
    private int _font;
    private int? _definedStyle;

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    /// <summary>Whether the style sheet is being read.</summary>
    public bool InStyleSheet { get; set; }

    /// <summary>Whether text read now is a style's name.</summary>
    public bool TakesName => InStyleSheet && _definedStyle is not null;

    /// <summary>The code page of <paramref name="font"/>'s text; <paramref name="document"/>'s where its table names none.</summary>
    public int CodePageOf(int font, int document) => _fontCodePages.TryGetValue(font, out var page) ? page : document;

    /// <summary>The outline level of <paramref name="style"/>, 0 for the top; null for body text.</summary>
    public int? OutlineOf(int? style) => style is { } s && _styleOutlines.TryGetValue(s, out var level) ? level : null;

    /// <summary>
    /// Reads a control word of the tables: a font's number (<paramref name="inDestination"/>: in a skipped group, as the
    /// font table is) and character set, a style's number, level and (\u) a character of its name, after the bytes of it
    /// before, in <paramref name="documentCodePage"/>. False for other words.
    /// </summary>
    public bool Word(string word, int? parameter, bool inDestination, int documentCodePage)
    {
        switch (word)
        {
            case "f" when inDestination && parameter is { } font:
                _font = font;
                return true;
            case "fcharset" when parameter is { } set:
                if (CharsetCodePage(set) is { } page) _fontCodePages[_font] = page;
                return true;
            case "s" when InStyleSheet && parameter is { } style:
                _definedStyle = style;
                return true;
            case "outlinelevel" when InStyleSheet && _definedStyle is { } defined && parameter is { } level:
                _styleOutlines[defined] = level;
                return true;
            case "u" when TakesName && parameter is { } code:
                FlushName(documentCodePage);
                _styleName.Append((char)(ushort)(short)code);
                return true;
        }
        return false;
    }

    /// <summary>A byte of a style's name.</summary>
    public void NameByte(byte b) => _styleNameBytes.Add(b);

    /// <summary>
    /// A style's definition ends: a style named as Word names its built-in headings that sets no outline level of its
    /// own is a heading at that level, as Word reads it.
    /// </summary>
    public void EndStyle(int documentCodePage)
    {
        if (_definedStyle is { } style)
        {
            FlushName(documentCodePage);
            var match = HeadingName().Match(_styleName.ToString().Trim().TrimEnd(';').Trim());
            if (match.Success) _styleOutlines.TryAdd(style, match.Groups[1].Value[0] - '1');
        }
        _definedStyle = null;
        _styleName.Clear();
        _styleNameBytes.Clear();
    }

    private void FlushName(int documentCodePage)
    {
        if (_styleNameBytes.Count == 0) return;
        _styleName.Append(Encoding.GetEncoding(documentCodePage is 936 or 950 or 932 or 949 or 1252 ? documentCodePage : 1252).GetString([.. _styleNameBytes]));
        _styleNameBytes.Clear();
    }

    private static int? CharsetCodePage(int charset) => charset switch
    {
        134 => 936,
        136 => 950,
        128 => 932,
        129 => 949,
        0 => 1252,
        _ => null,
    };
}
