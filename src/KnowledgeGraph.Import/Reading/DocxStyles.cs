using System.Globalization;
using System.Xml;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A Word document's paragraph styles, for what they give the paragraphs that use them: numbering
/// (a heading style that numbers its headings 第一章) and an outline level (标题 1, Heading 2), each
/// taken, as Word takes it, from the first style up the chain of styles each is based on that sets it.
/// </summary>
internal sealed class DocxStyles
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private sealed record Style(string? BasedOn, string? NumId, int? Level, int? Outline);

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

    public static DocxStyles Load(Stream? styles)
    {
        var result = new DocxStyles();
        if (styles is not null) result.Read(styles);
        return result;
    }

    /// <summary>The list instance and level the style numbers its paragraphs with (the level null where the style names none).</summary>
    public (string? NumId, int? Level) Numbering(string style) =>
        Find(style, static s => s.NumId is not null) is { } found ? (found.NumId, found.Level) : (null, null);

    /// <summary>The style's outline level, 0 for the top (Heading 1), or null for body text.</summary>
    public int? Outline(string style) => Find(style, static s => s.Outline is not null)?.Outline is { } level && level < 9 ? level : null;

    private Style? Find(string style, Func<Style, bool> sets)
    {
        // A chain that loops (a damaged file) ends after as many styles as the file has.
        for (var hops = 0; hops <= _styles.Count && _styles.TryGetValue(style, out var entry); hops++)
        {
            if (sets(entry)) return entry;
            if (entry.BasedOn is null) break;
            style = entry.BasedOn;
        }
        return null;
    }

    private void Read(Stream stream)
    {
        using var reader = XmlReader.Create(stream, DocxText.Settings);
        string? style = null;
        while (reader.Read())
        {
            if (reader.NamespaceURI != Word) continue;
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "style")
            {
                style = null;
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element) continue;
            var value = reader.GetAttribute("val", Word);
            switch (reader.LocalName)
            {
                case "style" when reader.GetAttribute("type", Word) is null or "paragraph":
                    style = reader.GetAttribute("styleId", Word);
                    if (style is not null) _styles[style] = new Style(null, null, null, null);
                    break;
                // Word's built-in headings (heading 1, 标题 1) are outline levels by name, unless their properties set another.
                case "name" when style is not null && HeadingLevel(value) is { } named:
                    _styles[style] = _styles[style] with { Outline = _styles[style].Outline ?? named };
                    break;
                case "basedOn" when style is not null:
                    _styles[style] = _styles[style] with { BasedOn = value };
                    break;
                case "numId" when style is not null:
                    _styles[style] = _styles[style] with { NumId = value };
                    break;
                case "ilvl" when style is not null:
                    _styles[style] = _styles[style] with { Level = Integer(value) };
                    break;
                case "outlineLvl" when style is not null && Integer(value) is { } level:
                    _styles[style] = _styles[style] with { Outline = level };
                    break;
            }
        }
    }

    private static int? HeadingLevel(string? name)
    {
        if (name is null) return null;
        var digits = name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) ? name[8..]
            : name.StartsWith("标题 ", StringComparison.Ordinal) ? name[3..] : null;
        return Integer(digits) is >= 1 and <= 9 and var n ? n - 1 : null;
    }

    internal static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
