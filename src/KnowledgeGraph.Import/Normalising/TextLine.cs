namespace KnowledgeGraph.Import.Normalising;

/// <summary>What a line of the original file is, as far as layout tells.</summary>
public enum LineRole
{
    /// <summary>Empty or white space only.</summary>
    Blank,
    /// <summary>A printed page number (a line holding only digits, “- 12 -”, “第 3 页”…).</summary>
    PageNumber,
    /// <summary>An entry of a table of contents (a heading followed by its page number).</summary>
    Contents,
    /// <summary>The plan's title printed again over its pages (a PDF's running head): page furniture, as a page number is.</summary>
    RunningHead,
    /// <summary>The frame of the web page a plan was copied from: its information table, breadcrumb and links (<see cref="PageFrame"/>).</summary>
    PageFrame,
    /// <summary>Anything else: text the document says.</summary>
    Content,
}

/// <summary>
/// One line of a plan file after cleaning. <see cref="Number"/> is the 1-based line number in the
/// file as shipped; <see cref="Text"/> has <c>[bookmark: …]</c> markers removed and white space
/// trimmed at both ends, while <see cref="Raw"/> is the line as it was. A value, not an object:
/// a file's lines stand in one array, and as objects they were 1.7 million per 100× import.
/// </summary>
/// <param name="LeadingTabs">Tabs before the first visible character (table cells and boxes are indented with tabs).</param>
/// <param name="Indent">Spaces (ASCII or ideographic) before the first visible character; see <see cref="LineIndents"/>.</param>
/// <param name="Bookmarks">How many <c>[bookmark: _Toc…]</c> markers the line carried (DOCX headings carry them).</param>
/// <param name="Outline">The outline level (1 for the top) a Word document or web page gives the line's heading, which their
/// readers mark <c>[outline: 1]</c> (<see cref="Reading.DocxText"/>, <see cref="Reading.HtmlText"/>); 0 for none.</param>
public readonly record struct TextLine(
    int Number,
    string Raw,
    string Text,
    LineRole Role,
    int LeadingTabs = 0,
    int Indent = 0,
    int Bookmarks = 0,
    int Outline = 0)
{
    public bool IsBlank => Role == LineRole.Blank;
    public bool IsContent => Role == LineRole.Content;
}
