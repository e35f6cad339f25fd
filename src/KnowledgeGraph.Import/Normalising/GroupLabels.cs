namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// A label printed across a table over the rows of one category (经济发展, 一、创新驱动, （三）民生福祉):
/// what a merged category cell becomes when the table puts its categories on rows of their own.
/// The label is short and says no sentence; a numbered one looks like a heading, and is told from
/// one by the table row that follows it.
/// </summary>
public static class GroupLabels
{
    private const int MaxLength = 16;

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("。，；：:;,！？%％（）()");

    public static bool Is(string text)
    {
        var name = Name(text);
        return name.Length is >= 2 and <= MaxLength && name.AsSpan().IndexOfAny(SentenceMarks) < 0 && !name.Any(char.IsAsciiDigit)
            && TextFolding.IsCjk(name[0]);
    }

    /// <summary>The category the label names, without its number.</summary>
    public static string Name(string text)
    {
        var shape = HeadingShapes.Match(text);
        var name = shape is { Marker: HeadingMarker.ChineseNumeral or HeadingMarker.ParenNumeral or HeadingMarker.Arabic } ? shape.Title : text;
        return TextFolding.CollapseCjkSpaces(name.Trim());
    }
}
