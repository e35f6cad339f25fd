using KnowledgeGraph.Import.Extraction.Mentions;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Strategies;

/// <summary>
/// A plan's glossary (名词解释): numbered entries “N.“name”…：definition”. Each quoted name in an
/// entry's head is a strategy or programme the plan uses, and the definition describes it
/// (“一主、六双”产业空间布局：“一主”即…). 二道区's plan explains this way the names the city and the
/// province use.
/// </summary>
public static class Glossary
{
    public sealed record Entry(string Key, string Definition, TextUnit Unit, int HeadStart, int HeadLength);

    // Asked of every section by two families: only a title holding 名 is folded (folding makes no 名 of another character).
    public static bool IsGlossary(SectionNode section) =>
        section.Title.Contains('名') && TextFolding(section.Title).StartsWith("名词解释", StringComparison.Ordinal);

    public static List<Entry> Entries(TextUnit unit)
    {
        var text = unit.Folded.Text;
        var entries = new List<Entry>();
        var number = 0;
        while (number < text.Length && char.IsAsciiDigit(text[number])) number++;
        if (number == 0 || number >= text.Length || text[number] is not ('.' or '、')) return entries;
        var headEnd = text.IndexOfAny([':', '即'], number);
        if (headEnd < 0) return entries;
        var head = text[(number + 1)..headEnd];
        var definition = text[(headEnd + 1)..].Trim();
        foreach (var (start, length) in QuotedSpans.Quotes(head, 30))
        {
            var key = StrategyGazetteer.Key(head.AsSpan(start, length));
            entries.Add(new Entry(key, definition, unit, number + 1 + start - 1, length + 2));
        }
        return entries;
    }

    private static string TextFolding(string s) => FoldedText.Fold(s);
}
