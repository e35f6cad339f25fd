using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A web page saved from the site that published a plan (.html, .htm) as the plan's text, laid out as a
/// browser copies a page: a line for each block (paragraph, heading, list item, division) and each line
/// break, a table's row on one line with its cells between tabs; scripts, styles and the page's head are
/// not text; the page's headings (h1–h6) are marked with their levels, as a Word document's outline is
/// (<see cref="Outlined"/>). The page and its chrome (breadcrumb, information table, links) then read as a copied page
/// does, and the page's title, without the site's name, is the title it stores. The page's encoding is
/// its own (a byte-order mark, else its meta charset: GB2312 and GBK pages too; a page that names none is
/// told GBK from its bytes, as a text file is). A line's number is the
/// page's source line where the element holding its text begins, which provenance gives.
/// </summary>
public static class HtmlText
{
    /// <summary>Elements a browser lays out as blocks of their own: the text before and after them stands on other lines.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tr", "ul",
    };

    private static readonly HashSet<string> NotText = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "iframe", "object", "select", "svg", "canvas",
    };

    /// <summary>
    /// Whether <paramref name="bytes"/> begin as a web page does (after a byte-order mark, white space and an XML
    /// declaration): the .doc many sites serve is a web page Word can open.
    /// </summary>
    public static bool IsWebPage(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        bytes = bytes.TrimStart(" \t\r\n"u8);
        if (bytes.StartsWith("<?xml"u8) && bytes.IndexOf("?>"u8) is var end and >= 0) bytes = bytes[(end + 2)..].TrimStart(" \t\r\n"u8);
        var head = System.Text.Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 16)]);
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static SourceDocument Read(string fileName, byte[] bytes)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        // A page saved without its charset (a server's header said it) is read as a GBK text file is: told from its bytes.
        var text = "";
        var told = !DeclaresCharset(bytes) && !System.Text.Unicode.Utf8.IsValid(bytes) && PlanFileReader.LooksLikeGb18030(bytes, out text);
        using var document = told ? parser.ParseDocument(text) : parser.ParseDocument(new MemoryStream(bytes, writable: false));
        return Lines(fileName, document, told ? "GB18030" : null);
    }

    /// <summary>A page already decoded (a part of a single-file web page, whose headers named its charset).</summary>
    public static SourceDocument Read(string fileName, string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        return Lines(fileName, document, null);
    }

    private static SourceDocument Lines(string fileName, AngleSharp.Html.Dom.IHtmlDocument document, string? convertedFrom)
    {
        var page = new PageLines(Outlined(document));
        page.Add(document.Body ?? document.DocumentElement);
        page.Break();
        return new SourceDocument(fileName, page.Lines, convertedFrom) { LineNumbers = page.Numbers, StoredTitle = PageTitle(document.Title) };
    }

    /// <summary>
    /// The page's headings (h1–h6) that give its plan's outline, each with its level: those in the element that holds
    /// the page's text (not the menu's or the links' around it), where none is numbered (a numbered heading says its
    /// level itself) and but for the plan's own title. None where the page has no such headings.
    /// </summary>
    private static Dictionary<IElement, int> Outlined(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var outlined = new Dictionary<IElement, int>();
        if (document.Body is not { } body) return outlined;
        var headings = Text(body).QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        if (headings.Any(h => Normalising.HeadingShapes.Match(h.TextContent.Trim()) is not null)) return outlined;
        foreach (var heading in headings)
        {
            if (!Structure.PlanTitles.ReadsAsTitle(heading.TextContent.Trim())) outlined[heading] = heading.LocalName[1] - '0';
        }
        return outlined;
    }

    /// <summary>The innermost element that holds most of the page's text: the plan, without the page's chrome.</summary>
    private static IElement Text(IElement body)
    {
        var total = Shown(body);
        var holder = body;
        while (holder.Children.FirstOrDefault(c => Shown(c) * 10 >= total * 6) is { } inner) holder = inner;
        return holder;
    }

    /// <summary>How much text an element shows: its scripts' and styles' text is none.</summary>
    private static int Shown(INode node) => node switch
    {
        IText text => text.Data.Length,
        IElement element when NotText.Contains(element.LocalName) => 0,
        _ => node.ChildNodes.Sum(Shown),
    };

    /// <summary>Whether the page names its encoding (a byte-order mark, or charset in its opening).</summary>
    private static bool DeclaresCharset(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).Contains("charset", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page's title without the site's name after it (…纲要_长春市人民政府).</summary>
    private static string? PageTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var end = title.IndexOfAny(['_', '|', '－']);
        var dash = title.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (end < 0 || dash < end)) end = dash;
        return (end < 0 ? title : title[..end]).Trim();
    }

    private sealed class PageLines(Dictionary<IElement, int> outlined)
    {
        private readonly StringBuilder _line = new();
        private int _lineNumber;
        // Where the line's text starts: after a heading's mark, which is no text to space from.
        private int _textStart;
        private int _cellDepth;
        private bool _spacePending;
        // The pending white space breaks the source's line (with or without spaces around the break).
        private bool _segmentBreak;

        public List<string> Lines { get; } = [];
        public List<int> Numbers { get; } = [];

        public void Add(INode node)
        {
            switch (node)
            {
                case IText text:
                    Text(text.Data, LineOf(text.ParentElement));
                    break;
                case IElement element when NotText.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" } element:
                    if (_cellDepth == 0) Break(blankToo: true, LineOf(element));
                    break;
                case IElement { LocalName: "td" or "th" } cell when _cellDepth == 0 && LaysOutPage(cell):
                    // A table that lays out the page (its text in one cell, a menu in another): the cell's blocks are lines.
                    Break();
                    foreach (var child in cell.ChildNodes) Add(child);
                    Break();
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    // A row's cells stand on its line, between tabs, an empty one too; what a cell holds in blocks stays on that line.
                    if (cell.PreviousElementSibling is not null) _line.Append('\t');
                    _spacePending = false;
                    if (_lineNumber == 0) _lineNumber = LineOf(cell);
                    _cellDepth++;
                    foreach (var child in cell.ChildNodes) Add(child);
                    _cellDepth--;
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName) && _cellDepth == 0;
                    if (block) Break();
                    // A heading of the plan's outline, marked as a Word document's reader marks one.
                    if (outlined.TryGetValue(element, out var level) && _cellDepth == 0)
                    {
                        _line.Append(SourceDocument.OutlineMarker).Append(level).Append(']');
                        _textStart = _line.Length;
                    }
                    if (element.LocalName == "pre")
                    {
                        foreach (var line in element.TextContent.Split('\n')) Break(blankToo: true, LineOf(element), line.TrimEnd('\r'));
                        break;
                    }
                    foreach (var child in element.ChildNodes) Add(child);
                    if (block) Break();
                    break;
            }
        }

        /// <summary>
        /// White space runs as one space, as a browser shows it; none at a line's start or end, and none where the
        /// page's source breaks its line between two Chinese characters (全区经济↵总量: CSS drops that break).
        /// </summary>
        private void Text(string data, int sourceLine)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (!_spacePending) _segmentBreak = false;
                    _segmentBreak |= c is '\n' or '\r';
                    _spacePending = _line.Length > _textStart && _line[^1] != '\t';
                    continue;
                }
                if (_spacePending && !(_segmentBreak && IsWide(_line[^1]) && IsWide(c))) _line.Append(' ');
                _spacePending = false;
                if (_lineNumber == 0) _lineNumber = sourceLine;
                _line.Append(c);
            }
        }

        /// <summary>Ends the current line, if it holds text (or, for a line break, even if it does not).</summary>
        public void Break(bool blankToo = false, int sourceLine = 0, string? text = null)
        {
            if (text is not null) _line.Append(text);
            // A heading's mark over no text marks nothing.
            if (_line.Length == _textStart) _line.Clear();
            if (_line.Length > 0 || blankToo)
            {
                Lines.Add(_line.ToString());
                Numbers.Add(_lineNumber > 0 ? _lineNumber : Math.Max(sourceLine, Numbers.Count > 0 ? Numbers[^1] : 1));
            }
            _line.Clear();
            _lineNumber = 0;
            _textStart = 0;
            _spacePending = false;
        }

        /// <summary>
        /// A cell that holds a page's text rather than a table's value: another table, more than a few paragraphs or
        /// line breaks, or more text than a value (older sites lay out a whole page, a plan's text and all, in a table).
        /// A value's cell may print a paragraph or two (a Word page's cells do).
        /// </summary>
        private static bool LaysOutPage(IElement cell)
        {
            if (cell.QuerySelector("table") is not null) return true;
            var blocks = 0;
            foreach (var element in cell.Descendants<IElement>())
            {
                if ((element.LocalName == "br" || Blocks.Contains(element.LocalName)) && ++blocks > 3) return true;
            }
            return cell.TextContent.Length > MaxValueLength;
        }

        // A value's cell: a box's list of projects in one cell (专栏 1 of 绿园区's plan) runs longer, and is read as lines.
        private const int MaxValueLength = 200;

        // CJK punctuation, ideographs and full-width forms.
        private static bool IsWide(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

        private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 0;
    }
}
